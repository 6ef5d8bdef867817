import type { IndicatorRecord } from './laitDictionary.ts';
import type { ImportProblem, RejectedRow } from '../../kernel/importFiles.ts';
import { readDfeValue } from '../dfeValues.ts';
import { parsePeriod } from '../periods.ts';
import { withoutDetails, type Area, type RepeatedFigure, type StagedRow } from './staged.ts';

export const laitValueColumns = [
  'Short Desc',
  'Years',
  'LA and Regions',
  'Values',
  'LA Number',
  'Region',
] as const;

/** LAIT numbers England 970 and the regions (and London's halves) 980 to 990; LAs are below 970. */
export function areaTypeOf(code: number): Area['areaType'] {
  if (code === 970) return 'england';
  return code > 970 ? 'region' : 'la';
}

/** What a values file's reader gives for each row, and what it has found on the way. */
export type ValuesReader = {
  /** The row as a figure to stage, or null when it is refused (a problem) or set aside (rejected). */
  read(row: readonly string[], line: number): StagedRow | null;
  problems: ImportProblem[];
  rejected: RejectedRow[];
  areas(): Area[];
  /** Beacon's own catalogue entries the file used that the catalogue does not hold yet. */
  indicators?(): IndicatorRecord[];
};

/**
 * Reads LAIT's long file row by row into figures ready for a bulk write. Problems stop the import;
 * a row whose period cannot be read but which carries no value is set aside as rejected (LAIT has
 * 170 such rows for CINPermExclusion with the year "0"): nothing is lost by leaving it out.
 * A figure given twice is found once the rows are staged (`repeatedFigures`), not here, so that
 * memory does not grow with the file.
 */
export function laitValuesReader(
  header: readonly string[],
  knownIndicators: ReadonlySet<string>,
): ValuesReader {
  const at = Object.fromEntries(laitValueColumns.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof laitValueColumns)[number],
    number
  >;
  const areas = new Map<string, Area>();
  const problems: ImportProblem[] = [];
  const rejected: RejectedRow[] = [];
  const periods = new Map<string, ReturnType<typeof parsePeriod>>();
  const unknown = new Set<string>();

  function read(row: readonly string[], line: number): StagedRow | null {
    const key = (row[at['Short Desc']] ?? '').trim();
    const codeText = (row[at['LA Number']] ?? '').trim();
    const periodText = row[at.Years] ?? '';
    const value = readDfeValue(row[at.Values] ?? '');
    if (!knownIndicators.has(key)) {
      if (!unknown.has(key)) {
        problems.push({
          line,
          column: 'Short Desc',
          message: `Unknown indicator "${key}": import the LAIT data dictionary first`,
        });
        unknown.add(key);
      }
      return null;
    }
    if (!/^\d{3}$/.test(codeText)) {
      problems.push({ line, column: 'LA Number', message: `"${codeText}" is not a three-digit LA number` });
      return null;
    }
    if ('error' in value) {
      problems.push({ line, column: 'Values', message: `The value ${value.error}` });
      return null;
    }
    let period = periods.get(periodText);
    if (period === undefined) {
      period = parsePeriod(periodText);
      periods.set(periodText, period);
    }
    if (!period) {
      if (value.value === null) {
        rejected.push({ line, reason: `"${periodText}" is not a period, and the row has no value` });
        return null;
      }
      problems.push({
        line,
        column: 'Years',
        message: `"${periodText}" is not a period DfE uses (for example 2019, 2018/19, 2014-16)`,
      });
      return null;
    }
    const code = Number(codeText);
    if (!areas.has(codeText)) {
      const region = (row[at.Region] ?? '').trim();
      areas.set(codeText, {
        code: codeText,
        name: (row[at['LA and Regions']] ?? '').trim(),
        areaType: areaTypeOf(code),
        regionName: region === '' || region === 'NA' ? null : region,
      });
    }
    return {
      indicatorKey: key,
      entityType: areaTypeOf(code),
      entityCode: codeText,
      period: period.label,
      periodEnd: period.end,
      pupilGroup: 'all',
      status: period.status,
      value: value.value,
      suppression: value.suppression,
      ...withoutDetails,
      sourceLine: line,
    };
  }
  return { read, problems, rejected, areas: () => [...areas.values()] };
}

/** LAIT's words for a figure given twice. */
export const laitRepeat = (r: RepeatedFigure) =>
  `Repeats ${r.indicatorKey} for LA ${r.entityCode} in ${r.period}, already on line ${String(r.firstLine)}`;
