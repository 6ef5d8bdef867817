// Methodology breaks are data (SPEC "Rules"): a change or trend never runs across one silently.
// Periods are academic years written as DfE writes their end: 2016 is 2015/16.

export type MethodologyFamily =
  | 'eyfs'
  | 'phonics'
  | 'ks1'
  | 'ks2Attainment'
  | 'ks2Progress'
  | 'ks4Attainment'
  | 'progress8'
  | 'ofstedOverall'
  | 'other';

export type MethodologyBreak = {
  families: readonly MethodologyFamily[];
  /** The first period measured the new way: comparing it with any earlier period crosses the break. */
  from: number;
  /** Periods with no figures at all (assessments not held, measure not published). */
  missing?: readonly number[];
  reason: string;
  /** The reason in a few words, for a table cell: "Not comparable (…)". */
  short: string;
};

export const methodologyBreaks: readonly MethodologyBreak[] = [
  {
    families: ['ks1', 'ks2Attainment', 'ks2Progress'],
    from: 2016,
    reason: 'New key stage 1 and 2 assessments in 2016 are not comparable with 2015 (DfE).',
    short: 'new assessments in 2016',
  },
  {
    families: ['ks4Attainment'],
    from: 2017,
    reason: 'GCSEs in English and maths were graded 9 to 1 from 2017 (A*-C before).',
    short: 'GCSEs graded 9 to 1 from 2017',
  },
  {
    families: ['eyfs', 'phonics', 'ks1', 'ks2Attainment', 'ks2Progress'],
    from: 2022,
    missing: [2020, 2021],
    reason: 'No national assessments in 2020 and 2021.',
    short: 'no national assessments in 2020 and 2021',
  },
  {
    families: ['eyfs'],
    from: 2022,
    reason: 'The reformed early years framework from 2021/22 is not comparable with earlier years (DfE).',
    short: 'reformed early years framework',
  },
  {
    families: ['ks4Attainment', 'progress8'],
    from: 2022,
    missing: [2020, 2021],
    reason: 'GCSE results in 2020 and 2021 were centre and teacher assessed and not comparable (DfE).',
    short: 'grades teacher-assessed in 2020 and 2021',
  },
  {
    families: ['ks2Progress'],
    from: 2026,
    missing: [2024, 2025],
    reason: 'No KS2 progress in 2024 and 2025: those pupils had no KS1 assessment in 2020 and 2021.',
    short: 'no KS2 progress in 2024 and 2025',
  },
  {
    families: ['progress8'],
    from: 2027,
    missing: [2025, 2026],
    reason: 'No Progress 8 in 2025 and 2026: those pupils had no KS2 tests in 2020 and 2021.',
    short: 'no Progress 8 in 2025 and 2026',
  },
  {
    families: ['ofstedOverall'],
    from: 2025,
    reason: 'Ofsted stopped giving overall effectiveness grades in September 2024.',
    short: 'no overall grades from September 2024',
  },
];

/** What a table says in place of a change that would cross a break: the break's own reason. */
export function notComparable(crossed: MethodologyBreak): string {
  return `Not comparable (${crossed.short})`;
}

/** The first break, if any, that comparing these two periods would cross. */
export function breakBetween(
  family: MethodologyFamily,
  earlier: number,
  later: number,
  breaks: readonly MethodologyBreak[] = methodologyBreaks,
): MethodologyBreak | null {
  return (
    breaks.find(
      (b) =>
        b.families.includes(family) &&
        ((earlier < b.from && later >= b.from) ||
          (b.missing ?? []).some((p) => p === earlier || p === later)),
    ) ?? null
  );
}

/** The breaks a run of periods crosses, each at the first period measured the new way. */
export function breaksWithin(
  family: MethodologyFamily,
  periods: readonly number[],
): { period: number; reason: string }[] {
  return periods.flatMap((period, i) => {
    const before = periods[i - 1];
    const crossed = before === undefined ? null : breakBetween(family, before, period);
    return crossed?.from === period ? [{ period, reason: crossed.reason }] : [];
  });
}
