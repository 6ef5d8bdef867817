// The risk model behind the desk-top review (SPEC C3): rules that each give points and a reason in
// plain words, overrides that set a floor on the category whatever the points, and thresholds that
// turn points into Portsmouth's "3Ms" (seed 000 action 2.2: minimum, moderate and maximum concern).
// A model is data, so an administrator can change it; this file only applies one.

export type SchoolEvidence = {
  /** Overall effectiveness grades of the school's inspections, newest first (1–4; null: no grade). */
  grades: readonly (number | null)[];
  categoryOfConcern: 'Special measures' | 'Serious weaknesses' | 'Notice to improve' | null;
  /** Years since the latest inspection, or null if never inspected. */
  yearsSinceInspection: number | null;
  /** The headline attainment measure minus England's, newest year first (KS2 RWM or Attainment 8). */
  attainmentGaps: readonly (number | null)[];
  /**
   * The latest progress score that is furthest below: its confidence interval where published, and
   * DfE's band where that is all a source gives ("Below Average" means the interval is wholly below 0).
   */
  progress: { measure?: string; lower: number | null; upper: number | null; band?: string | null } | null;
  /** True when the school's progress is in the bottom 20% of schools nationally. */
  progressInBottomFifth: boolean;
  /** The school's disadvantaged gap and England's, both as disadvantaged minus others. */
  disadvantagedGap: { school: number; national: number } | null;
  /** Overall absence and England's, as % of sessions missed. */
  absence: { school: number; national: number } | null;
  finances: { balance: number; revenue: number } | null;
  intelligence: readonly ('new headteacher' | 'governance' | 'safeguarding' | 'complaints')[];
  /** The school's latest prediction of its headline measure (SPEC C7) and England's latest figure. */
  predictedHeadline: { measure: string; predicted: number; national: number } | null;
};

/** The evidence a school has before any performance data, finances or intelligence are added. */
export const withoutPerformanceEvidence = {
  attainmentGaps: [],
  progress: null,
  progressInBottomFifth: false,
  disadvantagedGap: null,
  absence: null,
  finances: null,
  intelligence: [],
  predictedHeadline: null,
} as const satisfies Partial<SchoolEvidence>;

export type RiskRule =
  | { kind: 'attainmentBelowNational'; margin: number; years: number; points: number }
  | { kind: 'progressSignificantlyBelow'; points: number; bottomFifthPoints: number }
  | { kind: 'disadvantagedGapWider'; points: number }
  | { kind: 'absenceWorse'; margin: number; points: number }
  | { kind: 'finances'; surplusShare: number; points: number }
  | { kind: 'intelligence'; points: number }
  | { kind: 'notInspectedFor'; years: number; points: number }
  | { kind: 'predictedBelowNational'; margin: number; points: number };

export type Category = { name: string; from: number };

export type RiskModel = {
  version: number;
  rules: readonly RiskRule[];
  /** Categories by the lowest score that reaches each, lowest first; the first starts at 0. */
  categories: readonly Category[];
};

/**
 * Rules a council may turn on that the default model leaves off, with the numbers they start from:
 * a school's own prediction below England's (SPEC C7, 8) is a warning before the results arrive.
 */
export const suggestedRules: readonly RiskRule[] = [
  { kind: 'predictedBelowNational', margin: 10, points: 2 },
];

/** The default model, as documented in the README. */
export const defaultRiskModel: RiskModel = {
  version: 1,
  rules: [
    { kind: 'attainmentBelowNational', margin: 5, years: 2, points: 3 },
    { kind: 'progressSignificantlyBelow', points: 3, bottomFifthPoints: 2 },
    { kind: 'disadvantagedGapWider', points: 2 },
    { kind: 'absenceWorse', margin: 0.5, points: 2 },
    { kind: 'finances', surplusShare: 0.2, points: 1 },
    { kind: 'intelligence', points: 2 },
    { kind: 'notInspectedFor', years: 5, points: 1 },
  ],
  categories: [
    { name: 'minimum', from: 0 },
    { name: 'moderate', from: 4 },
    { name: 'maximum', from: 8 },
  ],
};

export type Proposal = { category: string; score: number; reasons: string[] };

const figure = (n: number) => (Math.round(n * 10) / 10).toString();

// DfE's progress bands: "below average" and "well below average" are the scores whose confidence
// interval lies wholly below 0 (performance tables' guidance on progress bands).
const significantlyBelowBands = ['below average', 'well below average'];

/** Whether a progress score is significantly below national: by its interval, else by DfE's band. */
export function progressSignificantlyBelow(progress: NonNullable<SchoolEvidence['progress']>): {
  byInterval: boolean;
  byBand: boolean;
} {
  const { lower, upper, band } = progress;
  const byInterval = lower !== null && upper !== null && upper < 0;
  const byBand = !byInterval && band != null && significantlyBelowBands.includes(band.toLowerCase());
  return { byInterval, byBand };
}

