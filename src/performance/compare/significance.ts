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
