import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Database } from '../db/client.ts';
import { NotFoundError, ValidationError } from '../kernel/errors.ts';
import { establishments } from '../schools/schema.ts';
import { indicators } from '../performance/schema.ts';
import { schoolResultsLayouts } from '../performance/imports/schoolResults.ts';
import { academicYearName } from '../governance/rules/academicYear.ts';
import { deployments, programmeSchools, programmes } from './schema.ts';
import { impactReportFrom, type ImpactReport } from './rules/impactReport.ts';
import type { SchoolFigures } from './rules/impact.ts';

// Gathers what the impact report needs (SPEC C6, 8): the schools a programme or a year's
// deployments reached, and every school's figures for the chosen indicator in the two years, from
// the national school-level data Beacon holds; the rule does the rest.

export const impactQuery = z.object({
  programme: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  deployments: z.coerce.number().int().min(2000).max(2100).optional(),
  indicator: z.string().max(100).optional(),
  before: z.coerce.number().int().min(2000).max(2100).optional(),
  after: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ImpactQuery = z.infer<typeof impactQuery>;

/** The school results an impact can be measured by: the national extracts' own measures. */
const measurable = [...new Set(schoolResultsLayouts.flatMap((l) => l.measures.map((m) => m.indicator)))];

export function createImpactReportsService(db: Database) {
  async function scopeOf(query: ImpactQuery) {
    if (query.programme !== undefined) {
      const [programme] = await db.select().from(programmes).where(eq(programmes.id, query.programme));
      if (!programme) throw new NotFoundError(`There is no programme ${String(query.programme)}`);
      const schools = await db
        .select({ urn: programmeSchools.urn, name: establishments.name })
        .from(programmeSchools)
        .leftJoin(establishments, eq(establishments.urn, programmeSchools.urn))
        .where(eq(programmeSchools.programmeId, programme.id));
      return {
        scope: programme.name,
        schools,
        indicator: query.indicator ?? programme.impactIndicator ?? undefined,
        before: query.before ?? programme.baselineYear ?? undefined,
        after: query.after ?? programme.outcomeYear ?? undefined,
      };
    }
    if (query.deployments !== undefined) {
      const schools = await db
        .selectDistinct({ urn: deployments.urn, name: establishments.name })
        .from(deployments)
        .leftJoin(establishments, eq(establishments.urn, deployments.urn))
        .where(
          and(
            eq(deployments.academicYear, query.deployments),
            inArray(deployments.status, ['deployed', 'completed']),
          ),
        );
      return {
        scope: `System leaders deployed in ${academicYearName(query.deployments)}`,
        schools,
        indicator: query.indicator,
        before: query.before,
        after: query.after,
      };
    }
    throw new ValidationError([
      { field: 'programme', message: 'Choose a programme or a year’s deployments' },
    ]);
  }

  return {
    /** The indicators an impact can be measured by, with their titles, for the form. */
    async indicatorChoices() {
      const rows = await db
        .select({ key: indicators.key, title: indicators.title })
        .from(indicators)
        .where(inArray(indicators.key, measurable))
        .orderBy(asc(indicators.title));
      return rows.map((r) => ({ value: r.key, text: r.title }));
    },

    async report(query: ImpactQuery): Promise<ImpactReport> {
      const scope = await scopeOf(query);
      const problems: { field: string; message: string }[] = [];
      if (scope.indicator === undefined)
        problems.push({ field: 'indicator', message: 'Choose the indicator to measure the impact by' });
      if (scope.before === undefined)
        problems.push({ field: 'before', message: 'Give the year before the support, like 2016' });
      if (scope.after === undefined)
        problems.push({ field: 'after', message: 'Give the year after the support, like 2018' });
      if (scope.before !== undefined && scope.after !== undefined && scope.after <= scope.before)
        problems.push({
          field: 'after',
          message: 'The year after the support is later than the year before it',
        });
      const [indicator] =
        scope.indicator === undefined
          ? []
          : await db.select().from(indicators).where(eq(indicators.key, scope.indicator));
      if (scope.indicator !== undefined && (!indicator || !measurable.includes(indicator.key)))
        problems.push({
          field: 'indicator',
          message: 'Choose one of the school results Beacon holds for every school',
        });
      if (problems.length > 0 || !indicator || scope.before === undefined || scope.after === undefined)
        throw new ValidationError(problems);
      // Every school's figure in both years, its pupils, its phase and its share of disadvantaged
      // pupils in the census nearest before the support ended: one query, one pass.
      const rows = await queryRows<{
        urn: string;
        before: number | null;
        after: number | null;
        pupils: number | null;
        disadvantaged: number | null;
        phase: string | null;
        name: string | null;
      }>(
        db,
        sql`with b as (
              select entity_code, value, denominator from indicator_values
              where indicator_key = ${indicator.key} and entity_type = 'school' and pupil_group = 'all'
                and period_end = ${scope.before} and value is not null),
            a as (
              select entity_code, value from indicator_values
              where indicator_key = ${indicator.key} and entity_type = 'school' and pupil_group = 'all'
                and period_end = ${scope.after} and value is not null),
            d as (
              select distinct on (entity_code) entity_code, value from indicator_values
              where indicator_key = 'SCH_FSM6_PCT' and entity_type = 'school' and pupil_group = 'all'
                and period_end <= ${scope.after} and value is not null
              order by entity_code, period_end desc)
            select b.entity_code as urn, b.value as before, a.value as after, b.denominator as pupils,
              d.value as disadvantaged, e.phase_group as phase, e.name
            from b join a on a.entity_code = b.entity_code
            left join d on d.entity_code = b.entity_code
            left join establishments e on e.urn::text = b.entity_code`,
      );
      const schools: (SchoolFigures & { name: string })[] = rows.map((r) => ({
        urn: Number(r.urn),
        phase: r.phase ?? 'Other',
        before: r.before,
        after: r.after,
        pupils: r.pupils,
        disadvantaged: r.disadvantaged,
        name: r.name ?? `URN ${r.urn}`,
      }));
      return impactReportFrom({
        scope: scope.scope,
        indicator: {
          key: indicator.key,
          title: indicator.title,
          decimalPlaces: indicator.decimalPlaces ?? 1,
          family: indicator.methodologyFamily,
        },
        beforeYear: scope.before,
        afterYear: scope.after,
        participants: scope.schools.map((s) => ({ urn: s.urn, name: s.name ?? `URN ${String(s.urn)}` })),
        schools,
      });
    },
  };
}

export type ImpactReportsService = ReturnType<typeof createImpactReportsService>;
