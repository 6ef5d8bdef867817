import { canonical } from './numbers.ts';
import type { Polarity } from './polarity.ts';

/** A league of one ranks nothing: with fewer LAs holding a value there is no rank and no band. */
export const fewestToRank = 2;

export type RankEntry<Key> = { key: Key; value: number | null };
export type Ranked<Key> = RankEntry<Key> & { rank: number | null; joint: boolean };

/**
 * LA rank by DfE's LAIT method (data/external/dfe-lait/SOURCE.md): rank 1 is best; equal values
 * share the lowest rank and the next rank skips (R's ties.method = "min"); an LA without a value
 * gets no rank, and N counts only LAs with a value. A measure with no better direction is not
 * ranked, and neither is a league of fewer than `fewestToRank` LAs ("rank 1 of 1" says nothing).
 * The caller passes local authorities only, never regions or England.
 */
export function rankLocalAuthorities<Key>(
  entries: readonly RankEntry<Key>[],
  polarity: Polarity,
): { n: number; entries: Ranked<Key>[] } {
  const values = entries.flatMap((e) => (e.value === null ? [] : [canonical(e.value)]));
  const n = values.length;
  if (polarity === 'neither' || n < fewestToRank) {
    return { n, entries: entries.map((e) => ({ ...e, rank: null, joint: false })) };
  }
  // Sorted best first; an entry's rank is 1 + the number of values strictly better than it.
  const sorted = [...values].sort((a, b) => (polarity === 'higher' ? b - a : a - b));
  const firstIndex = new Map<number, number>();
  const occurrences = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!firstIndex.has(v)) firstIndex.set(v, i);
    occurrences.set(v, (occurrences.get(v) ?? 0) + 1);
  });
  return {
    n,
    entries: entries.map((e) => {
      if (e.value === null) return { ...e, rank: null, joint: false };
      const v = canonical(e.value);
      return { ...e, rank: (firstIndex.get(v) ?? 0) + 1, joint: (occurrences.get(v) ?? 0) > 1 };
    }),
  };
}
