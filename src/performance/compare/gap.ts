import Big from 'big.js';
import { canonical, difference, roundHalfAwayFromZero } from './numbers.ts';

/**
 * Gap = entity − comparator, from stored values, so below the comparator is negative (SPEC
 * "Rules"). Used for gaps to national, region and neighbours' average and between pupil groups.
 */
export function gap(entity: number | null, comparator: number | null): number | null {
  if (entity === null || comparator === null) return null;
  return difference(entity, comparator);
}

/** The average of the values present; null when none is. Statistical neighbours' average. */
export function averageOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  const total = present.reduce((sum, v) => sum.plus(canonical(v).toString()), new Big(0));
  return total.div(present.length).toNumber();
}

export type GapWidth = 'narrower' | 'wider' | 'the same';

/**
 * Whether one gap between groups is narrower or wider than another (the LA's against England's, or
 * this year's against last), by size whichever group is ahead, as printed: seed 000 judges gaps by
 * closing them ("closed to less than the gap nationally", "a halving of the gaps").
 */
export function gapWidth(gapValue: number, comparedWith: number, decimalPlaces: number): GapWidth {
  const size = (n: number) => Math.abs(roundHalfAwayFromZero(n, decimalPlaces));
  const [mine, theirs] = [size(gapValue), size(comparedWith)];
  if (mine === theirs) return 'the same';
  return mine < theirs ? 'narrower' : 'wider';
}

/** A gap between groups that narrows is better and one that widens worse, whichever group is ahead. */
export function widthDirection(width: GapWidth): 'better' | 'worse' | 'no change' {
  if (width === 'the same') return 'no change';
  return width === 'narrower' ? 'better' : 'worse';
}

/**
 * The target seed 000 sets on a gap, "a halving of the gaps to their comparators": half the
 * baseline gap, kept on the side it fell.
 */
export function halvedGap(baselineGap: number): number {
  return canonical(baselineGap / 2);
}
