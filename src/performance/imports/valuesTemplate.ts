import type { ImportProblem } from '../../kernel/importFiles.ts';
import { readDfeValue } from '../dfeValues.ts';
import { parsePeriod, type ValueStatus } from '../periods.ts';
import type { Area, RepeatedFigure, StagedRow } from './staged.ts';
import type { ValuesReader } from './laitValues.ts';
import type { IndicatorRecord } from './laitDictionary.ts';

// Beacon's long template for councils' own figures, documented in docs/values-template.md.
export const templateRequired = ['entity_type', 'entity_code', 'indicator', 'period', 'value'] as const;
// A joint published rank is written "=140" in published_rank, as DfE's tables write it.
export const templateOptional = [
  'entity_name',
  'group',
  'status',
  'numerator',
  'denominator',
  'ci_lower',
  'ci_upper',
  'published_rank',
  'published_rank_of',
  'published_judgement',
  'published_decimals',
  'la_code',
] as const;
type Column = (typeof templateRequired)[number] | (typeof templateOptional)[number];

const entityTypes = ['la', 'region', 'england', 'school', 'constituency', 'ward'] as const;
type EntityType = (typeof entityTypes)[number];
// ONS's codes: E14 for a Westminster parliamentary constituency, E05 for an electoral ward.
const onsCodes: Partial<Record<EntityType, { pattern: RegExp; example: string; what: string }>> = {
  constituency: { pattern: /^E14\d{6}$/, example: 'E14000581', what: 'a parliamentary constituency' },
  ward: { pattern: /^E05\d{6}$/, example: 'E05000932', what: 'a ward' },
};
const statuses: readonly ValueStatus[] = ['provisional', 'revised', 'final'];
const judgements = ['significantly above', 'significantly below', 'not significantly different'];

export type TemplateContext = {
  indicators: ReadonlyMap<string, { unit: string }>;
  areas: ReadonlySet<string>;
  localAuthorities: ReadonlySet<string>;
  schools: ReadonlySet<number>;
  /** Beacon's own indicators (the area profile's) that the catalogue does not hold yet. */
  builtIn: ReadonlyMap<string, IndicatorRecord>;
};

function optionalNumber(text: string): number | null | 'invalid' {
  if (text === '') return null;
  const read = readDfeValue(text);
  return 'value' in read && read.value !== null ? read.value : 'invalid';
}

function codeProblem(type: EntityType, code: string): string | null {
  const ons = onsCodes[type];
  if (ons)
    return ons.pattern.test(code) ? null : `"${code}" is not ONS’s code for ${ons.what}, like ${ons.example}`;
  if (type === 'school') return /^\d{6}$/.test(code) ? null : `"${code}" is not a six-digit URN`;
  if (type === 'england') return code === '970' ? null : 'England is entity_code 970 (DfE’s LAIT number)';
  if (!/^\d{3}$/.test(code)) return `"${code}" is not a three-digit DfE number`;
  const n = Number(code);
  if (type === 'region' && (n < 980 || n > 990)) return `Regions are numbered 980 to 990, not ${code}`;
  if (type === 'la' && n >= 970) return `LA numbers are below 970, not ${code}`;
  return null;
}

/**
 * Reads and checks the template row by row; problems name the line and column. A figure given
 * twice is found once the rows are staged (`repeatedFigures`), so memory does not grow with the file.
 */
