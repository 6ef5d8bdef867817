import { columnIndex, type CsvTable, type ImportProblem } from '../../kernel/importFiles.ts';
import { readDfeValue } from '../dfeValues.ts';
import { emptyStagedValues, stageRow, type StagedValues } from './staged.ts';

// The national school-level KS2 and KS4 extracts of 2016–2018 (dfe-school-level-national-2016-2018
// /SOURCE.md): DfE's performance-table figures for every school in England, cut down to a few
// columns with friendlier names, one row per school (no LA or England rows), "%" kept on
// percentages and suppressed values left blank. Which column is which catalogue indicator, from the
// extract's own script as SOURCE.md records it:
type Measure = {
  column: string;
  indicator: string;
  judgement?: string;
  fromYear?: number;
  untilYear?: number;
};
type Layout = { name: string; detect: string; pupils: string; measures: Measure[] };

export const schoolResultsLayouts: Layout[] = [
  {
    name: 'KS2',
    detect: 'Overall Meet Std',
    pupils: 'KS2 Pupils',
    // "Writing Meet Std" and "Writing Score" are grammar, punctuation and spelling (SOURCE.md), not
    // writing: they are left out rather than stored under the wrong indicator.
    measures: [
      { column: 'Overall Meet Std', indicator: 'KS2RWM_Expected_STD' },
      { column: 'Overall Exceed Std', indicator: 'KS2RWM_Higher_STD' },
      { column: 'Reading Meet Std', indicator: 'KS2R_Expected_STD' },
      { column: 'Maths Meet Std', indicator: 'KS2M_Expected_STD' },
      { column: 'Reading Progress', indicator: 'KS2R_Prog_VA', judgement: 'Reading Progress Desc' },
      { column: 'Writing Progress', indicator: 'KS2W_Prog_VA', judgement: 'Writing Progress Desc' },
      { column: 'Maths Progress', indicator: 'KS2M_Prog_VA', judgement: 'Maths Progress Desc' },
    ],
  },
  {
    name: 'KS4',
    detect: 'Attainment 8',
    pupils: 'KS4 Pupils',
    measures: [
      { column: 'Attainment 8', indicator: 'AVG_Attain8_Score' },
      { column: 'Progress 8', indicator: 'AVG_Prog8_Score', judgement: 'P8 Desc' },
      // The same column held A*–C in English and maths in 2016, and grade 5 or above from 2017.
      { column: 'Eng Maths Grade 5', indicator: 'KS4_AC_EngMaths', untilYear: 2016 },
      { column: 'Eng Maths Grade 5', indicator: 'EngMaths9-5', fromYear: 2017 },
      { column: 'Entering EBacc', indicator: 'EngBacEntries' },
      { column: 'EBacc Avg Score', indicator: 'EngBacAvgPointScore' },
    ],
  },
];

export function isSchoolResultsExtract(header: readonly string[]): boolean {
  return header.includes('Academic Year') && schoolResultsLayouts.some((l) => header.includes(l.detect));
}

const cell = (text: string) => {
  const trimmed = text.trim();
  return readDfeValue(trimmed.endsWith('%') ? trimmed.slice(0, -1) : trimmed);
};

/** Every figure of a national extract, for school rows by URN, in the year each row gives. */
export function readSchoolResults(
  table: CsvTable,
  knownIndicators: ReadonlySet<string>,
): { values: StagedValues; problems: ImportProblem[]; layout: string; years: number[] } {
  const values = emptyStagedValues();
  const problems: ImportProblem[] = [];
  const layout = schoolResultsLayouts.find((l) => table.header.includes(l.detect));
  if (!layout) {
    return {
      values,
      problems: [{ line: 1, message: 'Not a KS2 or KS4 school results extract' }],
      layout: '',
      years: [],
    };
  }
  for (const required of ['URN', 'Academic Year', layout.pupils]) {
    if (!table.header.includes(required)) problems.push({ line: 1, message: `Missing column "${required}"` });
  }
  const measures = layout.measures.filter((m) => table.header.includes(m.column));
  for (const indicator of new Set(measures.map((m) => m.indicator))) {
    if (!knownIndicators.has(indicator)) {
      problems.push({
        line: 1,
        message: `Indicator ${indicator} is not in the catalogue: import the LAIT dictionary first`,
      });
    }
  }
  if (problems.length > 0) return { values, problems, layout: layout.name, years: [] };
  const at = (name: string) => (table.header.includes(name) ? columnIndex(table, name) : -1);
  const urnAt = at('URN');
  const yearAt = at('Academic Year');
  const pupilsAt = at(layout.pupils);
  const years = new Set<number>();
  const seen = new Map<string, number>();

  table.rows.forEach((row, i) => {
    const line = table.lines[i] ?? i + 2;
    const urn = (row[urnAt] ?? '').trim();
    const yearText = (row[yearAt] ?? '').trim();
    if (!/^\d{6}$/.test(urn)) {
      problems.push({ line, column: 'URN', message: `"${urn}" is not a six-digit URN` });
      return;
    }
    if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2000 || Number(yearText) > 2100) {
      problems.push({
        line,
        column: 'Academic Year',
        message: `"${yearText}" is not a year (2018 for 2017/18)`,
      });
      return;
    }
    const year = Number(yearText);
    const earlier = seen.get(`${urn}|${yearText}`);
    if (earlier !== undefined) {
      problems.push({
        line,
        column: 'URN',
        message: `Repeats school ${urn} in ${yearText}, already on line ${earlier}`,
      });
      return;
    }
    seen.set(`${urn}|${yearText}`, line);
    years.add(year);
    const pupilsText = (row[pupilsAt] ?? '').trim();
    const pupils = pupilsText === '' ? null : cell(pupilsText);
    if (pupils !== null && 'error' in pupils) {
      problems.push({ line, column: layout.pupils, message: `The number of pupils ${pupils.error}` });
      return;
    }
    for (const m of measures) {
      if (
        (m.fromYear !== undefined && year < m.fromYear) ||
        (m.untilYear !== undefined && year > m.untilYear)
      )
        continue;
      const text = row[at(m.column)] ?? '';
      // Blank is how the extract writes a suppressed or inapplicable figure: nothing is stored.
      if (text.trim() === '') continue;
      const read = cell(text);
      if ('error' in read) {
        problems.push({ line, column: m.column, message: `The value ${read.error}` });
        continue;
      }
      const judgement = m.judgement === undefined ? '' : (row[at(m.judgement)] ?? '').trim();
      stageRow(values, {
        indicatorKey: m.indicator,
        entityType: 'school',
        entityCode: urn,
        period: yearText,
        periodEnd: year,
        pupilGroup: 'all',
        status: 'final',
        value: read.value,
        suppression: read.suppression,
        numerator: null,
        denominator: pupils === null ? null : pupils.value,
        ciLower: null,
        ciUpper: null,
        publishedRank: null,
        publishedRankOf: null,
        publishedJudgement: judgement === '' ? null : judgement,
        publishedRankJoint: null,
        publishedDecimals: null,
        sourceLine: line,
      });
    }
  });
  if (problems.length > 200)
    problems.splice(200, problems.length - 200, { line: 0, message: 'More problems not listed' });
  return { values, problems, layout: layout.name, years: [...years].sort() };
}
