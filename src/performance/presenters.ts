import type { Figure, IndicatorRow } from './valuesRepository.ts';
import { printedDecimals } from './compare/numbers.ts';
import { signed } from './narrative.ts';
import type { FigureCell } from '../kernel/tables/tables.ts';
import type { PrintedFigures } from '../kernel/printing.ts';
import { academicYearLabel } from './periods.ts';

/** The places a stored figure is printed to: as its source printed it, else the catalogue's. */
type PrintedValue = Pick<Figure, 'value' | 'suppression' | 'publishedDecimals'>;

export function printedPlaces(figure: PrintedValue | undefined, catalogueDecimals: number | null): number {
  return figure?.value == null
    ? 0
    : printedDecimals(figure.value, figure.publishedDecimals, catalogueDecimals);
}

/** A worked figure (an average, a gap) as a table cell, to the places given. */
export function figureAt(value: number | null, decimalPlaces: number): FigureCell {
  return { value, text: value === null ? 'n/a' : signed(value, decimalPlaces) };
}

/** A stored figure as a table cell: as printed, DfE's code for no value, or "n/a" when none is held. */
export function printedFigure(
  figure: PrintedValue | undefined,
  catalogueDecimals: number | null,
): FigureCell {
  if (!figure) return { value: null, text: 'n/a' };
  if (figure.value === null) return { value: null, text: figure.suppression ?? 'n/a' };
  return { value: figure.value, text: signed(figure.value, printedPlaces(figure, catalogueDecimals)) };
}

// What leaves Beacon about an indicator.
export function presentIndicator(i: IndicatorRow) {
  return {
    key: i.key,
    title: i.title,
    topic: i.topic,
    unit: i.unit,
    unitLabel: i.unitLabel,
    polarity: i.polarity,
    decimalPlaces: i.decimalPlaces,
    noQuartile: i.noQuartile,
    description: i.description,
    edited: i.editedAt !== null,
    periodType: i.periodType,
    methodologyFamily: i.methodologyFamily,
    source: i.source,
  };
}

/**
 * The release of a column of figures, for its heading, when the table mixes releases: a school's
 * provisional figure beside England's final one says "(provisional)" and "(final)". Nothing is
 * added when every column is final, as most tables are.
 */
export function releaseHeadings(
  columns: readonly { header: string; statuses: readonly (string | null)[] }[],
): string[] {
  const releasesOf = (statuses: readonly (string | null)[]) =>
    [...new Set(statuses.filter((s): s is string => s !== null && s !== ''))].sort();
  const all = columns.map((c) => releasesOf(c.statuses));
  const everyFinal = all.every((releases) => releases.every((r) => r === 'final'));
  return columns.map((c, i) => {
    const releases = all[i] ?? [];
    return everyFinal || releases.length === 0 ? c.header : `${c.header} (${releases.join(' and ')})`;
  });
}

const settledness = ['provisional', 'revised', 'final'] as const;

/**
 * What a printed report says of its figures in its footer: the latest year among them, and the
 * least settled release of that year's figures (one provisional figure makes the page provisional).
 */
export function printedFiguresOf(
  figures: readonly { periodEnd: number; status: string | null }[],
): PrintedFigures | undefined {
  const latest = figures.reduce<number | null>(
    (found, f) => (found === null || f.periodEnd > found ? f.periodEnd : found),
    null,
  );
  if (latest === null) return undefined;
  const statuses = new Set(figures.filter((f) => f.periodEnd === latest).map((f) => f.status));
  const status = settledness.find((s) => statuses.has(s));
  return { asAt: academicYearLabel(latest), ...(status ? { status } : {}) };
}
