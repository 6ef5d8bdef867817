import { canonical, formatFigure } from '../../performance/compare/numbers.ts';
import { halvedGap } from '../../performance/compare/gap.ts';
import { fewestToRank } from '../../performance/compare/rank.ts';

// A KPI's target, judged from the data (SPEC C4). Each kind of rule comes from a council paper:
//   reach        seed 002: NEET 6.14% → 5.5%, Year 12 participation 91.36% → 98%, apprenticeships 252 → 300
//   improveBy    seed 000: participation at 16 and 17 "improve performance by at least 5 points"
//   halveGap     seed 000: "a halving of the gaps to their comparators"
//   rankBand     seed 000: "within the top 50% of authorities", "in the top quartile of LAs"
//   better       seed 000: absence better than national
//   inLine       seed 002: A level results "in line with statistical neighbours"
//   allGood      seed 000: "all schools are good or outstanding by September 2018"
//   maintain     seed 000: "maintain and improve on our high ranking"
// Periods are academic years written as their end (2018 is 2017/18), as everywhere in Beacon.

export type Direction = 'higher' | 'lower';

export type TargetRule =
  | { kind: 'reach'; target: number }
  | { kind: 'improveBy'; points: number }
  /** The gap to England, or between two pupil groups (seed 000: disadvantaged pupils and their peers). */
  | { kind: 'halveGap'; between?: { group: string; comparedWith: string } }
  | { kind: 'rankBand'; band: 'top half' | 'top quartile' }
  | { kind: 'better'; comparator: string }
  | { kind: 'inLine'; comparator: string; tolerance: number }
  | { kind: 'allGood' }
  | { kind: 'maintain' };

export type TargetRuleKind = TargetRule['kind'];

export type Observation = { period: number; value: number | null };

export type KpiEvidence = {
  /** Which way is better for this measure. For halveGap the values are gaps and smaller is better. */
  direction: Direction;
  decimalPlaces: number;
  unit: string;
  baseline: { period: number; value: number } | null;
  targetPeriod: number;
  actuals: readonly Observation[];
  /** The comparator's value by period (national, statistical neighbours' average …). */
  comparator?: ReadonlyMap<number, number>;
  /** The LA's rank among LAs by period. */
  ranks?: ReadonlyMap<number, { rank: number; of: number }>;
  /** How many LAs hold a figure, by period: too few, and there is no rank to judge. */
  lasWithFigure?: ReadonlyMap<number, number>;
};

export type KpiStatus = 'no data' | 'on track' | 'at risk' | 'off track' | 'met' | 'missed';

export type TargetJudgement = {
  status: KpiStatus;
  /** The rule's reasoning, in words a board member reads. */
  reasoning: string;
  /** What the measure must be at the next period to stay on course (a value, or a rank for rank bands). */
  neededNext: number | null;
};

const better = (direction: Direction, a: number, b: number) => (direction === 'higher' ? a > b : a < b);
const atLeast = (direction: Direction, a: number, b: number) => a === b || better(direction, a, b);

function latestOf(actuals: readonly Observation[]): { period: number; value: number } | null {
  let latest: { period: number; value: number } | null = null;
  for (const a of actuals) {
    if (a.value !== null && (latest === null || a.period > latest.period))
      latest = { period: a.period, value: a.value };
  }
  return latest;
}

const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);

const yearLabel = (period: number) => `${period - 1}/${String(period).slice(2)}`;

function figure(evidence: KpiEvidence, value: number): string {
  return `${formatFigure(value, evidence.decimalPlaces)}${evidence.unit}`;
}

/** The value a straight line from the baseline to the target reaches at a period. */
function trajectoryAt(
  baseline: { period: number; value: number },
  target: number,
  targetPeriod: number,
  period: number,
) {
  if (period >= targetPeriod) return target;
  if (period <= baseline.period) return baseline.value;
  return canonical(
    baseline.value +
      ((target - baseline.value) * (period - baseline.period)) / (targetPeriod - baseline.period),
  );
}

