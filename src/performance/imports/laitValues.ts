import { columnIndex, type CsvTable, type ImportProblem, type RejectedRow } from '../../app/imports.ts';
import { readDfeValue } from '../dfeValues.ts';
import { parsePeriod } from '../periods.ts';
import { emptyStagedValues, stageRow, withoutDetails, type StagedValues } from '../repository.ts';

export const laitValueColumns = [
  'Short Desc',
  'Years',
  'LA and Regions',
  'Values',
  'LA Number',
  'Region',
] as const;

export type Area = {
  code: string;
  name: string;
  areaType: 'la' | 'region' | 'england';
  regionName: string | null;
};

/** LAIT numbers England 970 and the regions (and London's halves) 980 to 990; LAs are below 970. */
export function areaTypeOf(code: number): Area['areaType'] {
  if (code === 970) return 'england';
  return code > 970 ? 'region' : 'la';
}

/**
 * Reads every row of LAIT's long file into columns ready for a bulk write. Problems stop the import;
 * a row whose period cannot be read but which carries no value is set aside as rejected (LAIT has
 * 170 such rows for CINPermExclusion with the year "0"): nothing is lost by leaving it out.
 */
export function readLaitValues(
  table: CsvTable,
  knownIndicators: ReadonlySet<string>,
  file: string,
): { values: StagedValues; areas: Area[]; problems: ImportProblem[]; rejected: RejectedRow[] } {
  const at = Object.fromEntries(laitValueColumns.map((c) => [c, columnIndex(table, c)])) as Record<
    (typeof laitValueColumns)[number],
    number
  >;
  const values = emptyStagedValues();
  const areas = new Map<string, Area>();
  const problems: ImportProblem[] = [];
  const rejected: RejectedRow[] = [];
  // One number per indicator × LA × year, for spotting repeats: 641k string keys cost a second.
  // Years end 1990–2110 (parsePeriod), so the number stays a small integer, which V8 keeps
  // without allocating: a larger one would be a heap object per row for the collector.
  const seen = new Map<number, number>();
  const indicatorNumbers = new Map<string, number>();
  const periods = new Map<string, ReturnType<typeof parsePeriod>>();
  const unknown = new Set<string>();

  table.rows.forEach((row, i) => {
    const line = table.lines[i] ?? i + 2;
    const key = (row[at['Short Desc']] ?? '').trim();
    const codeText = (row[at['LA Number']] ?? '').trim();
    const periodText = row[at.Years] ?? '';
    const read = readDfeValue(row[at.Values] ?? '');
    if (!knownIndicators.has(key)) {
      if (!unknown.has(key)) {
        problems.push({
          line,
          column: 'Short Desc',
          message: `Unknown indicator "${key}": import the LAIT data dictionary first`,
        });
        unknown.add(key);
      }
      return;
    }
    if (!/^\d{3}$/.test(codeText)) {
      problems.push({ line, column: 'LA Number', message: `"${codeText}" is not a three-digit LA number` });
      return;
    }
    if ('error' in read) {
      problems.push({ line, column: 'Values', message: `The value ${read.error}` });
      return;
    }
    let period = periods.get(periodText);
    if (period === undefined) {
      period = parsePeriod(periodText);
      periods.set(periodText, period);
    }
    if (!period) {
      if (read.value === null) {
        rejected.push({ line, reason: `"${periodText}" is not a period, and the row has no value` });
        return;
      }
      problems.push({
        line,
        column: 'Years',
        message: `"${periodText}" is not a period DfE uses (for example 2019, 2018/19, 2014-16)`,
      });
      return;
    }
    const code = Number(codeText);
    let indicatorNumber = indicatorNumbers.get(key);
    if (indicatorNumber === undefined) {
      indicatorNumber = indicatorNumbers.size;
      indicatorNumbers.set(key, indicatorNumber);
    }
    const identity = (indicatorNumber * 1000 + code) * 128 + (period.end - 1990);
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      problems.push({
        line,
        message: `Repeats ${key} for LA ${codeText} in ${period.label}, already on line ${earlier}`,
      });
      return;
    }
    seen.set(identity, line);
    if (!areas.has(codeText)) {
      const region = (row[at.Region] ?? '').trim();
      areas.set(codeText, {
        code: codeText,
        name: (row[at['LA and Regions']] ?? '').trim(),
        areaType: areaTypeOf(code),
        regionName: region === '' || region === 'NA' ? null : region,
      });
    }
    stageRow(values, {
      indicatorKey: key,
      entityType: areaTypeOf(code),
      entityCode: codeText,
      period: period.label,
      periodEnd: period.end,
      pupilGroup: 'all',
      status: period.status,
      value: read.value,
      suppression: read.suppression,
      ...withoutDetails,
      sourceLine: line,
    });
  });
  if (problems.length > 200)
    problems.splice(200, problems.length - 200, { line: 0, message: `${file}: more problems not listed` });
  return { values, areas: [...areas.values()], problems, rejected };
}
