import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { establishments } from '../schools/schema.ts';
import { defaultSmallCohortThreshold, withheld } from '../performance/compare/suppression.ts';
import { academicYearOf } from '../governance/rules/academicYear.ts';
import { collectionPermissions } from './permissions.ts';
import { collectionWindows, inYearReturns, inYearTotals } from './schema.ts';
import { cellKey, type Grid } from './rules/grid.ts';
import { pictureFromTotals } from './rules/inYear.ts';
import { judgePredictions } from './rules/accuracy.ts';

// What the returns say across the LA (SPEC C7, 6 and 7): the in-year picture weighted by pupils,
// beside the LA's last actual results where a year group sits the tests, and, once results arrive,
// how close each school's predictions came.

/** The LA result a year group and subject is read against: KS2 for year 6, KS4 for year 11. */
const lastResultOf: Record<string, string> = {
  '6|reading': 'KS2R_Expected_STD',
  '6|writing': 'KS2W_Teacher_Assess',
  '6|maths': 'KS2M_Expected_STD',
  '11|English': 'EngMaths9-4',
  '11|maths': 'EngMaths9-4',
};

const sent = ['submitted', 'accepted'] as const;

export function createAnalysisService(db: Database) {
  async function windowRow(id: number) {
    const [row] = await db.select().from(collectionWindows).where(eq(collectionWindows.id, id));
    if (!row) throw new NotFoundError(`There is no collection window ${String(id)}`);
    return row;
  }

  /** The LA's latest value of each indicator the picture compares with. */
  async function laResults(laCode: string) {
    const keys = [...new Set(Object.values(lastResultOf))];
    const rows = await queryRows<{ indicator: string; value: number; year: number }>(
      db,
      sql`select distinct on (indicator_key) indicator_key as indicator, value, period_end as year
          from indicator_values
          where entity_type = 'la' and entity_code = ${laCode} and pupil_group = 'all' and value is not null
            and indicator_key in (${sql.join(
              keys.map((k) => sql`${k}`),
              sql`, `,
            )})
          order by indicator_key, period_end desc`,
    );
    return new Map(rows.map((r) => [r.indicator, r]));
  }

  return {
    /** The LA's picture for each phase of the window, from the returns sent to it. */
    async picture(actor: Actor, windowId: number) {
      const window = await windowRow(windowId);
      const [totals, results] = await Promise.all([
        db.select().from(inYearTotals).where(eq(inYearTotals.windowId, windowId)),
        laResults(window.laCode),
      ]);
      // Small groups are shown to officers only (SPEC "Rules").
      const seesSmall = collectionPermissions.has(actor.role, 'collection:manage');
      return {
        window,
        phases: window.grids.map((grid: Grid) => {
          const theirs = totals.filter((t) => t.phase === grid.phase);
          return {
            grid,
            // The most schools any row has: every school sent to the LA fills the rows for all pupils.
            returns: Math.max(0, ...theirs.map((t) => t.schools)),
            rows: pictureFromTotals(grid, theirs).map((row) => {
              const hidden = withheld(row.pupils, defaultSmallCohortThreshold, seesSmall);
              const result =
                row.group === 'all'
                  ? results.get(lastResultOf[`${row.year}|${row.subject}`] ?? '')
                  : undefined;
              return {
                ...row,
                expected: hidden ? null : row.expected,
                higher: hidden ? null : row.higher,
                withheld: hidden,
                lastResult: result ? { value: result.value, year: result.year } : null,
              };
            }),
          };
        }),
      };
    },

    /** The figures of the LA's returns for one school's page: the LA's share on track, by cell. */
    async laShares(windowId: number, grid: Grid): Promise<Record<string, number | null>> {
      const totals = await db
        .select()
        .from(inYearTotals)
        .where(and(eq(inYearTotals.windowId, windowId), eq(inYearTotals.phase, grid.phase)));
      return Object.fromEntries(
        pictureFromTotals(grid, totals).map((row) => [
          cellKey({ ...row, measure: 'expected' }),
          row.pupils === 0 ? null : row.expected,
        ]),
      );
    },

    /**
     * Each prediction of the window beside the result for the summer it predicted, per school, and
     * for the LA the pupil-weighted prediction beside the LA's own result.
     */
    async accuracy(windowId: number) {
      const window = await windowRow(windowId);
      const summer = academicYearOf(window.opensOn) + 1;
      const returns = await db
        .select({
          urn: inYearReturns.urn,
          name: establishments.name,
          phase: establishments.phaseGroup,
          figures: inYearReturns.figures,
          predictions: inYearReturns.predictions,
        })
        .from(inYearReturns)
        .innerJoin(establishments, eq(establishments.urn, inYearReturns.urn))
        .where(and(eq(inYearReturns.windowId, windowId), inArray(inYearReturns.status, [...sent])));
      const indicators = window.grids.flatMap((g) => g.predictions.map((p) => p.indicator));
      const actual = await queryRows<{ indicator: string; type: string; code: string; value: number }>(
        db,
        sql`select indicator_key as indicator, entity_type as type, entity_code as code, value from indicator_values
            where period_end = ${summer} and pupil_group = 'all' and value is not null
              and ((entity_type = 'school' and entity_code in (
                    select urn::text from in_year_returns
                    where window_id = ${windowId} and status in ('submitted', 'accepted')))
                or (entity_type = 'la' and entity_code = ${window.laCode}))
              and indicator_key in (${sql.join([...indicators.map((k) => sql`${k}`), sql`''`], sql`, `)})`,
      );
      const results = new Map(actual.map((a) => [`${a.indicator}|${a.type}|${a.code}`, a.value]));
      const valueOf = (indicator: string, type: string, code: string) =>
        results.get(`${indicator}|${type}|${code}`) ?? null;
      return {
        window,
        summer,
        measures: window.grids.flatMap((grid) =>
          grid.predictions.map((p) => {
            const theirs = returns.filter(
              (r) => r.phase === grid.phase && (r.predictions[p.key] ?? null) !== null,
            );
            // Each school's prediction counts by its year group sitting the tests.
            const cohortYear = grid.yearGroups.at(-1) ?? '';
            const cohortOf = (figures: Record<string, number | null>) =>
              figures[
                cellKey({
                  year: cohortYear,
                  subject: grid.subjects[0] ?? '',
                  group: 'all',
                  measure: 'pupils',
                })
              ] ?? 0;
            const weights = theirs.map((r) => cohortOf(r.figures));
            const total = weights.reduce((a, b) => a + b, 0);
            const laPredicted =
              total === 0
                ? null
                : theirs.reduce((n, r, i) => n + (r.predictions[p.key] ?? 0) * (weights[i] ?? 0), 0) / total;
            const laActual = valueOf(p.indicator, 'la', window.laCode);
            return {
              prediction: p,
              judged: judgePredictions(
                theirs.map((r) => ({
                  urn: r.urn,
                  name: r.name,
                  predicted: r.predictions[p.key] ?? 0,
                  actual: valueOf(p.indicator, 'school', String(r.urn)),
                })),
                window.tolerance,
              ),
              la: {
                predicted: laPredicted,
                actual: laActual,
                difference: laPredicted === null || laActual === null ? null : laPredicted - laActual,
              },
            };
          }),
        ),
      };
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
