import jStat from 'jstat';

// Did the support work? (SPEC C6, 8; seed 000, 1.2: "Impact of all commissioned interventions
// reported to Executive Board".) The schools that took part are compared with schools like them
// that did not: each participant is matched to its nearest schools of the same phase on prior
// attainment (the indicator in the year before), disadvantage (where the data has it) and size, and
// the result is a difference-in-differences: how much more the participants' figure changed than
// their comparators' did, with its 95% confidence interval (Welch's t, as the two groups' spreads
// differ). Too few schools on either side, and it says so instead of claiming an effect; across a
// change of methodology (KS2 in 2016), it refuses to compare at all.

export type SchoolFigures = {
  urn: number;
  phase: string;
  /** The indicator before and after the support. */
  before: number | null;
  after: number | null;
  /** % of pupils disadvantaged, where the data gives it. */
  disadvantaged: number | null;
  pupils: number | null;
};

export type ImpactQuestion = {
  participants: readonly SchoolFigures[];
  /** Schools that did not take part, to match from. */
  pool: readonly SchoolFigures[];
  beforeYear: number;
  afterYear: number;
  /** Years a new series of the indicator began: figures either side of one are not comparable. */
  methodologyBreaks: readonly number[];
  comparatorsEach?: number;
  /** Fewer participants or comparators with figures than this, and no effect is claimed. */
  fewest?: number;
};

export type ImpactAnswer =
  | { kind: 'methodology break'; message: string }
  | { kind: 'too few'; participants: number; comparators: number; message: string }
  | {
      kind: 'estimate';
      participants: number;
      comparators: number;
      participantChange: number;
      comparisonChange: number;
      effect: number;
      lower: number;
      upper: number;
      /** Whether the interval leaves out 0: a difference the data can tell from none. */
      significant: boolean;
      matched: { urn: number; comparators: number[] }[];
    };

type Complete = SchoolFigures & { before: number; after: number; pupils: number };

const complete = (s: SchoolFigures): s is Complete =>
  s.before !== null && s.after !== null && s.pupils !== null;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: readonly number[]) => {
  const m = mean(xs);
  return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
};
const spread = (xs: readonly number[]) => (xs.length > 1 ? Math.sqrt(variance(xs)) : 0) || 1;

/** Each participant's nearest comparators of the same phase, none used twice, participants in URN order. */
export function matchComparators(
  participants: readonly Complete[],
  pool: readonly Complete[],
  each: number,
): { urn: number; comparators: Complete[] }[] {
  const taking = new Set(participants.map((p) => p.urn));
  const candidates = pool.filter((s) => !taking.has(s.urn));
  // Distances in standard deviations of the candidates, so that no measure outweighs the others.
  const sd = {
    before: spread(candidates.map((c) => c.before)),
    size: spread(candidates.map((c) => Math.log(c.pupils + 1))),
    disadvantaged: spread(candidates.flatMap((c) => (c.disadvantaged === null ? [] : [c.disadvantaged]))),
  };
  // Each phase's candidates once, with their size on the log scale worked out once.
  const byPhase = new Map<string, { c: Complete; size: number }[]>();
  for (const c of candidates) {
    const list = byPhase.get(c.phase) ?? [];
    list.push({ c, size: Math.log(c.pupils + 1) });
    byPhase.set(c.phase, list);
  }
  const used = new Set<number>();
  return [...participants]
    .sort((a, b) => a.urn - b.urn)
    .map((p) => {
      const size = Math.log(p.pupils + 1);
      // The nearest few kept in order as the candidates are read: a full sort per participant made
      // 2,000 participants against every school in England take seconds.
      const nearest: { c: Complete; d: number }[] = [];
      const closer = (a: { c: Complete; d: number }, b: { c: Complete; d: number }) =>
        a.d - b.d || a.c.urn - b.c.urn;
      for (const { c, size: cSize } of byPhase.get(p.phase) ?? []) {
        if (used.has(c.urn)) continue;
        const d =
          ((c.before - p.before) / sd.before) ** 2 +
          ((cSize - size) / sd.size) ** 2 +
          (p.disadvantaged !== null && c.disadvantaged !== null
            ? ((c.disadvantaged - p.disadvantaged) / sd.disadvantaged) ** 2
            : 0);
        const entry = { c, d };
        const last = nearest[nearest.length - 1];
        if (nearest.length === each && last !== undefined && closer(entry, last) >= 0) continue;
        let at = nearest.length;
        while (at > 0 && closer(entry, nearest[at - 1] as { c: Complete; d: number }) < 0) at -= 1;
        nearest.splice(at, 0, entry);
        if (nearest.length > each) nearest.pop();
      }
      for (const { c } of nearest) used.add(c.urn);
      return { urn: p.urn, comparators: nearest.map(({ c }) => c) };
    });
}

export function impactOf(question: ImpactQuestion): ImpactAnswer {
  const { beforeYear, afterYear } = question;
  const broken = question.methodologyBreaks.find((year) => beforeYear < year && year <= afterYear);
  if (broken !== undefined)
    return {
      kind: 'methodology break',
      message: `Results before ${String(broken)} were worked out differently: ${String(beforeYear)} and ${String(afterYear)} cannot be compared`,
    };
  const fewest = question.fewest ?? 5;
  const participants = question.participants.filter(complete);
  const matched = matchComparators(
    participants,
    question.pool.filter(complete),
    question.comparatorsEach ?? 3,
  );
  const comparators = matched.flatMap((m) => m.comparators);
  if (participants.length < fewest || comparators.length < fewest)
    return {
      kind: 'too few',
      participants: participants.length,
      comparators: comparators.length,
      message: `Too few schools to tell: ${String(participants.length)} taking part and ${String(comparators.length)} to compare with have figures for both years; at least ${String(fewest)} of each are needed`,
    };
  const changes = participants.map((s) => s.after - s.before);
  const comparison = comparators.map((s) => s.after - s.before);
  const effect = mean(changes) - mean(comparison);
  const a = variance(changes) / changes.length;
  const b = variance(comparison) / comparison.length;
  const standardError = Math.sqrt(a + b);
  // Welch–Satterthwaite degrees of freedom.
  const freedom = (a + b) ** 2 / (a ** 2 / (changes.length - 1) + b ** 2 / (comparison.length - 1));
  const margin = standardError === 0 ? 0 : jStat.studentt.inv(0.975, freedom) * standardError;
  return {
    kind: 'estimate',
    participants: participants.length,
    comparators: comparators.length,
    participantChange: mean(changes),
    comparisonChange: mean(comparison),
    effect,
    lower: effect - margin,
    upper: effect + margin,
    significant: effect - margin > 0 || effect + margin < 0,
    matched: matched.map((m) => ({ urn: m.urn, comparators: m.comparators.map((c) => c.urn) })),
  };
}
