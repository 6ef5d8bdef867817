import { suppressionCodes } from '../dfeValues.ts';

// Progress scores (KS2 reading, writing and maths progress; Progress 8) are judged against the
// national average of 0 by their 95% confidence interval, as DfE's performance tables do.

export type ProgressJudgement = 'significantly above' | 'significantly below' | 'not significantly different';

/** A judgement as a source published it, when it is one of the three; otherwise none. */
export function publishedJudgementOf(text: string | null): ProgressJudgement | null {
  return text === 'significantly below' ||
    text === 'significantly above' ||
    text === 'not significantly different'
    ? text
    : null;
}

export type ConfidenceInterval = { lower: number; upper: number };

/** Above when the interval lies wholly above 0, below when wholly below, otherwise not different. */
export function progressSignificance(ci: ConfidenceInterval): ProgressJudgement {
  if (ci.lower > 0) return 'significantly above';
  if (ci.upper < 0) return 'significantly below';
  return 'not significantly different';
}

/**
 * The judgement to show: computed from the interval when it is stored, otherwise the judgement the
 * source published (seed 001 prints "significantly below" without an interval). Never invented.
 */
export function progressJudgement(
  ci: ConfidenceInterval | null,
  published: ProgressJudgement | null,
): { judgement: ProgressJudgement | null; basis: 'interval' | 'published' | 'none' } {
  if (ci) return { judgement: progressSignificance(ci), basis: 'interval' };
  if (published) return { judgement: published, basis: 'published' };
  return { judgement: null, basis: 'none' };
}

export type Progress8Band =
  'well above average' | 'above average' | 'average' | 'below average' | 'well below average';

/** DfE's Progress 8 bands: "well" needs both a score beyond ±0.5 and an interval clear of 0. */
export function progress8Band(score: number, ci: ConfidenceInterval): Progress8Band {
  if (ci.lower > 0) return score > 0.5 ? 'well above average' : 'above average';
  if (ci.upper < 0) return score < -0.5 ? 'well below average' : 'below average';
  return 'average';
}

const progress8Bands: readonly Progress8Band[] = [
  'well above average',
  'above average',
  'average',
  'below average',
  'well below average',
];

/** DfE's P8_BANDING codes in the KS4 performance tables (2018/19 file guidance): 1 best, 5 worst. */
export const progress8BandCodes: Readonly<Record<string, Progress8Band>> = {
  '1': 'well above average',
  '2': 'above average',
  '3': 'average',
  '4': 'below average',
  '5': 'well below average',
};

/** A band as the source published it, or the code DfE published in its place (SUPP: withheld). */
export type PublishedBand = { band: Progress8Band } | { withheld: string };

/**
 * The Progress 8 band a source published: DfE's code ("1") or its words ("Well above average").
 * DfE bands the unrounded score, so its band is the one to show: a score printed as 0.50 can be
 * "well above average". A suppression code means DfE withheld the band: no band is worked out.
 */
export function publishedProgress8Band(text: string | null): PublishedBand | null {
  if (text === null) return null;
  const trimmed = text.trim();
  const byCode = progress8BandCodes[trimmed];
  if (byCode) return { band: byCode };
  const byWords = progress8Bands.find((band) => band === trimmed.toLowerCase());
  if (byWords) return { band: byWords };
  if ((suppressionCodes as readonly string[]).includes(trimmed)) return { withheld: trimmed };
  return null;
}

/**
 * The band to show: DfE's own where it published one, none where it withheld it, and only where
 * it published neither, the band worked from the score and its interval.
 */
export function progress8BandShown(
  score: number,
  ci: ConfidenceInterval | null,
  published: PublishedBand | null,
): { band: Progress8Band | null; basis: 'published' | 'interval' | 'withheld' | 'none'; code?: string } {
  if (published && 'band' in published) return { band: published.band, basis: 'published' };
  if (published) return { band: null, basis: 'withheld', code: published.withheld };
  if (ci) return { band: progress8Band(score, ci), basis: 'interval' };
  return { band: null, basis: 'none' };
}
