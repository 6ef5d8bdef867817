import type { Database } from '../../db/client.ts';
import type { Actor } from '../../access/actor.ts';
import type { Config } from '../../kernel/config.ts';
import { NotFoundError } from '../../kernel/errors.ts';
import { groupBy } from '../../kernel/collections.ts';
import { performancePermissions } from '../../performance/permissions.ts';
import { isOpenOn } from '../../schools/rules/dates.ts';
import { currentGrade } from '../../schools/rules/inspections.ts';
import { isStateFunded } from '../../schools/rules/stateFunded.ts';
import { areaProfileRepository, type AreaKind } from './repository.ts';
import { buildAreaProfile, type ProfileSchool } from './rules.ts';

export type { AreaKind } from './repository.ts';

/** An LA's area profile by constituency or by ward, from the register, the schools' figures and the council's own. */
export function createAreaProfileService(db: Database) {
  return {
    async profile(actor: Actor, config: Config, laCode: string, kind: AreaKind, today: string) {
      const repo = areaProfileRepository;
      const laName = await repo.localAuthorityName(db, laCode);
      if (laName === null) throw new NotFoundError(`There is no local authority ${laCode}`);
      const council = await repo.councilAreas(db, laCode, kind);
      const registered = (
        await repo.schoolsIn(
          db,
          laCode,
          kind,
          council.map((a) => a.name),
        )
      ).filter((s) => isOpenOn(s, today));
      const urns = registered.map((s) => s.urn);
      const [inspectionRows, figureRows, councilFigures] = await Promise.all([
        repo.inspectionsOf(db, urns),
        repo.schoolFigures(db, urns),
        repo.councilFigures(
          db,
          kind,
          council.map((a) => a.code),
        ),
      ]);
      const inspectionsOf = groupBy(inspectionRows, (i) => i.urn);
      const figuresOf = groupBy(figureRows, (f) => f.urn);
      const schools: ProfileSchool[] = registered.map((s) => ({
        urn: s.urn,
        areaName: s.areaName,
        phaseGroup: s.phaseGroup,
        stateFunded: isStateFunded(s.establishmentType),
        numberOnRoll: s.numberOnRoll,
        percentageFsm: s.percentageFsm,
        grade: currentGrade(inspectionsOf.get(s.urn) ?? [], today),
        figures: groupBy(figuresOf.get(s.urn) ?? [], (f) => f.indicatorKey),
      }));
      const profile = buildAreaProfile({
        areas: council,
        schools,
        council: councilFigures,
        rules: {
          smallCohortThreshold: config.smallCohortThreshold,
          seesSmallCohorts: performancePermissions.has(actor.role, 'results:smallCohorts'),
        },
      });
      const others = (await repo.councilsWithAreas(db)).filter((c) => c.laCode !== laCode);
      return { laCode, laName, kind, others, ...profile };
    },
  };
}

export type AreaProfileService = ReturnType<typeof createAreaProfileService>;
export type AreaProfilePage = Awaited<ReturnType<AreaProfileService['profile']>>;
