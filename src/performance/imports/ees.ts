import {
  columnIndex,
  type CsvTable,
  type ImportProblem,
  type RejectedRow,
} from '../../kernel/importFiles.ts';
import { readDfeValue } from '../dfeValues.ts';
import { emptyStagedValues, stageRow, withoutDetails, type StagedValues } from './staged.ts';

// DfE's explore-education-statistics "tidy" files: one row per time period × geography × filter
// combination, one column per indicator. Each dataset names its own columns, so the council says
// which columns are which catalogue indicators, which filter values to keep, and which filter
// holds the pupil group.
export const eesRequired = ['time_period', 'time_identifier', 'geographic_level'] as const;

export type EesMapping = {
  indicators: Record<string, string>;
  filters: Record<string, string>;
  groupColumn?: string;
  groups: Record<string, string>;
};

// ONS region codes as EES writes them, to the region numbers LAIT uses (data/external/dfe-lait).
const regionNumbers: Record<string, string> = {
  E12000001: '980',
  E12000002: '981',
  E12000003: '982',
  E12000004: '983',
  E12000005: '984',
  E12000006: '985',
  E12000007: '986',
  E12000008: '989',
  E12000009: '990',
};

/**
 * "201819" with an academic or financial year is 2018/19, ending 2019; "2019" a calendar year.
 * An academic year is labelled by its end, as LAIT labels it, so the same figure from both sources
 * is the same figure.
 */
export function eesPeriod(timePeriod: string, identifier: string): { label: string; end: number } | null {
  const kind = identifier.trim().toLowerCase();
  if (kind === 'academic year' || kind === 'financial year') {
    const match = /^(\d{4})(\d{2})$/.exec(timePeriod.trim());
    if (!match) return null;
    const start = Number(match[1]);
    const end = Math.floor(start / 100) * 100 + Number(match[2]);
    const fixedEnd = end < start ? end + 100 : end;
    if (fixedEnd !== start + 1) return null;
    return { label: kind === 'academic year' ? String(fixedEnd) : `${start}/${match[2]}`, end: fixedEnd };
  }
  if (kind === 'calendar year')
    return /^\d{4}$/.test(timePeriod.trim()) ? { label: timePeriod.trim(), end: Number(timePeriod) } : null;
  return null;
}

type Entity =
  | { type: 'england' | 'region' | 'la' | 'school'; code: string }
  | { skip: string }
  | { problem: string; column: string };

function entityOf(row: string[], at: (c: string) => number): Entity {
  const cell = (c: string) => (at(c) < 0 ? '' : (row[at(c)] ?? '').trim());
  const level = cell('geographic_level');
  switch (level) {
    case 'National':
      return { type: 'england', code: '970' };
    case 'Regional': {
      const region = regionNumbers[cell('region_code')];
      return region
        ? { type: 'region', code: region }
        : { problem: `"${cell('region_code')}" is not an English region code`, column: 'region_code' };
    }
    case 'Local authority':
      return /^\d{3}$/.test(cell('old_la_code'))
        ? { type: 'la', code: cell('old_la_code') }
        : { problem: `"${cell('old_la_code')}" is not a three-digit LA number`, column: 'old_la_code' };
    case 'School':
      return /^\d{6}$/.test(cell('school_urn'))
        ? { type: 'school', code: cell('school_urn') }
        : { problem: `"${cell('school_urn')}" is not a six-digit URN`, column: 'school_urn' };
    default:
      return { skip: `${level || 'no'} geographic level: Beacon holds England, regions, LAs and schools` };
  }
}

