// PostgreSQL sends int8 (count, rank, bigint) and numeric as text; `pg` passes that text on while
// PGlite parses some of it. Both drivers get the same parsers so callers never see the difference.
export const INT8 = 20;
export const NUMERIC = 1700;

export function parseNumber(text: string): number {
  return Number(text);
}

export const numericParsers: Record<number, (text: string) => number> = {
  [INT8]: parseNumber,
  [NUMERIC]: parseNumber,
};
