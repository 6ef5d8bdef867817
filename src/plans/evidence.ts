import { currentYear } from '../kernel/clock.ts';
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

/** Every KPI's evidence at once: a fixed number of queries however many KPIs a plan has. */
export type KpiEvidenceSources = { forAll(kpis: readonly KpiRow[]): Promise<FoundEvidence[]> };

/** The statistical-neighbour model a comparison uses: DfE's latest loaded. */
const neighbourSets = ['2025', '2021'];

type SeriesFound = Awaited<ReturnType<PerformanceReadService['seriesMany']>>;

/** The pupil groups a catalogue KPI reads: the gap between two, or everyone. */
function groupsOf(kpi: KpiRow): string[] {
  const rule = kpi.targetRule;
  return rule.kind === 'halveGap' && rule.between ? [rule.between.group, rule.between.comparedWith] : ['all'];
}

const isCatalogue = (kpi: KpiRow): kpi is KpiRow & { indicatorKey: string; laCode: string } =>
  kpi.evidence === 'catalogue' && kpi.indicatorKey !== null && kpi.laCode !== null;

/** The years a register KPI counts, from its baseline to its target or this year if sooner. */
function registerPeriods(kpi: KpiRow): number[] {
  const last = Math.min(kpi.targetPeriod, currentYear());
  const periods: number[] = [];
  for (let period = kpi.baselinePeriod ?? kpi.targetPeriod; period <= last; period++) periods.push(period);
  return periods;
}
const onDate = (period: number) => `${String(period)}-08-31`;

function fromCatalogue(
  kpi: KpiRow & { indicatorKey: string; laCode: string },
  read: SeriesFound,
): FoundEvidence {
  const rule = kpi.targetRule;
  if (rule.kind === 'halveGap' && rule.between) {
    // The gap between two pupil groups in the LA, year by year (the first group's value minus the second's).
    const group = read({ laCode: kpi.laCode, key: kpi.indicatorKey, group: rule.between.group });
    const comparedWith = read({
      laCode: kpi.laCode,
      key: kpi.indicatorKey,
      group: rule.between.comparedWith,
    });
    if (!group || !comparedWith) return { actuals: [], comparatorName: 'England' };
    const other = new Map(comparedWith.series.periods.map((p) => [p.period, p.value]));
    const gaps = group.series.periods.map((p) => {
      const theirs = other.get(p.period);
      return {
        period: p.period,
        value: p.value === null || theirs === undefined || theirs === null ? null : p.value - theirs,
      };
    });
    return { actuals: gaps.filter((g) => g.period >= (kpi.baselinePeriod ?? 0)), comparatorName: null };
  }
  const found = read({ laCode: kpi.laCode, key: kpi.indicatorKey, group: 'all' });
  // No values for this LA or indicator yet: the KPI has no data, which it says.
  if (!found) return { actuals: [], comparatorName: 'England' };
  const { series } = found;
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
      ? new Map(
          periods.flatMap((p) => {
            const average = found.neighbourAverages.get(p.period);
            return average === undefined ? [] : [[p.period, average] as const];
          }),
        )
      : new Map(periods.flatMap((p) => (p.national === null ? [] : [[p.period, p.national] as const]))),
    comparatorName: againstNeighbours ? 'statistical neighbours' : 'England',
    ranks: new Map(
      periods.flatMap((p) =>
        p.rank === null || p.n === null ? [] : [[p.period, { rank: p.rank, of: p.n }] as const],
      ),
    ),
    lasWithFigure: new Map(periods.map((p) => [p.period, p.lasWithFigure] as const)),
    direction: series.indicator.polarity === 'lower' ? 'lower' : 'higher',
  };
}

type RegisterYears = Awaited<ReturnType<SchoolsService['goodOrOutstandingOn']>>;

function fromRegister(kpi: KpiRow, years: RegisterYears | null): FoundEvidence {
  if (!years) return { actuals: [], comparatorName: null, direction: 'higher' };
  const periods = registerPeriods(kpi);
  const mine = periods.map((period) => years.find((y) => y.at === onDate(period)));
  const actuals = periods.map((period, i) => ({ period, value: mine[i]?.total.percent ?? null }));
  const first = mine[0];
  const latest = mine.at(-1);
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

function fromRecorded(
  kpi: KpiRow,
  recorded: readonly { period: number; value: number | null; comparator: number | null }[],
): FoundEvidence {
  return {
    actuals: recorded.map((r) => ({ period: r.period, value: r.value })),
    comparator: new Map(
      recorded.flatMap((r) => (r.comparator === null ? [] : [[r.period, r.comparator] as const])),
    ),
    comparatorName:
      kpi.targetRule.kind === 'better' || kpi.targetRule.kind === 'inLine' ? kpi.targetRule.comparator : null,
  };
}

export function kpiEvidenceSources(
  db: Database,
  results: Pick<PerformanceReadService, 'seriesMany'>,
  schools: Pick<SchoolsService, 'goodOrOutstandingOn'>,
): KpiEvidenceSources {
  /** Each LA's register counts on every date its KPIs ask for: one reading per LA. */
  async function registerYears(kpis: readonly KpiRow[]) {
    const datesByLa = new Map<string, Set<string>>();
    for (const kpi of kpis) {
      if (kpi.evidence !== 'register' || !kpi.laCode) continue;
      const dates = datesByLa.get(kpi.laCode) ?? new Set<string>();
      for (const period of registerPeriods(kpi)) dates.add(onDate(period));
      datesByLa.set(kpi.laCode, dates);
    }
    const byLa = new Map<string, RegisterYears | null>();
    // One LA after another: a failure never leaves the others' queries running behind it.
    for (const [laCode, dates] of datesByLa) {
      try {
        byLa.set(laCode, await schools.goodOrOutstandingOn(laCode, [...dates].sort()));
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        byLa.set(laCode, null);
      }
    }
    return byLa;
  }

  return {
    async forAll(kpis) {
      const catalogue = kpis.filter(isCatalogue);
      const read = await results.seriesMany(
        catalogue.flatMap((kpi) =>
          groupsOf(kpi).map((group) => ({ laCode: kpi.laCode, key: kpi.indicatorKey, group })),
        ),
        neighbourSets,
      );
      const register = await registerYears(kpis);
      const recorded = await plansRepository.actualsOf(
        db,
        kpis.filter((k) => !isCatalogue(k) && !(k.evidence === 'register' && k.laCode)).map((k) => k.id),
      );
      return kpis.map((kpi) => {
        if (isCatalogue(kpi)) return fromCatalogue(kpi, read);
        if (kpi.evidence === 'register' && kpi.laCode)
          return fromRegister(kpi, register.get(kpi.laCode) ?? null);
        return fromRecorded(kpi, recorded.get(kpi.id) ?? []);
      });
    },
  };
}
