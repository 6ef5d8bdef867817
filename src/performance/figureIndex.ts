import type { Figure } from './valuesRepository.ts';

/**
 * The figures a results page was given, found by indicator, kind of area and year: the LA summary
 * and a school's results each look up every cell of their tables this way.
 */
export function figureFinder(figures: readonly Figure[]) {
  const index = new Map<string, Figure>();
  for (const f of figures) index.set(`${f.indicatorKey}|${f.entityType}|${String(f.periodEnd)}`, f);
  return (key: string, entityType: string, period: number): Figure | undefined =>
    index.get(`${key}|${entityType}|${String(period)}`);
}
