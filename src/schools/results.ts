import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import type { Actor } from '../access/actor.ts';
import { performancePermissions } from '../performance/permissions.ts';

/**
 * A school's results for one person, as page, download and API all give them: only a school the
 * person may see (the register's scope rules), with small cohorts shown only to officers and above.
 */
export async function schoolResultsFor(services: Services, config: Config, actor: Actor, urn: number) {
  const school = await services.schools.get(actor, urn);
  const results = await services.results.schoolResults(
    { urn: school.urn, name: school.name, laCode: school.laCode, laName: school.laName },
    smallCohortRules(config, actor),
  );
  return { school, results };
}

/** Who sees figures for small cohorts, and how small is small. */
export function smallCohortRules(config: Config, actor: Actor) {
  return {
    threshold: config.smallCohortThreshold,
    seesSmallCohorts: performancePermissions.has(actor.role, 'results:smallCohorts'),
  };
}
