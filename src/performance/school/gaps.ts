import { breakBetween } from '../compare/breaks.ts';
import { gap } from '../compare/gap.ts';
import { commonDecimals } from '../compare/numbers.ts';
import { derivedWithheld, suppressedMark, withheld } from '../compare/suppression.ts';
import { signed } from '../narrative.ts';
import { academicYearLabel } from '../periods.ts';
import { printedFigure } from '../presenters.ts';
import type { Figure, IndicatorRow } from '../valuesRepository.ts';
import type { Cell, DataTable, FigureCell } from '../../kernel/tables/tables.ts';

// A school's gaps between groups of pupils (seed 000, 5.3: "disadvantaged pupils, boys and SEND"),
// from the group columns of DfE's performance tables: each year the gap inside the school beside
// England's, for the last three years that compare with the latest (never across a methodology
// break). A group smaller than the small-cohort threshold shows "x", and so does its gap.

export type GroupFigure = Figure & { group: string };

type Pair = {
  id: string;
  title: string;
  a: { group: string; name: string };
  b: { group: string; name: string };
};
export const schoolGapPairs: readonly Pair[] = [
  {
    id: 'disadvantaged',
    title: 'Disadvantaged pupils and the rest',
    a: { group: 'disadvantaged', name: 'Disadvantaged' },
    b: { group: 'non_disadvantaged', name: 'Not disadvantaged' },
  },
  {
    // DfE's school tables have no SEN columns: a council's own figures (values template) only.
    id: 'sen',
    title: 'Pupils with SEN support and pupils with no identified SEN',
    a: { group: 'sen_support', name: 'SEN support' },
    b: { group: 'no_sen', name: 'No identified SEN' },
  },
  {
    id: 'boys-girls',
    title: 'Boys and girls',
    a: { group: 'boys', name: 'Boys' },
    b: { group: 'girls', name: 'Girls' },
  },
];

export const schoolGapMeasures: readonly { key: string; label: string }[] = [
  { key: 'KS2RWM_Expected_STD', label: 'Key stage 2 reading, writing and maths, expected standard (%)' },
  { key: 'AVG_Attain8_Score', label: 'Attainment 8' },
  { key: 'EngMaths9-4', label: 'English and maths GCSE, grade 4 or above (%)' },
];

export const schoolGapGroups = [...new Set(schoolGapPairs.flatMap((p) => [p.a.group, p.b.group]))];

export function buildSchoolGaps(input: {
  figures: readonly GroupFigure[];
  indicators: ReadonlyMap<string, IndicatorRow>;
  threshold: number;
  seesSmallCohorts: boolean;
}): DataTable[] {
  const index = new Map(
    input.figures.map((f) => [`${f.indicatorKey}|${f.entityType}|${f.group}|${String(f.periodEnd)}`, f]),
  );
  const find = (key: string, entity: string, group: string, period: number) =>
    index.get(`${key}|${entity}|${group}|${String(period)}`);

  return schoolGapPairs.flatMap((pair) =>
    schoolGapMeasures.flatMap((measure) => {
      const indicator = input.indicators.get(measure.key);
      const years = [
        ...new Set(
          input.figures
            .filter(
              (f) =>
                f.indicatorKey === measure.key &&
                f.entityType === 'school' &&
                (f.group === pair.a.group || f.group === pair.b.group),
            )
            .map((f) => f.periodEnd),
        ),
      ].sort((x, y) => x - y);
      const latest = years.at(-1);
      if (latest === undefined || !indicator) return [];
      // Only years that compare with the latest: a gap before a change of method is another measure.
      const shownYears = years
        .slice(-3)
        .filter((y) => breakBetween(indicator.methodologyFamily, y, latest) === null);
      const places = commonDecimals(
        shownYears.flatMap((y) =>
          [pair.a, pair.b].flatMap((side) => [
            find(measure.key, 'school', side.group, y)?.value ?? null,
            find(measure.key, 'england', side.group, y)?.value ?? null,
          ]),
        ),
        indicator.decimalPlaces,
      );
      const hidden = (f: Figure | undefined) =>
        withheld(f?.denominator ?? null, input.threshold, input.seesSmallCohorts);
      const shown = (f: Figure | undefined, withhold: boolean): FigureCell =>
        withhold ? { value: null, text: suppressedMark } : printedFigure(f, places);
      const gapCell = (a: Figure | undefined, b: Figure | undefined, withhold: boolean): FigureCell => {
        if (withhold) return { value: null, text: suppressedMark };
        const value = gap(a?.value ?? null, b?.value ?? null);
        return value === null ? { value: null, text: 'n/a' } : { value, text: signed(value, places) };
      };
      const table: DataTable = {
        id: `gaps-${pair.id}-${measure.key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        title: `${pair.title}: ${measure.label}`,
        columns: [
          { header: 'Year' },
          { header: pair.a.name, figure: true },
          { header: pair.b.name, figure: true },
          { header: 'Gap in the school', figure: true },
          { header: `England, ${pair.a.name.toLowerCase()}`, figure: true },
          { header: `England, ${pair.b.name.toLowerCase()}`, figure: true },
          { header: 'Gap in England', figure: true },
        ],
        rows: [...shownYears].reverse().map((y): Cell[] => {
          const a = find(measure.key, 'school', pair.a.group, y);
          const b = find(measure.key, 'school', pair.b.group, y);
          const [aHidden, bHidden] = [hidden(a), hidden(b)];
          const englandA = find(measure.key, 'england', pair.a.group, y);
          const englandB = find(measure.key, 'england', pair.b.group, y);
          return [
            academicYearLabel(y),
            shown(a, aHidden),
            shown(b, bHidden),
            gapCell(a, b, derivedWithheld(aHidden, bHidden)),
            shown(englandA, false),
            shown(englandB, false),
            gapCell(englandA, englandB, false),
          ];
        }),
      };
      const earlier = years.slice(-3).filter((y) => !shownYears.includes(y));
      if (earlier.length > 0)
        table.notes = [
          `${earlier.map(academicYearLabel).join(' and ')} left out: ${breakBetween(indicator.methodologyFamily, earlier[0] ?? latest, latest)?.short ?? 'a change of method'}.`,
        ];
      return [table];
    }),
  );
}