/** Rules with a target value: judged against the straight line from the baseline to it. */
function judgeTrajectory(
  evidence: KpiEvidence,
  target: number,
  aim: (target: string) => string,
): TargetJudgement {
  const latest = latestOf(evidence.actuals);
  const { baseline, direction, targetPeriod } = evidence;
  if (!latest)
    return {
      status: 'no data',
      reasoning: `No figures yet to judge ${aim(figure(evidence, target))}.`,
      neededNext: null,
    };
  const now = `${figure(evidence, latest.value)} in ${yearLabel(latest.period)}`;
  const goal = `${aim(figure(evidence, target))} by ${yearLabel(targetPeriod)}`;
  if (latest.period >= targetPeriod) {
    const met = atLeast(direction, latest.value, target);
    return {
      status: met ? 'met' : 'missed',
      reasoning: `${now} against ${goal}: ${met ? 'met' : 'missed'}.`,
      neededNext: null,
    };
  }
  if (!baseline) {
    return {
      status: 'no data',
      reasoning: `${now}, but there is no baseline to measure progress from.`,
      neededNext: null,
    };
  }
  const expected = trajectoryAt(baseline, target, targetPeriod, latest.period);
  const neededNext = trajectoryAt(baseline, target, targetPeriod, latest.period + 1);
  const line = `from ${figure(evidence, baseline.value)} in ${yearLabel(baseline.period)} the line to the target passes ${figure(evidence, expected)} in ${yearLabel(latest.period)}`;
  if (atLeast(direction, latest.value, expected)) {
    return { status: 'on track', reasoning: `${now}; ${line}: on track for ${goal}.`, neededNext };
  }
  const moving = better(direction, latest.value, baseline.value);
  return {
    status: moving ? 'at risk' : 'off track',
    reasoning: `${now}; ${line}: ${moving ? 'improving, but behind the line' : 'no better than the baseline'} for ${goal}.`,
    neededNext,
  };
}

/** Rules judged against a comparator each year: better than it, or in line with it. */
function judgeAgainstComparator(
  evidence: KpiEvidence,
  comparatorName: string,
  tolerance: number | null,
): TargetJudgement {
  const latest = latestOf(evidence.actuals);
  const comparatorNow = latest ? evidence.comparator?.get(latest.period) : undefined;
  if (!latest || comparatorNow === undefined) {
    return {
      status: 'no data',
      reasoning: `No figures for this and ${comparatorName} in the same year yet.`,
      neededNext: null,
    };
  }
  const { direction } = evidence;
  const satisfied =
    tolerance === null
      ? better(direction, latest.value, comparatorNow)
      : atLeast(direction, latest.value, comparatorNow) ||
        Math.abs(canonical(latest.value - comparatorNow)) <= tolerance;
  const aim =
    tolerance === null
      ? `better than ${comparatorName}`
      : `in line with ${comparatorName} (within ${formatFigure(tolerance, evidence.decimalPlaces)}${evidence.unit})`;
  const now = `${figure(evidence, latest.value)} against ${possessive(comparatorName)} ${figure(evidence, comparatorNow)} in ${yearLabel(latest.period)}`;
  if (latest.period >= evidence.targetPeriod) {
    return {
      status: satisfied ? 'met' : 'missed',
      reasoning: `${now}: the aim to be ${aim} is ${satisfied ? 'met' : 'missed'}.`,
      neededNext: null,
    };
  }
  if (satisfied)
    return { status: 'on track', reasoning: `${now}: ${aim}, on track.`, neededNext: comparatorNow };
  const baselineComparator = evidence.baseline
    ? evidence.comparator?.get(evidence.baseline.period)
    : undefined;
  const narrowing =
    evidence.baseline !== null &&
    baselineComparator !== undefined &&
    Math.abs(latest.value - comparatorNow) < Math.abs(evidence.baseline.value - baselineComparator);
  return {
    status: narrowing ? 'at risk' : 'off track',
    reasoning: `${now}: not yet ${aim}; the gap is ${narrowing ? 'narrowing' : 'not narrowing'} since the baseline.`,
    neededNext: comparatorNow,
  };
}

