import { breakBetween, type MethodologyBreak, type MethodologyFamily } from './breaks.ts';
import { canonical, difference } from './numbers.ts';
import { betterDirection, type Polarity } from './polarity.ts';

export type SeriesPoint = { period: number; value: number | null };

// Words say better or worse, not up or down; a measure with no better direction just rises or falls.
export type Direction = 'better' | 'worse' | 'no change' | 'increased' | 'decreased';

export function directionOf(change: number, polarity: Polarity): Direction {
  const sign = Math.sign(canonical(change));
  if (sign === 0) return 'no change';
  const better = betterDirection(polarity);
  if (better === 0) return sign > 0 ? 'increased' : 'decreased';
  return sign === better ? 'better' : 'worse';
}

export type Change = {
  value: number | null;
  direction: Direction | null;
  trendBreak: MethodologyBreak | null;
};

/** Change since the previous academic year; none across a methodology break or a missing year. */
export function changeSinceLastYear(
  series: readonly SeriesPoint[],
  period: number,
  family: MethodologyFamily,
  polarity: Polarity,
): Change {
  const current = series.find((p) => p.period === period)?.value ?? null;
  const previous = series.find((p) => p.period === period - 1)?.value ?? null;
  const crossed = breakBetween(family, period - 1, period);
  if (crossed) return { value: null, direction: null, trendBreak: crossed };
  if (current === null || previous === null) return { value: null, direction: null, trendBreak: null };
  const value = difference(current, previous);
  return { value, direction: directionOf(value, polarity), trendBreak: null };
}

export type Trend = {
  from: number;
  to: number;
  change: number;
  direction: Direction;
  points: number;
  /** Set when a break shortened the window: the trend starts after it. */
  shortenedBy: string | null;
};

/**
 * The 3- or 5-year trend ending at `period`: first to last value in the window, using only the
 * years comparable with the last one. Null when fewer than two such years have values.
 */
export function trendOver(
  series: readonly SeriesPoint[],
  period: number,
  years: 3 | 5,
  family: MethodologyFamily,
  polarity: Polarity,
): Trend | null {
  const window = series
    .flatMap((p) =>
      p.value !== null && p.period > period - years && p.period <= period
        ? [{ period: p.period, value: p.value }]
        : [],
    )
    .sort((a, b) => a.period - b.period);
  const comparable = window.filter((p) => breakBetween(family, p.period, period) === null);
  // Judge the window by its years, not by the rows present: 2020 and 2021 have no rows at all.
  let firstCrossed = null;
  for (let year = period - years + 1; year < period && !firstCrossed; year++) {
    firstCrossed = breakBetween(family, year, period);
  }
  const first = comparable[0];
  const last = comparable.at(-1);
  if (!first || !last || first === last || last.period !== period) return null;
  const change = difference(last.value, first.value);
  return {
    from: first.period,
    to: last.period,
    change,
    direction: directionOf(change, polarity),
    points: comparable.length,
    shortenedBy: firstCrossed?.reason ?? null,
  };
}