export function valuesTemplateReader(header: readonly string[], context: TemplateContext): ValuesReader {
  const at = new Map<Column, number>();
  for (const c of [...templateRequired, ...templateOptional]) {
    const index = header.indexOf(c);
    if (index >= 0) at.set(c, index);
  }
  const newAreas = new Map<string, Area>();
  const problems: ImportProblem[] = [];
  const newLocalAuthority = (code: string) => newAreas.get(code)?.areaType === 'la';
  const usedBuiltIn = new Map<string, IndicatorRecord>();

  function read(row: readonly string[], line: number): StagedRow | null {
    const cell = (c: Column) => {
      const index = at.get(c);
      return index === undefined ? '' : (row[index] ?? '').trim();
    };
    const problem = (column: Column, message: string) => {
      problems.push({ line, column, message });
    };
    const before = problems.length;

    const type = cell('entity_type') as EntityType;
    const code = cell('entity_code');
    if (!entityTypes.includes(type))
      problem('entity_type', `"${cell('entity_type')}" is not one of ${entityTypes.join(', ')}`);
    else {
      const bad = codeProblem(type, code);
      if (bad) problem('entity_code', bad);
      else if (type === 'school' && !context.schools.has(Number(code)))
        problem('entity_code', `There is no school with URN ${code} in the register`);
      else if (type !== 'school' && !context.areas.has(code) && !newAreas.has(code)) {
        const laCode = cell('la_code');
        if (cell('entity_name') === '')
          problem('entity_name', `${code} is not a known area: give its name in entity_name`);
        else if (onsCodes[type] && !context.localAuthorities.has(laCode) && !newLocalAuthority(laCode))
          problem('la_code', `Give the council ${code} belongs to in la_code, as a known LA number like 343`);
        else
          newAreas.set(code, {
            code,
            name: cell('entity_name'),
            areaType: type,
            regionName: null,
            laCode: onsCodes[type] ? laCode : null,
          });
      }
    }
    const builtIn = context.builtIn.get(cell('indicator'));
    if (builtIn) usedBuiltIn.set(builtIn.key, builtIn);
    const indicator = context.indicators.get(cell('indicator')) ?? builtIn;
    if (!indicator) problem('indicator', `Unknown indicator "${cell('indicator')}"`);
    const period = parsePeriod(cell('period'));
    if (!period) problem('period', `"${cell('period')}" is not a period (for example 2016, 2015/16)`);
    const group = cell('group') || 'all';
    if (!/^[a-z0-9_-]{1,40}$/.test(group))
      problem('group', `"${group}" is not a pupil group code like all, disadvantaged or boys`);
    const read = readDfeValue(cell('value'));
    if ('error' in read) problem('value', `The value ${read.error}`);
    else if (
      read.value !== null &&
      indicator?.unit === 'percentage' &&
      (read.value < 0 || read.value > 100)
    ) {
      problem('value', `${read.value} is not a percentage from 0 to 100`);
    }
    // An empty status cell takes the period's own ("2016 (prov)"), else final.
    const status = cell('status') === '' ? (period?.status ?? 'final') : cell('status');
    if (!statuses.includes(status as ValueStatus))
      problem('status', `"${status}" is not provisional, revised or final`);

    const rankText = cell('published_rank');
    const joint = /^=\s*\d/.test(rankText);
    const numbers = Object.fromEntries(
      (
        ['numerator', 'denominator', 'ci_lower', 'ci_upper', 'published_rank', 'published_rank_of'] as const
      ).map((c) => {
        const n = optionalNumber(c === 'published_rank' && joint ? rankText.slice(1).trim() : cell(c));
        if (n === 'invalid') problem(c, `"${cell(c)}" is not a number`);
        return [c, n === 'invalid' ? null : n];
      }),
    ) as Record<
      'numerator' | 'denominator' | 'ci_lower' | 'ci_upper' | 'published_rank' | 'published_rank_of',
      number | null
    >;
    const value = 'value' in read ? read.value : null;
    if (
      numbers.numerator !== null &&
      numbers.denominator !== null &&
      numbers.numerator > numbers.denominator
    ) {
      problem(
        'numerator',
        `The numerator ${numbers.numerator} is more than the denominator ${numbers.denominator}`,
      );
    }
    if ((numbers.ci_lower === null) !== (numbers.ci_upper === null))
      problem('ci_upper', 'Give both ends of the confidence interval, or neither');
    else if (numbers.ci_lower !== null && numbers.ci_upper !== null) {
      if (numbers.ci_lower > numbers.ci_upper)
        problem('ci_lower', 'The interval’s lower end is above its upper end');
      else if (value !== null && (value < numbers.ci_lower || value > numbers.ci_upper)) {
        problem(
          'value',
          `${value} lies outside its confidence interval ${numbers.ci_lower} to ${numbers.ci_upper}`,
        );
      }
    }
    const rank = numbers.published_rank;
    const rankOf = numbers.published_rank_of;
    if ((rank === null) !== (rankOf === null))
      problem('published_rank_of', 'Give a published rank with the number of LAs it is out of');
    else if (
      rank !== null &&
      rankOf !== null &&
      (!Number.isInteger(rank) || !Number.isInteger(rankOf) || rank < 1 || rank > rankOf)
    ) {
      problem('published_rank', `Rank ${rank} out of ${rankOf} is not a rank`);
    }
    const decimalsText = cell('published_decimals');
    const decimals = decimalsText === '' ? null : Number(decimalsText);
    if (decimals !== null && !(/^\d$/.test(decimalsText) && decimals <= 4))
      problem('published_decimals', `"${decimalsText}" is not a number of decimal places from 0 to 4`);
    const judgement = cell('published_judgement');
    if (judgement !== '' && !judgements.includes(judgement))
      problem('published_judgement', `"${judgement}" is not one of: ${judgements.join('; ')}`);

    if (problems.length > before || !period || !indicator || 'error' in read) return null;
    return {
      indicatorKey: cell('indicator'),
      entityType: type,
      entityCode: code,
      period: period.label,
      periodEnd: period.end,
      pupilGroup: group,
      status,
      value: read.value,
      suppression: read.suppression,
      numerator: numbers.numerator,
      denominator: numbers.denominator,
      ciLower: numbers.ci_lower,
      ciUpper: numbers.ci_upper,
      publishedRank: rank,
      publishedRankOf: rankOf,
      publishedJudgement: judgement === '' ? null : judgement,
      publishedRankJoint: rank === null ? null : joint,
      publishedDecimals: decimals,
      sourceLine: line,
    };
  }
  return {
    read,
    problems,
    rejected: [],
    areas: () => [...newAreas.values()],
    indicators: () => [...usedBuiltIn.values()],
  };
}

/** The template's words for a figure given twice. */
export const templateRepeat = (r: RepeatedFigure) =>
  `Repeats ${r.indicatorKey} for ${r.entityType} ${r.entityCode} in ${r.period} (${r.pupilGroup}), already on line ${String(r.firstLine)}`;
