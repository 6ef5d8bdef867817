import {
  columnIndex,
  type CsvTable,
  type ImportProblem,
  type RejectedRow,
} from '../../kernel/importFiles.ts';
import { readDfeValue } from '../dfeValues.ts';
import type { IndicatorRecord } from './laitDictionary.ts';
import { emptyStagedValues, stageRow, withoutDetails, type StagedValues } from './staged.ts';
import type { contextBenchmarks } from '../schema.ts';
import { quintileCutPoints } from '../compare/quintiles.ts';

// A school's context from DfE's performance-tables downloads, one row per school: the January
// school census (england_census.csv: pupils on roll, free school meals, English as an additional
// language, special educational needs) and absence (england_abs.csv). Each column Beacon reads is
// an indicator of its own, which the import adds to the catalogue.

type Measure = { column: string; indicator: IndicatorRecord; percentage: boolean };

const census = 'DfE school census (performance tables)';
const absence = 'DfE school absence (performance tables)';

function indicator(
  key: string,
  title: string,
  source: string,
  unit: IndicatorRecord['unit'],
  polarity: IndicatorRecord['polarity'],
): IndicatorRecord {
  return {
    key,
    title,
    topic: 'School context',
    unit,
    unitLabel: unit === 'percentage' ? '%' : '',
    polarity,
    decimalPlaces: unit === 'percentage' ? 1 : 0,
    noQuartile: true,
    periodType: 'Academic Year',
    methodologyFamily: 'other',
    source,
    description: '',
  };
}

export type ContextLayout = {
  kind: 'census' | 'absence';
  title: string;
  /** What the Import data page and `beacon import school-KIND --help` call it, and say of it. */
  uploadTitle: string;
  hint: string;
  required: string[];
  measures: Measure[];
};

export const schoolContextLayouts: readonly ContextLayout[] = [
  {
    kind: 'census',
    title: 'School census',
    uploadTitle: 'School census (every school’s context)',
    hint: 'england_census.csv from DfE’s performance tables: pupils on roll, free school meals, English as an additional language, SEN. Give the year the census was taken in (2019 for January 2019).',
    required: ['URN', 'LA', 'NOR', 'PNUMFSMEVER', 'PNUMEAL', 'PSENELK', 'PSENELSE'],
    measures: [
      {
        column: 'NOR',
        percentage: false,
        indicator: indicator('SCH_NOR', 'Pupils on roll', census, 'count', 'neither'),
      },
      {
        column: 'PNUMFSMEVER',
        percentage: true,
        indicator: indicator(
          'SCH_FSM6_PCT',
          'Pupils eligible for free school meals in the last six years (disadvantaged) (%)',
          census,
          'percentage',
          'neither',
        ),
      },
      {
        column: 'PNUMEAL',
        percentage: true,
        indicator: indicator(
          'SCH_EAL_PCT',
          'Pupils with English as an additional language (%)',
          census,
          'percentage',
          'neither',
        ),
      },
      {
        column: 'PSENELK',
        percentage: true,
        indicator: indicator(
          'SCH_SEN_SUPPORT_PCT',
          'Pupils with SEN support (%)',
          census,
          'percentage',
          'neither',
        ),
      },
      {
        column: 'PSENELSE',
        percentage: true,
        indicator: indicator(
          'SCH_EHCP_PCT',
          'Pupils with an education, health and care plan (%)',
          census,
          'percentage',
          'neither',
        ),
      },
    ],
  },
  {
    kind: 'absence',
    title: 'School absence',
    uploadTitle: 'School absence (every school)',
    hint: 'england_abs.csv from DfE’s performance tables: overall and persistent absence. Give the year the school year ends in (2019 for 2018/19).',
    required: ['URN', 'LA', 'PERCTOT', 'PPERSABS10'],
    measures: [
      {
        column: 'PERCTOT',
        percentage: true,
        indicator: indicator(
          'SCH_ABS_OVERALL',
          'Overall absence (% of sessions)',
          absence,
          'percentage',
          'lower',
        ),
      },
      {
        column: 'PPERSABS10',
        percentage: true,
        indicator: indicator(
          'SCH_ABS_PERSISTENT',
          'Persistent absentees (% of pupils missing 10% or more of sessions)',
          absence,
          'percentage',
          'lower',
        ),
      },
    ],
  },
];

export const schoolContextKeys = schoolContextLayouts.flatMap((l) => l.measures.map((m) => m.indicator.key));

export type ContextBenchmark = typeof contextBenchmarks.$inferInsert;

const phases = ['PRI', 'SEC', 'SPE'] as const;

/**
 * What each school is set beside: England's figure for each phase from the file's national rows
 * ("NAT"), and the fifths of every school in the file with a figure, registered or not.
 */
