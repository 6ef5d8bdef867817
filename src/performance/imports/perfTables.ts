import {
  columnIndex,
  type CsvTable,
  type ImportProblem,
  type RejectedRow,
} from '../../kernel/importFiles.ts';
import { readDfeValue } from '../dfeValues.ts';
import { publishedProgress8Band } from '../compare/significance.ts';
import { emptyStagedValues, stageRow, type Area, type StagedValues } from './staged.ts';

// DfE's school performance-table CSVs (the "compare school performance" download): one row per
// school, LA and England, in DfE's own column names. Which DfE column is which catalogue indicator:
type Measure = {
  column: string;
  indicator: string;
  ciLower?: string;
  ciUpper?: string;
  denominator?: string;
  /** DfE's own band for the figure (P8_BANDING: 1 well above average … 5 well below, or a code). */
  band?: string;
  /** The pupils the figure is of, when not all: the groups seed 000's gaps are between. */
  group?: 'disadvantaged' | 'non_disadvantaged' | 'boys' | 'girls';
};
type Entity = 'school' | 'la' | 'england' | 'skip';
type Layout = {
  name: string;
  detect: string;
  rectypes: Record<string, Entity>;
  englandRectype: string;
  measures: Measure[];
};

type Group = NonNullable<Measure['group']>;

/** A measure's columns for groups of pupils: the figure's column and the column counting the group. */
function grouped(
  indicator: string,
  columns: Record<Group, [column: string, denominator: string]>,
): Measure[] {
  return Object.entries(columns).map(([group, [column, denominator]]) => ({
    column,
    indicator,
    denominator,
    group: group as Group,
  }));
}

export const perfTableLayouts: Layout[] = [
  {
    name: 'KS2',
    detect: 'PTRWM_EXP',
    // Meta file: 1 mainstream, 2 special, 3 LA, 4 England all schools, 5 England state-funded.
    rectypes: { '1': 'school', '2': 'school', '3': 'la', '4': 'skip', '5': 'england' },
    englandRectype: '5',
    measures: [
      { column: 'PTRWM_EXP', indicator: 'KS2RWM_Expected_STD', denominator: 'TELIG' },
      { column: 'PTRWM_HIGH', indicator: 'KS2RWM_Higher_STD', denominator: 'TELIG' },
      { column: 'PTREAD_EXP', indicator: 'KS2R_Expected_STD', denominator: 'TELIG' },
      { column: 'PTWRITTA_EXP', indicator: 'KS2W_Teacher_Assess', denominator: 'TELIG' },
      { column: 'PTMAT_EXP', indicator: 'KS2M_Expected_STD', denominator: 'TELIG' },
      { column: 'READPROG', indicator: 'KS2R_Prog_VA', ciLower: 'READPROG_LOWER', ciUpper: 'READPROG_UPPER' },
      { column: 'WRITPROG', indicator: 'KS2W_Prog_VA', ciLower: 'WRITPROG_LOWER', ciUpper: 'WRITPROG_UPPER' },
      { column: 'MATPROG', indicator: 'KS2M_Prog_VA', ciLower: 'MATPROG_LOWER', ciUpper: 'MATPROG_UPPER' },
      // The same measure for groups of pupils, each with its own count (DfE's "FSM6CLA1A" is
      // disadvantaged: free school meals in the last six years, or looked after).
      ...grouped('KS2RWM_Expected_STD', {
        disadvantaged: ['PTRWM_EXP_FSM6CLA1A', 'TFSM6CLA1A'],
        non_disadvantaged: ['PTRWM_EXP_NotFSM6CLA1A', 'TNotFSM6CLA1A'],
        boys: ['PTRWM_EXP_B', 'BELIG'],
        girls: ['PTRWM_EXP_G', 'GELIG'],
      }),
    ],
  },
  {
    name: 'KS4',
    detect: 'ATT8SCR',
    // 1 school, 2 special and others, 4 LA, 5 England all schools, 7 England state-funded.
    rectypes: { '1': 'school', '2': 'school', '4': 'la', '5': 'skip', '7': 'england' },
    englandRectype: '7',
    measures: [
      { column: 'ATT8SCR', indicator: 'AVG_Attain8_Score', denominator: 'TPUP' },
      {
        column: 'P8MEA',
        indicator: 'AVG_Prog8_Score',
        ciLower: 'P8CILOW',
        ciUpper: 'P8CIUPP',
        band: 'P8_BANDING',
      },
      { column: 'PTL2BASICS_94', indicator: 'EngMaths9-4', denominator: 'TPUP' },
      { column: 'PTL2BASICS_95', indicator: 'EngMaths9-5', denominator: 'TPUP' },
      { column: 'PTEBACC_E_PTQ_EE', indicator: 'EngBacEntries', denominator: 'TPUP' },
      { column: 'EBACCAPS', indicator: 'EngBacAvgPointScore', denominator: 'TPUP' },
      ...grouped('AVG_Attain8_Score', {
        disadvantaged: ['ATT8SCR_FSM6CLA1A', 'TFSM6CLA1A'],
        non_disadvantaged: ['ATT8SCR_NFSM6CLA1A', 'TNOTFSM6CLA1A'],
        boys: ['ATT8SCR_BOYS', 'BPUP'],
        girls: ['ATT8SCR_GIRLS', 'GPUP'],
      }),
      ...grouped('EngMaths9-4', {
        disadvantaged: ['PTFSM6CLA1ABASICS_94', 'TFSM6CLA1A'],
        non_disadvantaged: ['PTNOTFSM6CLA1ABASICS_94', 'TNOTFSM6CLA1A'],
        boys: ['PBL2BASICS_94', 'BPUP'],
        girls: ['PGL2BASICS_94', 'GPUP'],
      }),
    ],
  },
];