export function readEes(
  table: CsvTable,
  mapping: EesMapping,
  knownIndicators: ReadonlySet<string>,
): { values: StagedValues; problems: ImportProblem[]; rejected: RejectedRow[] } {
  const values = emptyStagedValues();
  const problems: ImportProblem[] = [];
  const rejected: RejectedRow[] = [];
  const has = (c: string) => table.header.includes(c);
  const at = (c: string) => (has(c) ? columnIndex(table, c) : -1);
  const named = [
    ...Object.keys(mapping.indicators),
    ...Object.keys(mapping.filters),
    ...(mapping.groupColumn ? [mapping.groupColumn] : []),
  ];
  for (const column of named)
    if (!has(column)) problems.push({ line: 1, message: `There is no column "${column}" in the file` });
  for (const [column, key] of Object.entries(mapping.indicators)) {
    if (!knownIndicators.has(key))
      problems.push({ line: 1, column, message: `Unknown indicator "${key}" for column ${column}` });
  }
  if (Object.keys(mapping.indicators).length === 0)
    problems.push({ line: 1, message: 'Say which columns to import, as column=INDICATOR_KEY' });
  if (problems.length > 0) return { values, problems, rejected };
  const seen = new Map<string, number>();

  table.rows.forEach((row, i) => {
    const line = table.lines[i] ?? i + 2;
    const cell = (c: string) => (row[at(c)] ?? '').trim();
    const unmatched = Object.entries(mapping.filters).find(([column, wanted]) => cell(column) !== wanted);
    if (unmatched) return;
    let group = 'all';
    if (mapping.groupColumn) {
      const code = mapping.groups[cell(mapping.groupColumn)];
      if (code === undefined) {
        rejected.push({
          line,
          reason: `${mapping.groupColumn} "${cell(mapping.groupColumn)}" is not a group you asked for`,
        });
        return;
      }
      group = code;
    }
    const period = eesPeriod(cell('time_period'), cell('time_identifier'));
    if (!period) {
      problems.push({
        line,
        column: 'time_period',
        message: `"${cell('time_period')}" (${cell('time_identifier')}) is not a period Beacon reads: academic, financial or calendar years`,
      });
      return;
    }
    const entity = entityOf(row, at);
    if ('skip' in entity) {
      rejected.push({ line, reason: entity.skip });
      return;
    }
    if ('problem' in entity) {
      problems.push({ line, column: entity.column, message: entity.problem });
      return;
    }
    const identity = `${entity.type}|${entity.code}|${period.end}|${group}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      problems.push({
        line,
        message: `Repeats ${entity.type} ${entity.code} for ${period.label} (${group}), already on line ${earlier}: add a --filter to choose one row`,
      });
      return;
    }
    seen.set(identity, line);
    for (const [column, key] of Object.entries(mapping.indicators)) {
      const read = readDfeValue(cell(column));
      if ('error' in read) {
        problems.push({ line, column, message: `The value ${read.error}` });
        continue;
      }
      stageRow(values, {
        indicatorKey: key,
        entityType: entity.type,
        entityCode: entity.code,
        period: period.label,
        periodEnd: period.end,
        pupilGroup: group,
        status: 'final',
        value: read.value,
        suppression: read.suppression,
        ...withoutDetails,
        sourceLine: line,
      });
    }
  });
  return { values, problems, rejected };
}

/**
 * The mapping as a person writes it on the upload page, one instruction a line, in the words of
 * the command's options: "indicator column=KEY", "filter column=value", "group-column column",
 * "group value=code". Returns the mapping or the lines it could not read.
 */
export function parseEesMapping(text: string): { mapping: EesMapping } | { problems: string[] } {
  const mapping: EesMapping = { indicators: {}, filters: {}, groups: {} };
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const space = line.indexOf(' ');
    const word = space < 0 ? line : line.slice(0, space);
    const rest = space < 0 ? '' : line.slice(space + 1).trim();
    const at = rest.indexOf('=');
    const pair = at > 0 ? ([rest.slice(0, at).trim(), rest.slice(at + 1).trim()] as const) : undefined;
    if (word === 'group-column' && rest !== '') mapping.groupColumn = rest;
    else if (word === 'indicator' && pair) mapping.indicators[pair[0]] = pair[1];
    else if (word === 'filter' && pair) mapping.filters[pair[0]] = pair[1];
    else if (word === 'group' && pair) mapping.groups[pair[0]] = pair[1];
    else
      problems.push(
        `Line ${i + 1} of the mapping, "${line}", should read like "indicator column=KEY", "filter column=value", "group-column column" or "group value=code"`,
      );
  });
  return problems.length > 0 ? { problems } : { mapping };
}
