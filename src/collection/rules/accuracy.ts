// Predictions against results (SPEC C7, 7; seed 000 5.2: "scrutinise and challenge school
// predictions at KS2 and KS4"): each school's prediction beside the result that arrived, within the
// tolerance or over- or under-predicted, and for the LA the mean absolute error and the bias (the
// mean of predicted minus actual: above 0, schools predicted too high).

export type PredictionPair = { urn: number; name: string; predicted: number; actual: number | null };

export type Judged = PredictionPair & {
  difference: number | null;
  verdict: 'within tolerance' | 'over-predicted' | 'under-predicted' | 'no result yet';
};

export function judgePredictions(pairs: readonly PredictionPair[], tolerance: number) {
  const judged: Judged[] = pairs.map((p) => {
    if (p.actual === null) return { ...p, difference: null, verdict: 'no result yet' };
    const difference = p.predicted - p.actual;
    return {
      ...p,
      difference,
      verdict:
        Math.abs(difference) <= tolerance
          ? 'within tolerance'
          : difference > 0
            ? 'over-predicted'
            : 'under-predicted',
    };
  });
  const compared = judged.filter((j): j is Judged & { difference: number } => j.difference !== null);
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    schools: judged,
    compared: compared.length,
    meanAbsoluteError: mean(compared.map((j) => Math.abs(j.difference))),
    bias: mean(compared.map((j) => j.difference)),
    // The most over-optimistic first, for challenge: those over-predicted, by how far.
    overOptimistic: compared
      .filter((j) => j.verdict === 'over-predicted')
      .sort((a, b) => b.difference - a.difference || a.urn - b.urn),
  };
}
