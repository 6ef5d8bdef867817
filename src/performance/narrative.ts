import { formatFigure } from './compare/numbers.ts';
import type { Polarity } from './compare/polarity.ts';
import type { ProgressJudgement } from './compare/significance.ts';
import { directionOf, type Direction, type Trend } from './compare/trend.ts';
import { academicYearLabel } from './periods.ts';
import type { FigureCell } from '../kernel/tables/tables.ts';

// Drafted sentences for board reports, computed from the figures and written the way the seeds
// write them (seed 001: "Portsmouth is provisionally joint 140th out of 150 local authorities
// nationally in 2016"). Words say better or worse, not up or down: lower absence is better.

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 140th. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${String(n)}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${String(n)}${suffix}`;
}

/** A figure with a typographic minus, as printed: −5.4, not -5.4. */
export function signed(value: number, decimalPlaces: number): string {
  return formatFigure(value, decimalPlaces).replace(/^-/, '−');
}

export type RankStatement = {
  area: string;
  rank: number;
  of: number;
  joint: boolean;
  status: 'provisional' | 'revised' | 'final';
  year: string;
};

/** "Portsmouth is provisionally joint 140th out of 150 local authorities nationally in 2016." */
export function rankSentence(r: RankStatement): string {
  const status = r.status === 'provisional' ? 'provisionally ' : '';
  const joint = r.joint ? 'joint ' : '';
  return `${r.area} is ${status}${joint}${ordinal(r.rank)} out of ${String(r.of)} local authorities nationally in ${r.year}.`;
}

export type GapStatement = {
  /** This year's gap to the comparator (area − comparator), and last year's if known. */
  now: number;
  before: number | null;
  polarity: Polarity;
  comparator: string;
  decimalPlaces: number;
  /** Last year's gap as it was published, when to fewer places (seed 001 prints 2015's as −2). */
  beforeDecimalPlaces?: number;
  unit: string;
};

function side(gap: number, polarity: Polarity, comparator: string): string {
  if (gap === 0) return `in line with ${comparator}`;
  const above = gap > 0;
  if (polarity === 'neither') return `${above ? 'above' : 'below'} ${comparator}`;
  const better = above === (polarity === 'higher');
  // For a measure where lower is better, "above national" would read as good: say which it is.
  if (polarity === 'lower')
    return `${above ? 'higher' : 'lower'} than ${comparator}, which is ${better ? 'better' : 'worse'}`;
  return `${above ? 'above' : 'below'} ${comparator}`;
}

/**
 * "below national, and the gap has widened from −2 to −5.4 points": where the area stands, and
 * whether the gap grew or shrank since last year, in the measure's own better-or-worse terms.
 */
export function gapSentence(g: GapStatement): string {
  const position = side(g.now, g.polarity, g.comparator);
  const figure = (n: number) => signed(n, g.decimalPlaces);
  const unit = g.unit === '' ? '' : ` ${g.unit}`;
  if (g.before === null) return `${position} (${figure(g.now)}${unit})`;
  const was = signed(g.before, g.beforeDecimalPlaces ?? g.decimalPlaces);
  const wasOtherSide = g.before !== 0 && g.now !== 0 && g.before > 0 !== g.now > 0;
  if (wasOtherSide) {
    return `${position}, having been ${side(g.before, g.polarity, g.comparator)} last year (${was} to ${figure(g.now)}${unit})`;
  }
  const [before, now] = [Math.abs(g.before), Math.abs(g.now)];
  if (formatFigure(before, g.decimalPlaces) === formatFigure(now, g.decimalPlaces)) {
    return `${position}, the gap unchanged at ${figure(g.now)}${unit}`;
  }
  const change = now > before ? 'widened' : 'narrowed';
  return `${position}, and the gap has ${change} from ${was} to ${figure(g.now)}${unit}`;
}

// How a change reads, by the measure's polarity: a measure with no better direction rises or falls.
const changeVerbs: Record<Direction, string> = {
  'no change': 'stayed the same',
  better: 'improved',
  worse: 'worsened',
  increased: 'rose',
  decreased: 'fell',
};

/** "improved from 52.6% to 57.5%" or "worsened …": a change told by the measure's polarity. */
export function changeSentence(
  from: number,
  to: number,
  polarity: Polarity,
  decimalPlaces: number,
  unit: string,
): string {
  const text = (n: number) => `${signed(n, decimalPlaces)}${unit}`;
  if (formatFigure(from, decimalPlaces) === formatFigure(to, decimalPlaces))
    return `unchanged at ${text(to)}`;
  return `${changeVerbs[directionOf(to - from, polarity)]} from ${text(from)} to ${text(to)}`;
}

/** "Over 3 years (2016/17 to 2018/19) Plymouth improved by 4 points", by the measure's polarity. */
export function trendSentence(area: string, trend: Trend, years: 3 | 5, decimalPlaces: number): string {
  const span = `${academicYearLabel(trend.from)} to ${academicYearLabel(trend.to)}`;
  const window = trend.shortenedBy
    ? `Since the last change of method (${span})`
    : `Over ${String(years)} years (${span})`;
  if (trend.direction === 'no change') return `${window} ${area} was unchanged.`;
  return `${window} ${area} ${changeVerbs[trend.direction]} by ${signed(Math.abs(trend.change), decimalPlaces)} points.`;
}

/** "joint 140 of 150": a rank as the tables print it. */
export function rankPhrase(rank: number, of: number, joint: boolean): string {
  return `${joint ? 'joint ' : ''}${String(rank)} of ${String(of)}`;
}

/** A progress judgement in seed 001's words. */
export function progressWords(judgement: ProgressJudgement | null): string {
  if (judgement === 'significantly below') return 'Significantly below the national average';
  if (judgement === 'significantly above') return 'Significantly above the national average';
  if (judgement === 'not significantly different')
    return 'Not significantly different from the national average';
  return 'No judgement published';
}

/**
 * A gap or change as a table prints it, with how it reads for the measure: "worse than national",
 * "better than last year", "in line with England" when it rounds to nothing; never just up or down.
 */
export function judgedFigure(
  value: number | null,
  decimalPlaces: number,
  polarity: Polarity,
  comparator: string,
): FigureCell {
  if (value === null) return { value: null, text: 'n/a' };
  const text = signed(value, decimalPlaces);
  if (Number(formatFigure(value, decimalPlaces)) === 0)
    return { value, text, judgement: { direction: 'no change', words: `in line with ${comparator}` } };
  const direction = directionOf(value, polarity);
  const words =
    direction === 'better' || direction === 'worse'
      ? `${direction} than ${comparator}`
      : `${value > 0 ? 'above' : 'below'} ${comparator}`;
  return { value, text, judgement: { direction, words } };
}