function judgeRankBand(evidence: KpiEvidence, band: 'top half' | 'top quartile'): TargetJudgement {
  const latest = latestOf(evidence.actuals);
  const ranked = latest ? evidence.ranks?.get(latest.period) : undefined;
  const league = latest ? evidence.lasWithFigure?.get(latest.period) : undefined;
  if (latest && !ranked && league !== undefined && league < fewestToRank)
    return {
      status: 'no data',
      reasoning: `Cannot be judged yet: only ${league} LA${league === 1 ? ' holds a figure' : 's hold figures'} for ${yearLabel(latest.period)}, and a rank needs at least ${fewestToRank}.`,
      neededNext: null,
    };
  if (!latest || !ranked)
    return {
      status: 'no data',
      reasoning: `No ranking among LAs yet to judge the ${band}.`,
      neededNext: null,
    };
  // The top half is ranks 1 to ⌊N/2⌋; the top quartile ranks 1 to ⌊N/4⌋: "within" means at or above the line.
  const lowestInBand = Math.floor(ranked.of / (band === 'top half' ? 2 : 4));
  const inBand = ranked.rank <= lowestInBand;
  const now = `ranked ${ranked.rank} of ${ranked.of} LAs in ${yearLabel(latest.period)}`;
  const need = `the ${band} is rank ${lowestInBand} or better`;
  if (latest.period >= evidence.targetPeriod) {
    return {
      status: inBand ? 'met' : 'missed',
      reasoning: `${now}; ${need}: ${inBand ? 'met' : 'missed'}.`,
      neededNext: null,
    };
  }
  if (inBand)
    return { status: 'on track', reasoning: `${now}; ${need}: on track.`, neededNext: lowestInBand };
  const baselineRank = evidence.baseline ? evidence.ranks?.get(evidence.baseline.period) : undefined;
  const rising = baselineRank !== undefined && ranked.rank / ranked.of < baselineRank.rank / baselineRank.of;
  return {
    status: rising ? 'at risk' : 'off track',
    reasoning: `${now}; ${need}: ${rising ? 'rising since the baseline, not yet there' : 'not rising since the baseline'}.`,
    neededNext: lowestInBand,
  };
}

function judgeMaintain(evidence: KpiEvidence): TargetJudgement {
  const latest = latestOf(evidence.actuals);
  const { baseline } = evidence;
  if (!latest || !baseline)
    return { status: 'no data', reasoning: 'No baseline and figure to compare yet.', neededNext: null };
  const held = atLeast(evidence.direction, latest.value, baseline.value);
  const now = `${figure(evidence, latest.value)} in ${yearLabel(latest.period)} against ${figure(evidence, baseline.value)} in ${yearLabel(baseline.period)}`;
  if (latest.period >= evidence.targetPeriod) {
    return {
      status: held ? 'met' : 'missed',
      reasoning: `${now}: ${held ? 'maintained' : 'declined'}.`,
      neededNext: null,
    };
  }
  return {
    status: held ? 'on track' : 'off track',
    reasoning: `${now}: ${held ? 'maintained' : 'declined'}.`,
    neededNext: baseline.value,
  };
}

export function evaluateTarget(rule: TargetRule, evidence: KpiEvidence): TargetJudgement {
  switch (rule.kind) {
    case 'reach':
      return judgeTrajectory(evidence, rule.target, (t) => `a target of ${t}`);
    case 'improveBy': {
      if (!evidence.baseline)
        return { status: 'no data', reasoning: 'There is no baseline to improve on.', neededNext: null };
      const sign = evidence.direction === 'higher' ? 1 : -1;
      return judgeTrajectory(
        evidence,
        canonical(evidence.baseline.value + sign * rule.points),
        (t) => `an improvement of ${formatFigure(rule.points, evidence.decimalPlaces)} points (to ${t})`,
      );
    }
    case 'halveGap': {
      // The figures are gaps to the comparator: halving moves the baseline gap half way to nothing.
      if (!evidence.baseline)
        return { status: 'no data', reasoning: 'There is no baseline gap to halve.', neededNext: null };
      const absolute: KpiEvidence = {
        ...evidence,
        direction: 'lower',
        baseline: { period: evidence.baseline.period, value: Math.abs(evidence.baseline.value) },
        actuals: evidence.actuals.map((a) => ({
          period: a.period,
          value: a.value === null ? null : Math.abs(a.value),
        })),
      };
      return judgeTrajectory(
        absolute,
        Math.abs(halvedGap(evidence.baseline.value)),
        (t) => `half the baseline gap (${t})`,
      );
    }
    case 'rankBand':
      return judgeRankBand(evidence, rule.band);
    case 'better':
      return judgeAgainstComparator(evidence, rule.comparator, null);
    case 'inLine':
      return judgeAgainstComparator(evidence, rule.comparator, rule.tolerance);
    case 'allGood':
      return judgeTrajectory(
        { ...evidence, direction: 'higher' },
        100,
        (t) => `all schools good or outstanding (${t})`,
      );
    case 'maintain':
      return judgeMaintain(evidence);
  }
}

/**
 * Whether a KPI has just gone off track: off track on all its figures, but not on those it had
 * before its latest one. Judged again from the evidence, so no history needs keeping.
 */
export function newlyOffTrack(rule: TargetRule, evidence: KpiEvidence): boolean {
  if (evaluateTarget(rule, evidence).status !== 'off track') return false;
  const latest = latestOf(evidence.actuals);
  if (!latest) return false;
  const before = { ...evidence, actuals: evidence.actuals.filter((a) => a.period < latest.period) };
  return evaluateTarget(rule, before).status !== 'off track';
}
