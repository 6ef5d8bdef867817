import { canonical } from './numbers.ts';
import { quantiles } from './quartiles.ts';

// A school's context beside every school's, as DfE's Inspection Data Summary Report words it: the
// fifth of all schools its figure falls in, from "well below average" (the lowest 20%) to "well
// above average" (the highest 20%). The words describe where the school lies, not whether that is
// good: a high share of pupils eligible for free school meals is context, not a failing.

export type QuintileWords =
  'well below average' | 'below average' | 'average' | 'above average' | 'well above average';

const words: readonly QuintileWords[] = [
  'well below average',
  'below average',
  'average',
  'above average',
  'well above average',
];

export type QuintileCuts = readonly [q20: number, q40: number, q60: number, q80: number];

/** The 20th, 40th, 60th and 80th percentiles (type 7, as the quartiles are); null for fewer than 5 schools. */
export function quintileCutPoints(values: readonly number[]): QuintileCuts | null {
  if (values.length < 5) return null;
  const at = quantiles(values);
  return [at(0.2), at(0.4), at(0.6), at(0.8)];
}

/** Each band includes its upper edge, as the quartile bands do: a value on q20 is well below average. */
export function quintileWords(value: number | null, cuts: QuintileCuts | null): QuintileWords | null {
  if (value === null || cuts === null) return null;
  const v = canonical(value);
  const fifth = cuts.findIndex((cut) => v <= cut);
  return words[fifth === -1 ? 4 : fifth] ?? null;
}
