import Big from 'big.js';
import { canonical, difference } from './numbers.ts';

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
