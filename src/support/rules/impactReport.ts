import { formatFigure } from '../../performance/compare/numbers.ts';
import { academicYearLabel } from '../../performance/periods.ts';
import { breakBetween, methodologyBreaks, type MethodologyFamily } from '../../performance/compare/breaks.ts';
import type { DataTable } from '../../kernel/tables/tables.ts';
import { impactOf, type ImpactAnswer, type SchoolFigures } from './impact.ts';

// The impact report (SPEC C6, 8 and 9): the question put to the impact rule, its answer in words a
// board reads, and the tables its page, CSV and workbook share. Pure: the service gathers the
// figures and never comes back here for more.

export type ImpactIndicator = {
  key: string;
  title: string;
  decimalPlaces: number;
  family: MethodologyFamily;
};

export type ImpactInput = {
  /** "Challenge the Gap", "Deployments in 2016/17". */
  scope: string;
  indicator: ImpactIndicator;
  beforeYear: number;
  afterYear: number;
  /** The schools taking part, named, whether or not the data has their figures. */
  participants: readonly { urn: number; name: string }[];
  /** Every school's figures the data holds for the indicator, participants among them. */
  schools: readonly (SchoolFigures & { name: string })[];
};

const signed = (value: number, places: number) => `${value > 0 ? '+' : ''}${formatFigure(value, places)}`;

/** What the answer says, in a sentence or two a board member reads without the table. */
export function impactWords(answer: ImpactAnswer, input: ImpactInput): string {
  if (answer.kind !== 'estimate') return answer.message;
  const dp = input.indicator.decimalPlaces;
  const years = `between ${academicYearLabel(input.beforeYear)} and ${academicYearLabel(input.afterYear)}`;
  const interval = `${signed(answer.lower, dp)} to ${signed(answer.upper, dp)}`;
  const verdict = answer.significant
    ? answer.effect > 0
      ? 'a rise the data can tell from no difference'
      : 'a fall the data can tell from no difference'
    : 'the data cannot tell it from no difference';
  return (
    `The ${String(answer.participants)} schools taking part changed by ${signed(answer.participantChange, dp)} on average ${years}; ` +
    `the ${String(answer.comparators)} schools matched to them changed by ${signed(answer.comparisonChange, dp)}. ` +
    `The difference is ${signed(answer.effect, dp)} (95% confidence interval ${interval}): ${verdict}.`
  );
}

export function impactReportFrom(input: ImpactInput) {
  const taking = new Set(input.participants.map((p) => p.urn));
  const answer = impactOf({
    participants: input.schools.filter((s) => taking.has(s.urn)),
    pool: input.schools.filter((s) => !taking.has(s.urn)),
    beforeYear: input.beforeYear,
    afterYear: input.afterYear,
    methodologyBreaks: methodologyBreaks
      .filter((b) => b.families.includes(input.indicator.family))
      .map((b) => b.from),
  });
  const crossed = breakBetween(input.indicator.family, input.beforeYear, input.afterYear);
  const stated: ImpactAnswer =
    answer.kind === 'methodology break' && crossed
      ? {
          kind: 'methodology break',
          message: `${crossed.reason} ${academicYearLabel(input.beforeYear)} and ${academicYearLabel(input.afterYear)} cannot be compared.`,
        }
      : answer;
  const dp = input.indicator.decimalPlaces;
  const figure = (value: number | null) => ({
    value,
    text: value === null ? 'No figure' : formatFigure(value, dp),
  });
  const change = (value: number | null) => ({
    value,
    text: value === null ? 'No figure' : signed(value, dp),
  });
  const byUrn = new Map(input.schools.map((s) => [s.urn, s]));
  const matched = new Map(
    stated.kind === 'estimate' ? stated.matched.map((m) => [m.urn, m.comparators]) : [],
  );
  const changeOf = (s: SchoolFigures | undefined) =>
    s?.before === null || s?.after === null || s === undefined ? null : s.after - s.before;
  const before = academicYearLabel(input.beforeYear);
  const after = academicYearLabel(input.afterYear);

  const schoolsTable: DataTable = {
    id: 'impact-schools',
    title: `Schools taking part: ${input.indicator.title}`,
    columns: [
      { header: 'School' },
      { header: 'URN' },
      { header: before, figure: true },
      { header: after, figure: true },
      { header: 'Change', figure: true },
      { header: 'Schools matched' },
      { header: 'Their average change', figure: true },
    ],
    rows: [...input.participants]
      .sort((a, b) => a.name.localeCompare(b.name) || a.urn - b.urn)
      .map((p) => {
        const s = byUrn.get(p.urn);
        const comparators = matched.get(p.urn) ?? [];
        const changes = comparators.map((c) => changeOf(byUrn.get(c))).filter((c): c is number => c !== null);
        return [
          p.name,
          String(p.urn),
          figure(s?.before ?? null),
          figure(s?.after ?? null),
          change(changeOf(s)),
          comparators.map(String).join(', '),
          change(changes.length === 0 ? null : changes.reduce((a, b) => a + b, 0) / changes.length),
        ];
      }),
  };
  const summaryTable: DataTable = {
    id: 'impact-summary',
    title: `Difference in differences: ${input.indicator.title}, ${before} to ${after}`,
    columns: [{ header: 'Measure' }, { header: 'Figure', figure: true }],
    rows:
      stated.kind === 'estimate'
        ? [
            [
              'Schools taking part with figures for both years',
              { value: stated.participants, text: String(stated.participants) },
            ],
            ['Schools matched to them', { value: stated.comparators, text: String(stated.comparators) }],
            ['Average change, schools taking part', change(stated.participantChange)],
            ['Average change, schools matched', change(stated.comparisonChange)],
            ['Difference in differences', change(stated.effect)],
            ['95% confidence interval, lower', change(stated.lower)],
            ['95% confidence interval, upper', change(stated.upper)],
          ]
        : stated.kind === 'too few'
          ? [
              [
                'Schools taking part with figures for both years',
                { value: stated.participants, text: String(stated.participants) },
              ],
              ['Schools matched to them', { value: stated.comparators, text: String(stated.comparators) }],
            ]
          : [],
  };
  return {
    scope: input.scope,
    indicator: input.indicator,
    beforeYear: input.beforeYear,
    afterYear: input.afterYear,
    answer: stated,
    words: impactWords(stated, input),
    tables: [summaryTable, schoolsTable],
  };
}

export type ImpactReport = ReturnType<typeof impactReportFrom>;
