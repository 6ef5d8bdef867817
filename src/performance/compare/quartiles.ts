import { canonical } from './numbers.ts';
import type { Polarity } from './polarity.ts';
import { fewestToRank } from './rank.ts';

export type CutPoints = readonly [q0: number, q25: number, q50: number, q75: number, q100: number];
export type QuartileBand = 'A' | 'B' | 'C' | 'D';

/**
 * Quartile cut points as LAIT computes them: R's default quantile (type 7, linear interpolation
 * between order statistics) of the LAs' values. Null when too few LAs have a value to rank.
 */
export function quartileCutPoints(values: readonly number[]): CutPoints | null {
  if (values.length < fewestToRank) return null;
  const at = quantiles(values);
  return [at(0), at(0.25), at(0.5), at(0.75), at(1)];
}

/** R's default quantile (type 7) of the values, at any p from 0 to 1. */
export function quantiles(values: readonly number[]): (p: number) => number {
  const sorted = values.map(canonical).sort((a, b) => a - b);
  return (p: number): number => {
    const h = (sorted.length - 1) * p;
    const lower = Math.floor(h);
    const below = sorted[lower] ?? Number.NaN;
    const above = sorted[Math.min(lower + 1, sorted.length - 1)] ?? below;
    return canonical(below + (h - lower) * (above - below));
  };
}

/**
 * Band A (best) to D. Each band includes its upper edge (>= q0 & <= q25, > q25 & <= q50, …).
 * Higher is better: above q75 is A. Lower is better: at or below q25 is A. Measures with no better
 * direction, or flagged "no quartile" in the LAIT dictionary, get no band.
 */
export function quartileBand(
  value: number | null,
  cuts: CutPoints | null,
  polarity: Polarity,
  noQuartile = false,
): QuartileBand | null {
  if (value === null || cuts === null || noQuartile || polarity === 'neither') return null;
  const v = canonical(value);
  const [, q25, q50, q75] = cuts;
  const quarter = v <= q25 ? 1 : v <= q50 ? 2 : v <= q75 ? 3 : 4;
  const fromBest = polarity === 'higher' ? 5 - quarter : quarter;
  return (['A', 'B', 'C', 'D'] as const)[fromBest - 1] ?? null;
}