function applyRule(rule: RiskRule, school: SchoolEvidence): { points: number; reason: string } | null {
  switch (rule.kind) {
    case 'attainmentBelowNational': {
      const recent = school.attainmentGaps.slice(0, rule.years);
      if (recent.length < rule.years || !recent.every((gap) => gap !== null && gap < -rule.margin))
        return null;
      return {
        points: rule.points,
        reason: `Headline attainment more than ${figure(rule.margin)} points below national for ${String(rule.years)} years running (${recent.map((g) => figure(g ?? 0)).join(', ')})`,
      };
    }
    case 'progressSignificantlyBelow': {
      const progress = school.progress;
      if (!progress) return null;
      const { lower, upper, band } = progress;
      const { byInterval, byBand } = progressSignificantlyBelow(progress);
      if (!byInterval && !byBand) return null;
      const bottom = school.progressInBottomFifth;
      const evidence =
        byInterval && lower !== null && upper !== null
          ? `confidence interval ${figure(lower)} to ${figure(upper)}`
          : `DfE’s band “${band ?? ''}”`;
      return {
        points: rule.points + (bottom ? rule.bottomFifthPoints : 0),
        reason: `${progress.measure ?? 'Progress'} significantly below national (${evidence})${bottom ? ', and in the bottom 20% of schools nationally' : ''}`,
      };
    }
    case 'disadvantagedGapWider': {
      const gap = school.disadvantagedGap;
      if (!gap || Math.abs(gap.school) <= Math.abs(gap.national)) return null;
      return {
        points: rule.points,
        reason: `Disadvantaged gap (${figure(gap.school)}) wider than the national gap (${figure(gap.national)})`,
      };
    }
    case 'absenceWorse': {
      const absence = school.absence;
      if (!absence || absence.school - absence.national <= rule.margin) return null;
      return {
        points: rule.points,
        reason: `Overall absence ${figure(absence.school)}% against ${figure(absence.national)}% nationally`,
      };
    }
    case 'finances': {
      const money = school.finances;
      if (!money) return null;
      if (money.balance < 0) return { points: rule.points, reason: 'In financial deficit' };
      if (money.revenue > 0 && money.balance / money.revenue > rule.surplusShare) {
        return {
          points: rule.points,
          reason: `Surplus above ${figure(rule.surplusShare * 100)}% of revenue (Portsmouth’s action plan, action 7.4)`,
        };
      }
      return null;
    }
    case 'intelligence':
      return school.intelligence.length === 0
        ? null
        : {
            points: rule.points * school.intelligence.length,
            reason: `Officer intelligence: ${school.intelligence.join(', ')}`,
          };
    case 'predictedBelowNational': {
      const predicted = school.predictedHeadline;
      if (!predicted || predicted.national - predicted.predicted <= rule.margin) return null;
      return {
        points: rule.points,
        reason: `The school predicts ${figure(predicted.predicted)} for ${predicted.measure}, more than ${figure(rule.margin)} points below England’s latest (${figure(predicted.national)})`,
      };
    }
    case 'notInspectedFor': {
      const latest = school.grades[0];
      if (school.yearsSinceInspection === null || latest === null || latest === undefined || latest > 2)
        return null;
      if (school.yearsSinceInspection <= rule.years) return null;
      return {
        points: rule.points,
        reason: `Good or outstanding, but not inspected for ${figure(school.yearsSinceInspection)} years`,
      };
    }
  }
}

/** The category whose range the score falls in: the highest threshold it reaches. */
export function categoryFor(model: RiskModel, score: number): string {
  let found = model.categories[0]?.name ?? 'minimum';
  for (const category of model.categories) if (score >= category.from) found = category.name;
  return found;
}

/** The higher of two categories in the model's order. */
function atLeast(model: RiskModel, a: string, b: string): string {
  const order = model.categories.map((c) => c.name);
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/** What the model proposes for one school: a category, its score and every reason. Nothing is written. */
export function proposeCategory(model: RiskModel, school: SchoolEvidence): Proposal {
  const applied = model.rules.map((rule) => applyRule(rule, school)).filter((r) => r !== null);
  const score = applied.reduce((sum, r) => sum + r.points, 0);
  const reasons = applied.map((r) => `${r.reason} (+${String(r.points)})`);
  const highest = model.categories.at(-1)?.name ?? 'maximum';
  const middle = model.categories.at(-2)?.name ?? highest;
  let category = categoryFor(model, score);
  const [latest, previous] = school.grades;
  if (
    latest === 4 ||
    school.categoryOfConcern === 'Special measures' ||
    school.categoryOfConcern === 'Serious weaknesses'
  ) {
    category = highest;
    reasons.unshift(
      school.categoryOfConcern ? `Ofsted: ${school.categoryOfConcern.toLowerCase()}` : 'Ofsted: inadequate',
    );
  } else if (latest === 3 && previous === 3) {
    category = highest;
    reasons.unshift('Ofsted: requires improvement at two inspections running ("stuck")');
  } else if (latest === 3) {
    category = atLeast(model, category, middle);
    reasons.unshift('Ofsted: requires improvement');
  }
  return { category, score, reasons };
}

/** Refuses a model whose thresholds leave a gap or overlap: they must start at 0 and rise. */
export function thresholdProblems(model: RiskModel): string[] {
  const problems: string[] = [];
  const [first] = model.categories;
  if (!first) return ['A model needs at least one category'];
  if (first.from !== 0)
    problems.push(
      `The lowest category, ${first.name}, must start at 0 points, not ${String(first.from)}: scores below it would have no category`,
    );
  model.categories.forEach((category, i) => {
    const before = model.categories[i - 1];
    if (before && category.from <= before.from) {
      problems.push(
        `${category.name} starts at ${String(category.from)}, not above ${before.name} (${String(before.from)}): the ranges overlap`,
      );
    }
  });
  const names = new Set(model.categories.map((c) => c.name));
  if (names.size !== model.categories.length) problems.push('Two categories have the same name');
  return problems;
}
