// DfE's codes for "no value" (SPEC "Rules"), plus the symbols explore-education-statistics also
// uses (low: rounds to zero but is not zero; u: low reliability; ":" not available). Each is kept
// with the row and never read as zero.
export const suppressionCodes = [
  'SUPP',
  'NE',
  'NA',
  'NP',
  'LOWCOV',
  'SP',
  'x',
  'c',
  'z',
  '-',
  '..',
  'low',
  'u',
  ':',
] as const;

import { canonical } from './compare/numbers.ts';

export type ReadValue =
  { value: number; suppression: null } | { value: null; suppression: string } | { error: string };

const numberPattern = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export function readDfeValue(text: string): ReadValue {
  const trimmed = text.trim();
  if ((suppressionCodes as readonly string[]).includes(trimmed)) return { value: null, suppression: trimmed };
  if (numberPattern.test(trimmed)) {
    // Stored as the decimal DfE published: "4.0599999999999996" in a file is 4.06 written through
    // a binary float. Canonical values compare equal in SQL as in TypeScript. A text of at most 15
    // characters has at most 15 digits, which a double holds exactly: it is already canonical
    // (apart from "-0", which the canonical rule reads as 0).
    const value = Number(trimmed);
    const exact = trimmed.length <= 15 && value !== 0;
    if (Number.isFinite(value)) return { value: exact ? value : canonical(value), suppression: null };
  }
  if (trimmed === '')
    return { error: 'is empty: a value or one of DfE’s codes (-, x, c, SUPP, …) is needed' };
  return {
    error: `"${trimmed}" is neither a number nor one of DfE’s codes (${suppressionCodes.join(', ')})`,
  };
}
