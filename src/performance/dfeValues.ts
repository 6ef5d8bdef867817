// DfE's codes for "no value" (SPEC "Rules"). Each is kept with the row and never read as zero.
export const suppressionCodes = ['SUPP', 'NE', 'NA', 'NP', 'LOWCOV', 'SP', 'x', 'c', 'z', '-', '..'] as const;

export type ReadValue =
  { value: number; suppression: null } | { value: null; suppression: string } | { error: string };

const numberPattern = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export function readDfeValue(text: string): ReadValue {
  const trimmed = text.trim();
  if ((suppressionCodes as readonly string[]).includes(trimmed)) return { value: null, suppression: trimmed };
  if (numberPattern.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isFinite(value)) return { value, suppression: null };
  }
  if (trimmed === '')
    return { error: 'is empty: a value or one of DfE’s codes (-, x, c, SUPP, …) is needed' };
  return {
    error: `"${trimmed}" is neither a number nor one of DfE’s codes (${suppressionCodes.join(', ')})`,
  };
}
