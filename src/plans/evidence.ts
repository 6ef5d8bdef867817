import type { PerformanceReadService } from '../performance/readService.ts';
import type { SchoolsService } from '../schools/service.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { gradedCount } from '../schools/rules/goodOrOutstanding.ts';
import type { Observation } from './targets/rules.ts';
import type { KpiRow } from './repository.ts';
import { plansRepository } from './repository.ts';
import type { Database } from '../db/client.ts';

// Where a KPI's figures come from: the catalogue's values for its LA (with England and the LA's
// rank among LAs), the schools register (% of schools good or outstanding on 31 August of each
// year), or figures recorded against the KPI.

type Count = { good: number; graded: number; percent: number | null };

export type FoundEvidence = {
  actuals: Observation[];
  /** For a register KPI: % good or outstanding by phase at the first and last year, as seed 003 tables it. */
  phaseTable?: {
    earlier: string;
    later: string;
    rows: { phaseGroup: string; earlier: Count; later: Count }[];
    total: { earlier: Count; later: Count };
  };
  comparator?: Map<number, number>;
  comparatorName: string | null;
  /** Where the figures are read from, in words: the indicator's title and the LA's name. */
  readFrom?: string;
  ranks?: Map<number, { rank: number; of: number }>;
  lasWithFigure?: Map<number, number>;
  direction?: 'higher' | 'lower';
};

export type KpiEvidenceSources = { for(kpi: KpiRow): Promise<FoundEvidence> };

/** The statistical-neighbour model a comparison uses: DfE's latest loaded. */
const neighbourSets = ['2025', '2021'];

export function kpiEvidenceSources(
  db: Database,
  results: Pick<PerformanceReadService, 'areaSeries' | 'neighbours'>,
  schools: Pick<SchoolsService, 'goodOrOutstandingOn'>,
): KpiEvidenceSources {
  /** The gap between two pupil groups in the LA, year by year (the first group's value minus the second's). */
  async function gapBetweenGroups(
    laCode: string,
    key: string,
    between: { group: string; comparedWith: string },
  ) {
    // One after the other: if the first has no values, the second must not be left running.
    const group = await results.areaSeries(laCode, key, between.group);
    const comparedWith = await results.areaSeries(laCode, key, between.comparedWith);
    const other = new Map(comparedWith.periods.map((p) => [p.period, p.value]));
    return group.periods.map((p) => {
      const theirs = other.get(p.period);
      return {
        period: p.period,
        value: p.value === null || theirs === undefined || theirs === null ? null : p.value - theirs,
      };
    });
  }

  /** The statistical neighbours' average for each year, from the latest neighbour model loaded. */
  async function neighboursAverage(laCode: string, key: string, periods: readonly number[]) {
    for (const set of neighbourSets) {
      try {
        const averages = new Map<number, number>();
        for (const period of periods) {
          const found = await results.neighbours(laCode, set, key, period);
          if (found.average?.value !== null && found.average?.value !== undefined)
            averages.set(period, found.average.value);
        }
        return averages;
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    return new Map<number, number>();
  }

  return {
    async for(kpi) {
      if (kpi.evidence === 'catalogue' && kpi.indicatorKey && kpi.laCode) {
        try {
          const rule = kpi.targetRule;
          if (rule.kind === 'halveGap' && rule.between) {
            const gaps = await gapBetweenGroups(kpi.laCode, kpi.indicatorKey, rule.between);
            return {
              actuals: gaps.filter((g) => g.period >= (kpi.baselinePeriod ?? 0)),
              comparatorName: null,
            };
          }
          const series = await results.areaSeries(kpi.laCode, kpi.indicatorKey, 'all');
          const periods = series.periods.filter((p) => p.period >= (kpi.baselinePeriod ?? 0));
          const values =
            rule.kind === 'halveGap'
              ? periods.map((p) => ({ period: p.period, value: p.gap }))
              : periods.map((p) => ({ period: p.period, value: p.value }));
          const againstNeighbours =
            (rule.kind === 'better' || rule.kind === 'inLine') && /neighbour/i.test(rule.comparator);
          return {
            actuals: values,
            readFrom: `${series.indicator.title}, ${series.area.laName}`,
            comparator: againstNeighbours
              ? await neighboursAverage(
                  kpi.laCode,
                  kpi.indicatorKey,
                  periods.map((p) => p.period),
                )
              : new Map(
                  periods.flatMap((p) => (p.national === null ? [] : [[p.period, p.national] as const])),
                ),
            comparatorName: againstNeighbours ? 'statistical neighbours' : 'England',
            ranks: new Map(
              periods.flatMap((p) =>
                p.rank === null || p.n === null ? [] : [[p.period, { rank: p.rank, of: p.n }] as const],
              ),
            ),
            lasWithFigure: new Map(periods.map((p) => [p.period, p.lasWithFigure] as const)),
            direction: series.indicator.polarity === 'lower' ? 'lower' : 'higher',
          };
        } catch (error) {
          // No values for this LA or indicator yet: the KPI has no data, which it says.
          if (error instanceof NotFoundError) return { actuals: [], comparatorName: 'England' };
          throw error;
        }
      }
      if (kpi.evidence === 'register' && kpi.laCode) {
        const last = Math.min(kpi.targetPeriod, Number(new Date().toISOString().slice(0, 4)));
        const periods: number[] = [];
        for (let period = kpi.baselinePeriod ?? kpi.targetPeriod; period <= last; period++)
          periods.push(period);
        const onDate = (period: number) => `${String(period)}-08-31`;
        let years;
        try {
          years = await schools.goodOrOutstandingOn(kpi.laCode, periods.map(onDate));
        } catch (error) {
          if (error instanceof NotFoundError)
            return { actuals: [], comparatorName: null, direction: 'higher' };
          throw error;
        }
        const actuals = periods.map((period, i) => ({ period, value: years[i]?.total.percent ?? null }));
        const first = years[0];
        const latest = years.at(-1);
        if (!first || !latest) return { actuals, comparatorName: null, direction: 'higher' };
        // Seed 003's table: each phase at the first and the latest date, side by side.
        const rows = [...new Set([...first.byPhase, ...latest.byPhase].map((r) => r.phaseGroup))].map(
          (phaseGroup) => ({
            phaseGroup,
            earlier: first.byPhase.find((r) => r.phaseGroup === phaseGroup) ?? gradedCount(0, 0),
            later: latest.byPhase.find((r) => r.phaseGroup === phaseGroup) ?? gradedCount(0, 0),
          }),
        );
        return {
          actuals,
          comparatorName: null,
          direction: 'higher',
          phaseTable: {
            earlier: first.at,
            later: latest.at,
            rows,
            total: { earlier: first.total, later: latest.total },
          },
        };
      }
      const recorded = await plansRepository.kpiActuals(db, kpi.id);
      return {
        actuals: recorded.map((r) => ({ period: r.period, value: r.value })),
        comparator: new Map(
          recorded.flatMap((r) => (r.comparator === null ? [] : [[r.period, r.comparator] as const])),
        ),
        comparatorName:
          kpi.targetRule.kind === 'better' || kpi.targetRule.kind === 'inLine'
            ? kpi.targetRule.comparator
            : null,
      };
    },
  };
}
