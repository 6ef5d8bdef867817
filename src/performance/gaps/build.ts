import { breakBetween, breaksWithin, notComparable } from '../compare/breaks.ts';
import { commonDecimals, difference } from '../compare/numbers.ts';
import { gap, gapWidth, halvedGap, widthDirection } from '../compare/gap.ts';
import { signed } from '../narrative.ts';
import { academicYearLabel } from '../periods.ts';
import type { IndicatorRow } from '../valuesRepository.ts';
import { figureAt } from '../presenters.ts';
import type { Cell, DataTable, FigureCell } from '../../kernel/tables/tables.ts';
import { trendChart } from '../../kernel/tables/charts.ts';
import type { GapMeasure, GapSection, GapSide } from './layout.ts';

// An LA's gaps between pupil groups over time, each against the same gap in England.

export type GroupFigure = {
  indicatorKey: string;
  entityType: string;
  pupilGroup: string;
  periodEnd: number;
  value: number | null;
};

export type GapsInput = {
  area: { code: string; name: string };
  sections: readonly GapSection[];
  indicators: ReadonlyMap<string, IndicatorRow>;
  figures: readonly GroupFigure[];
};

function widthWords(width: string, comparedWith: string): string {
  return width === 'the same' ? `the same as ${comparedWith}` : `${width} than ${comparedWith}`;
}

function measureView(
  input: GapsInput,
  measure: GapMeasure,
  find: (side: GapSide, type: string, p: number) => number | null,
) {
  const indicator = input.indicators.get(measure.a.key);
  const periods = [
    ...new Set(
      input.figures
        .filter(
          (f) =>
            f.entityType === 'la' &&
            [measure.a, measure.b].some((s) => s.key === f.indicatorKey && s.group === f.pupilGroup),
        )
        .map((f) => f.periodEnd),
    ),
  ].sort((x, y) => x - y);
  const rows = periods.map((p) => {
    const la = gap(find(measure.a, 'la', p), find(measure.b, 'la', p));
    const england = gap(find(measure.a, 'england', p), find(measure.b, 'england', p));
    return { period: p, la, england, a: find(measure.a, 'la', p), b: find(measure.b, 'la', p) };
  });
  const present = rows.filter((r) => r.la !== null);
  if (present.length === 0 || !indicator) return null;
  const places = commonDecimals(
    rows.flatMap((r) => [r.a, r.b]),
    indicator.decimalPlaces,
  );
  const cell = (value: number | null) => figureAt(value, places);
  const family = indicator.methodologyFamily;

  const table: DataTable = {
    id: measure.id,
    title: measure.label,
    columns: [
      { header: 'Year' },
      { header: `${input.area.name}: ${measure.a.name}`, figure: true },
      { header: `${input.area.name}: ${measure.b.name}`, figure: true },
      { header: `${input.area.name}: gap`, figure: true },
      { header: 'England: gap', figure: true },
      { header: 'Against England’s gap' },
      { header: 'Since last year', figure: true },
    ],
    rows: rows.map((r, i): Cell[] => {
      const before = rows[i - 1];
      const crossed = before ? breakBetween(family, before.period, r.period) : null;
      let since: FigureCell = { value: null, text: 'n/a' };
      if (crossed) since = { value: null, text: notComparable(crossed) };
      else if (before?.la != null && before.period === r.period - 1 && r.la !== null) {
        const width = gapWidth(r.la, before.la, places);
        const change = difference(Math.abs(r.la), Math.abs(before.la));
        since = {
          value: change,
          text: signed(change, places),
          judgement: { direction: widthDirection(width), words: width === 'the same' ? 'unchanged' : width },
        };
      }
      return [
        academicYearLabel(r.period),
        cell(r.a),
        cell(r.b),
        cell(r.la),
        cell(r.england),
        r.la === null || r.england === null
          ? 'n/a'
          : widthWords(gapWidth(r.la, r.england, places), 'England’s'),
        since,
      ];
    }),
  };

  const first = present[0];
  const last = present.at(-1);
  const sentences: string[] = [];
  if (last?.la != null) {
    const vsEngland =
      last.england === null
        ? ''
        : `, ${widthWords(gapWidth(last.la, last.england, places), 'England’s')} (${signed(last.england, places)})`;
    sentences.push(
      `${measure.label}: in ${academicYearLabel(last.period)} the gap between ${measure.a.name.toLowerCase()} and ${measure.b.name.toLowerCase()} pupils in ${input.area.name} was ${signed(last.la, places)}${vsEngland}.`,
    );
    if (first && first !== last && first.la !== null && !breakBetween(family, first.period, last.period)) {
      const half = halvedGap(first.la);
      sentences.push(
        `Halving the ${academicYearLabel(first.period)} gap of ${signed(first.la, places)} means reaching ${signed(half, places)}; it is now ${signed(last.la, places)}.`,
      );
    }
  }
  const breaks = breaksWithin(family, periods);
  const labels = periods.map((p) => ({ period: p, label: academicYearLabel(p) }));
  return {
    id: measure.id,
    label: measure.label,
    latestPeriod: present.at(-1)?.period ?? null,
    table: { ...table, notes: breaks.map((b) => `${academicYearLabel(b.period)}: ${b.reason}`) },
    sentences,
    chart: trendChart({
      title: `${measure.label}: gap between ${measure.a.name.toLowerCase()} and ${measure.b.name.toLowerCase()} pupils`,
      description: `${input.area.name}’s gap against England’s, ${labels[0]?.label ?? ''} to ${labels.at(-1)?.label ?? ''}. The figures are in the table below.`,
      periods: labels,
      series: [
        {
          name: `${input.area.name}: gap`,
          role: 'own',
          points: rows.map((r) => ({ period: r.period, label: academicYearLabel(r.period), value: r.la })),
        },
        {
          name: 'England: gap',
          role: 'national',
          points: rows.map((r) => ({
            period: r.period,
            label: academicYearLabel(r.period),
            value: r.england,
          })),
        },
      ],
      breaks,
      format: (v) => signed(v, places),
    }),
  };
}

export function buildGapsView(input: GapsInput) {
  const index = new Map<string, number | null>();
  for (const f of input.figures)
    index.set(`${f.indicatorKey}|${f.pupilGroup}|${f.entityType}|${String(f.periodEnd)}`, f.value);
  const find = (side: GapSide, type: string, p: number) =>
    index.get(`${side.key}|${side.group}|${type}|${String(p)}`) ?? null;
  const sections = input.sections.map((section) => ({
    id: section.id,
    title: section.title,
    measures: section.measures.flatMap((m) => {
      const view = measureView(input, m, find);
      return view ? [view] : [];
    }),
  }));
  const shown = sections.flatMap((s) => s.measures.map((m) => m.latestPeriod ?? 0));
  return {
    area: input.area,
    // The latest year any gap is shown for: what a printed copy's figures are "as at".
    latestPeriod: shown.length > 0 ? Math.max(...shown) : null,
    sections,
  };
}

export type GapsView = ReturnType<typeof buildGapsView>;