export function layoutOf(header: readonly string[]): Layout | undefined {
  return perfTableLayouts.find((l) => header.includes(l.detect));
}

/** "2018-2019_850_ks2final.csv" is 2018/19, written 2019; null when the name says no year. */
export function periodFromFileName(name: string): number | null {
  const match = /(\d{4})-(\d{4})/.exec(name);
  if (!match) return null;
  const [start, end] = [Number(match[1]), Number(match[2])];
  return end === start + 1 ? end : null;
}

// "72%" is 72; other values are numbers or DfE codes.
function readCell(text: string) {
  const trimmed = text.trim();
  return readDfeValue(trimmed.endsWith('%') ? trimmed.slice(0, -1) : trimmed);
}

/** DfE names its provisional files so ("england_ks4provisional.csv"); the others are final. */
export function statusFromFileName(name: string): 'provisional' | 'final' {
  return /provisional/i.test(name) ? 'provisional' : 'final';
}

export function readPerfTable(
  table: CsvTable,
  period: number,
  knownIndicators: ReadonlySet<string>,
  status: 'provisional' | 'final' = 'final',
): {
  values: StagedValues;
  problems: ImportProblem[];
  rejected: RejectedRow[];
  layout: string;
  /** The LAs and England the file has rows for, named as it names them. */
  areas: Area[];
} {
  const problems: ImportProblem[] = [];
  const areas = new Map<string, Area>();
  const rejected: RejectedRow[] = [];
  const values = emptyStagedValues();
  const layout = layoutOf(table.header);
  if (!layout) {
    return {
      values,
      problems: [
        { line: 1, message: 'Not a KS2 or KS4 performance table: there is no PTRWM_EXP or ATT8SCR column' },
      ],
      rejected,
      layout: '',
      areas: [],
    };
  }
  for (const required of ['RECTYPE', 'LEA', 'URN']) {
    if (!table.header.includes(required)) problems.push({ line: 1, message: `Missing column "${required}"` });
  }
  const measures = layout.measures.filter((m) => table.header.includes(m.column));
  for (const m of measures) {
    if (!knownIndicators.has(m.indicator))
      problems.push({
        line: 1,
        column: m.column,
        message: `Indicator ${m.indicator} is not in the catalogue: import the LAIT dictionary first`,
      });
  }
  if (problems.length > 0) return { values, problems, rejected, layout: layout.name, areas: [] };
  const rectype = columnIndex(table, 'RECTYPE');
  const lea = columnIndex(table, 'LEA');
  const urn = columnIndex(table, 'URN');
  const schname = table.header.indexOf('SCHNAME');
  const at = (name: string | undefined) =>
    name !== undefined && table.header.includes(name) ? columnIndex(table, name) : -1;
  let englandRows = 0;

  table.rows.forEach((row, i) => {
    const line = table.lines[i] ?? i + 2;
    const type = (row[rectype] ?? '').trim();
    const entity = layout.rectypes[type];
    if (entity === undefined) {
      problems.push({
        line,
        column: 'RECTYPE',
        message: `Record type "${type}" is not one DfE uses in a ${layout.name} table`,
      });
      return;
    }
    if (entity === 'skip') {
      rejected.push({
        line,
        reason: `England (all schools, record type ${type}): Beacon’s national comparator is state-funded schools`,
      });
      return;
    }
    if (entity === 'england') englandRows += 1;
    const code =
      entity === 'school' ? (row[urn] ?? '').trim() : entity === 'la' ? (row[lea] ?? '').trim() : '970';
    if (entity === 'school' && !/^\d{6}$/.test(code)) {
      problems.push({ line, column: 'URN', message: `"${code}" is not a six-digit URN` });
      return;
    }
    if (entity === 'la' && !/^\d{3}$/.test(code)) {
      problems.push({ line, column: 'LEA', message: `"${code}" is not a three-digit LA number` });
      return;
    }
    // An LA's row gives its name where a school's would be (SCHNAME "Hampshire").
    const name = schname < 0 ? '' : (row[schname] ?? '').trim();
    if (entity === 'la')
      areas.set(code, { code, name: name || `LA ${code}`, areaType: 'la', regionName: null });
    if (entity === 'england')
      areas.set(code, { code, name: 'England', areaType: 'england', regionName: null });
    for (const m of measures) {
      const text = row[at(m.column)] ?? '';
      // A blank cell is no figure at all (not applicable to this school): nothing is stored.
      if (text.trim() === '') continue;
      const read = readCell(text);
      if ('error' in read) {
        problems.push({ line, column: m.column, message: `The value ${read.error}` });
        continue;
      }
      // Kept in words ("well above average"), or as the code DfE published in the band's place.
      const bandOf = (column: string | undefined) => {
        const code = at(column) < 0 ? '' : (row[at(column)] ?? '').trim();
        if (code === '') return null;
        const published = publishedProgress8Band(code);
        if (!published) return undefined;
        return 'band' in published ? published.band : code;
      };
      const number = (column: string | undefined) => {
        const cell = at(column) < 0 ? '' : (row[at(column)] ?? '');
        if (cell.trim() === '') return null;
        const r = readCell(cell);
        return 'value' in r ? r.value : null;
      };
      const band = bandOf(m.band);
      if (band === undefined) {
        problems.push({
          line,
          column: m.band,
          message: `The band "${row[at(m.band)]?.trim() ?? ''}" is neither one of DfE’s bands (1 to 5) nor one of its codes (SUPP, NA, …)`,
        });
        continue;
      }
      stageRow(values, {
        indicatorKey: m.indicator,
        entityType: entity,
        entityCode: code,
        period: String(period),
        periodEnd: period,
        pupilGroup: m.group ?? 'all',
        status,
        value: read.value,
        suppression: read.suppression,
        numerator: null,
        denominator: number(m.denominator),
        ciLower: number(m.ciLower),
        ciUpper: number(m.ciUpper),
        publishedRank: null,
        publishedRankOf: null,
        publishedJudgement: band,
        publishedRankJoint: null,
        publishedDecimals: null,
        sourceLine: line,
      });
    }
  });
  if (englandRows === 0) {
    problems.push({
      line: (table.lines.at(-1) ?? 1) + 1,
      column: 'RECTYPE',
      message: `There is no England (state-funded) row, record type ${layout.englandRectype}: DfE puts it at the end, so the file may be truncated`,
    });
  }
  return { values, problems, rejected, layout: layout.name, areas: [...areas.values()] };
}
