// Whether a higher value is better (attainment), lower is better (absence, NEET), or neither
// (numbers of pupils, contextual measures). LAIT's dictionary writes these High, Low and "-".
export type Polarity = 'higher' | 'lower' | 'neither';

export function polarityFromLait(value: string | null | undefined): Polarity {
  if (value === 'High') return 'higher';
  if (value === 'Low') return 'lower';
  return 'neither';
}

/** +1 when a rise is an improvement, −1 when a fall is, 0 when no direction is better. */
export function betterDirection(polarity: Polarity): 1 | -1 | 0 {
  if (polarity === 'higher') return 1;
  if (polarity === 'lower') return -1;
  return 0;
}
