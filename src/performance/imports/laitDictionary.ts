import { polarityFromLait } from '../compare/polarity.ts';
import type { MethodologyFamily } from '../compare/breaks.ts';
import { columnIndex, type CsvTable, type ImportProblem } from '../../kernel/importFiles.ts';
import type { indicators } from '../schema.ts';

export type IndicatorRecord = typeof indicators.$inferInsert;

export const laitDictionaryColumns = [
  'Measure_short',
  'Measure',
  'Topic',
  'Polarity',
  'y_axis_name',
  'dps',
  'Year_Type',
  'No_Quartile',
  'Description',
] as const;

/** Which methodology breaks apply, from the LAIT topic and code (KS2 progress, Progress 8, …). */
export function methodologyFamilyOf(key: string, topic: string): MethodologyFamily {
  if (topic === 'Key Stage 2') return /Prog/i.test(key) ? 'ks2Progress' : 'ks2Attainment';
  if (topic === 'Key Stage 4') return /Prog8/i.test(key) ? 'progress8' : 'ks4Attainment';
  if (topic === 'Foundation Stage') return 'eyfs';
  if (topic === 'Key Stage 1 and Phonics') return /^KS1P/i.test(key) ? 'phonics' : 'ks1';
  return 'other';
}

export function unitOf(axis: string): IndicatorRecord['unit'] {
  if (axis.includes('%')) return 'percentage';
  if (/rate per/i.test(axis)) return 'rate';
  if (/score/i.test(axis)) return 'score';
  if (/^number/i.test(axis)) return 'count';
  return 'other';
}

/**
 * The indicator catalogue from DfE's LAIT data dictionary. The dictionary lists 14 measures twice
 * (under two topics); each repeat is merged into the first entry and reported.
 */
export function readLaitDictionary(table: CsvTable): {
  records: IndicatorRecord[];
  problems: ImportProblem[];
  repeats: { line: number; reason: string }[];
} {
  const at = Object.fromEntries(laitDictionaryColumns.map((c) => [c, columnIndex(table, c)])) as Record<
    (typeof laitDictionaryColumns)[number],
    number
  >;
  const records = new Map<string, IndicatorRecord>();
  const problems: ImportProblem[] = [];
  const repeats: { line: number; reason: string }[] = [];
  table.rows.forEach((row, i) => {
    const line = table.lines[i] ?? i + 2;
    const cell = (c: (typeof laitDictionaryColumns)[number]) => (row[at[c]] ?? '').trim();
    const key = cell('Measure_short');
    if (key === '') {
      problems.push({ line, column: 'Measure_short', message: 'Every measure needs a code' });
      return;
    }
    const dps = cell('dps');
    if (dps !== 'NA' && dps !== '' && !/^\d$/.test(dps)) {
      problems.push({
        line,
        column: 'dps',
        message: `Decimal places "${dps}" is not a whole number from 0 to 9`,
      });
      return;
    }
    const noQuartile = cell('No_Quartile');
    if (!['N', 'NA', ''].includes(noQuartile)) {
      problems.push({ line, column: 'No_Quartile', message: `No_Quartile "${noQuartile}" is not N or NA` });
      return;
    }
    const earlier = records.get(key);
    if (earlier) {
      // LAIT's own code treats a measure as "no quartile" if any of its entries says N, and the
      // repeats differ only there and in decimal places: merge those, keep the first title.
      earlier.noQuartile = earlier.noQuartile === true || noQuartile === 'N';
      earlier.decimalPlaces ??= /^\d$/.test(dps) ? Number(dps) : null;
      repeats.push({
        line,
        reason: `${key} is listed again (topic ${cell('Topic')}); merged with its first entry`,
      });
      return;
    }
    records.set(key, {
      key,
      title: cell('Measure') || key,
      topic: cell('Topic'),
      unit: unitOf(cell('y_axis_name')),
      unitLabel: cell('y_axis_name'),
      polarity: polarityFromLait(cell('Polarity')),
      decimalPlaces: /^\d$/.test(dps) ? Number(dps) : null,
      noQuartile: noQuartile === 'N',
      periodType: cell('Year_Type') || 'Academic Year',
      methodologyFamily: methodologyFamilyOf(key, cell('Topic')),
      source: 'DfE LAIT data dictionary',
      description: cell('Description'),
    });
  });
  return { records: [...records.values()], problems, repeats };
}