function benchmarksOf(
  layout: ContextLayout,
  period: number,
  national: ReadonlyMap<string, ReadonlyMap<string, number | null>>,
  everySchool: ReadonlyMap<string, number[]>,
): ContextBenchmark[] {
  return layout.measures.flatMap((m) => {
    const key = m.indicator.key;
    const all = everySchool.get(key) ?? [];
    const cuts = quintileCutPoints(all);
    return [
      ...[...national].map(([phase, figures]) => ({
        indicatorKey: key,
        periodEnd: period,
        phase: phase as ContextBenchmark['phase'],
        england: figures.get(key) ?? null,
        schools: 0,
      })),
      {
        indicatorKey: key,
        periodEnd: period,
        phase: 'ALL' as const,
        england: null,
        q20: cuts?.[0] ?? null,
        q40: cuts?.[1] ?? null,
        q60: cuts?.[2] ?? null,
        q80: cuts?.[3] ?? null,
        schools: all.length,
      },
    ];
  });
}

/**
 * Reads a census or absence file. Every problem is reported with its line and column, and any
 * problem refuses the whole file; a school not in the register is set aside and listed, not imported.
 */
export function readSchoolContext(
  table: CsvTable,
  layout: ContextLayout,
  period: number,
  registered: ReadonlySet<number>,
): {
  values: StagedValues;
  benchmarks: ContextBenchmark[];
  problems: ImportProblem[];
  rejected: RejectedRow[];
} {
  const problems: ImportProblem[] = [];
  const rejected: RejectedRow[] = [];
  const values = emptyStagedValues();
  const national = new Map<string, Map<string, number | null>>();
  const everySchool = new Map<string, number[]>();
  for (const column of layout.required) {
    if (!table.header.includes(column))
      problems.push({
        line: 1,
        column,
        message: `The ${layout.title.toLowerCase()} file has no "${column}" column`,
      });
  }
  if (problems.length > 0) return { values, benchmarks: [], problems, rejected };
  const urnAt = columnIndex(table, 'URN');
  const measures = layout.measures.map((m) => ({ ...m, at: columnIndex(table, m.column) }));
  table.rows.forEach((row, i) => {
    const line = table.lines[i] ?? i + 2;
    const urnText = (row[urnAt] ?? '').trim();
    const cells = row.map((c) => c.trim());
    // England's rows: "NAT" with the phase (PRI, SEC, SPE) in another code column.
    if (cells.includes('NAT')) {
      const phase = phases.find((p) => cells.includes(p));
      if (!phase) {
        problems.push({ line, message: 'An England (NAT) row names no phase: PRI, SEC or SPE' });
        return;
      }
      national.set(
        phase,
        new Map(
          measures.map((m) => {
            const read = readDfeValue(row[m.at] ?? '');
            return [m.indicator.key, 'value' in read ? read.value : null];
          }),
        ),
      );
      return;
    }
    if (!/^\d{6}$/.test(urnText)) {
      problems.push({ line, column: 'URN', message: `"${urnText}" is not a six-digit URN` });
      return;
    }
    const urn = Number(urnText);
    // Every school's figure counts towards the fifths England's schools fall into.
    for (const m of measures) {
      const read = readDfeValue(row[m.at] ?? '');
      if ('value' in read && read.value !== null && read.value >= 0 && (!m.percentage || read.value <= 100)) {
        const list = everySchool.get(m.indicator.key) ?? [];
        list.push(read.value);
        everySchool.set(m.indicator.key, list);
      }
    }
    if (!registered.has(urn)) {
      rejected.push({ line, reason: `URN ${urnText} is not in the schools register` });
      return;
    }
    for (const m of measures) {
      const text = (row[m.at] ?? '').trim();
      if (text === '') continue;
      const read = readDfeValue(text);
      if ('error' in read) {
        problems.push({ line, column: m.column, message: `The value ${read.error}` });
        continue;
      }
      if (read.value !== null && (read.value < 0 || (m.percentage && read.value > 100))) {
        problems.push({
          line,
          column: m.column,
          message: `${text} is not a ${m.percentage ? 'percentage between 0 and 100' : 'count of 0 or more'}`,
        });
        continue;
      }
      stageRow(values, {
        indicatorKey: m.indicator.key,
        entityType: 'school',
        entityCode: urnText,
        period: String(period),
        periodEnd: period,
        pupilGroup: 'all',
        status: 'final',
        value: read.value,
        suppression: read.suppression,
        ...withoutDetails,
        sourceLine: line,
      });
    }
  });
  return { values, benchmarks: benchmarksOf(layout, period, national, everySchool), problems, rejected };
}
