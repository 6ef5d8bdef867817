import Big from 'big.js';

// Published figures arrive as binary floats with noise (LAIT stores 4.6500000000000004). Fifteen
// significant digits is what a double holds exactly, so reading a value through toPrecision(15)
// recovers the decimal that was published before any arithmetic or comparison.
export function canonical(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  return Number(value.toPrecision(15));
}

function decimal(value: number): Big {
  return new Big(canonical(value).toString());
}

/** Rounds half away from zero, as SPEC requires (87.5 → 88; −0.45 → −0.5 at 1 dp). */
export function roundHalfAwayFromZero(value: number, decimalPlaces: number): number {
  const rounded = decimal(value).round(decimalPlaces, Big.roundHalfUp).toNumber();
  return rounded === 0 ? 0 : rounded;
}

/** The one formatter for figures on pages and exports: stored precision in, display text out. */
export function formatFigure(value: number | null, decimalPlaces: number): string {
  if (value === null) return '';
  const text = decimal(value).round(decimalPlaces, Big.roundHalfUp).toFixed(decimalPlaces);
  // A value that rounds to zero is shown without a sign: "-0.0" would suggest a direction.
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** Difference of two stored values, exact in decimal: 72.6 − 74.3 is −1.7, not −1.6999999999999886. */
export function difference(a: number, b: number): number {
  return decimal(a).minus(decimal(b)).toNumber();
}

/** The decimal places a stored value holds once float noise is gone: 69.599999999999994 has 1. */
export function decimalsOf(value: number): number {
  const text = String(canonical(value));
  if (text.includes('e')) return 4;
  return text.split('.')[1]?.length ?? 0;
}

/**
 * The places a figure is shown to: as its source printed it when known (seed 001 printed England's
 * 74.3 as "74"), else the catalogue's places, else the places it holds, at most two.
 */
export function printedDecimals(
  value: number,
  published: number | null,
  catalogueDecimals: number | null,
): number {
  return published ?? catalogueDecimals ?? Math.min(decimalsOf(value), 2);
}

/** One number of places for a column of figures: the catalogue's, else the most any holds, at most two. */
export function commonDecimals(values: readonly (number | null)[], catalogueDecimals: number | null): number {
  if (catalogueDecimals !== null) return catalogueDecimals;
  const held = values.flatMap((v) => (v === null ? [] : [decimalsOf(v)]));
  return Math.min(Math.max(0, ...held), 2);
}
