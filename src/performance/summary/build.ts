import { breakBetween } from '../compare/breaks.ts';
import { gap } from '../compare/gap.ts';
import { difference, formatFigure, printedDecimals } from '../compare/numbers.ts';
import { progressJudgement, type ProgressJudgement } from '../compare/significance.ts';
import { directionOf, type Direction } from '../compare/trend.ts';
import type { Polarity } from '../compare/polarity.ts';
import type { QuartileBand } from '../compare/quartiles.ts';
import { changeSentence, gapSentence, rankSentence, signed } from '../narrative.ts';
import { academicYearLabel } from '../periods.ts';
import { rankPeriod } from '../rankings.ts';
import type { AreaValue, Figure, IndicatorRow } from '../valuesRepository.ts';
import type { SummaryTableKind, SummaryTableLayout } from './layout.ts';

// The LA results summary (seed 001) from stored figures: every number at stored precision, every
// printed figure at the places its source printed it, every gap worked before rounding, and words
// that say better or worse by the measure's polarity.

/** A printed figure: its stored value, its text, and how it reads for the measure. */
export type Shown = { value: number | null; text: string };
export type Judged = Shown & { direction: Direction | null; words: string };

export type SummaryRow = {
  key: string;
  label: string;
  polarity: Polarity;
  unit: string;
  status: string | null;
  value: Shown;
  national: Shown;
  gap: Judged;
  lastGap: Judged & { previousMeasure: string | null };
  rank: { rank: number; of: number; joint: boolean; source: 'computed' | 'published'; text: string } | null;
  band: QuartileBand | null;
  progress: { judgement: ProgressJudgement | null; basis: string; words: string } | null;
  lastValue: Shown;
  change: Judged & { trendBreak: string | null };
};

export type SummaryTable = {
  id: string;
  title: string;
  kind: SummaryTableKind;
  rows: SummaryRow[];
  narrative: string[];
};

export type ResultsSummary = {
  area: { code: string; name: string };
  period: number;
  periodLabel: string;
  lastPeriodLabel: string;
  provisional: boolean;
  nationalProvisional: boolean;
  tables: SummaryTable[];
};

const none: Shown = { value: null, text: 'n/a' };

function placesOf(figure: Figure | undefined, indicator: IndicatorRow): number {
  if (figure?.value == null) return 0;
  return printedDecimals(figure.value, figure.publishedDecimals, indicator.decimalPlaces);
}

function shown(figure: Figure | undefined, indicator: IndicatorRow): Shown {
  if (!figure) return none;
  if (figure.value === null) return { value: null, text: figure.suppression ?? 'n/a' };
  return { value: figure.value, text: signed(figure.value, placesOf(figure, indicator)) };
}

/** "worse than national", "better than national", "in line with national": never just up or down. */
export function judgeGap(
  value: number | null,
  places: number,
  polarity: Polarity,
  comparator: string,
): Judged {
  if (value === null) return { value: null, text: 'n/a', direction: null, words: '' };
  const text = signed(value, places);
  if (Number(formatFigure(value, places)) === 0)
    return { value, text, direction: 'no change', words: `in line with ${comparator}` };
  const direction = directionOf(value, polarity);
  const words =
    direction === 'better' || direction === 'worse'
      ? `${direction} than ${comparator}`
      : `${value > 0 ? 'above' : 'below'} ${comparator}`;
  return { value, text, direction, words };
}

function progressWords(judgement: ProgressJudgement | null): string {
  if (judgement === 'significantly below') return 'Significantly below the national average';
  if (judgement === 'significantly above') return 'Significantly above the national average';
  if (judgement === 'not significantly different')
    return 'Not significantly different from the national average';
  return 'No judgement published';
}

function asJudgement(text: string | null): ProgressJudgement | null {
  return text === 'significantly below' ||
    text === 'significantly above' ||
    text === 'not significantly different'
    ? text
    : null;
}

export type SummaryInput = {
  area: { code: string; name: string };
  period: number;
  layout: readonly SummaryTableLayout[];
  indicators: ReadonlyMap<string, IndicatorRow>;
  figures: readonly Figure[];
  leagues: ReadonlyMap<string, readonly AreaValue[]>;
};

function buildRow(
  input: SummaryInput,
  find: (key: string, type: string, period: number) => Figure | undefined,
  key: string,
  label: string,
  indicator: IndicatorRow,
): SummaryRow {
  const { period, area } = input;
  const mine = find(key, 'la', period);
  const national = find(key, 'england', period);
  const lastMine = find(key, 'la', period - 1);
  const lastNational = find(key, 'england', period - 1);
  const polarity = indicator.polarity;
  const gapPlaces = Math.max(placesOf(mine, indicator), placesOf(national, indicator));
  const lastPlaces = Math.max(placesOf(lastMine, indicator), placesOf(lastNational, indicator));
  const crossed = breakBetween(indicator.methodologyFamily, period - 1, period);

  const ranking =
    mine?.value === null || mine === undefined
      ? null
      : rankPeriod(input.leagues.get(key) ?? [], polarity, indicator.noQuartile).entries.find(
          (e) => e.laCode === area.code,
        );
  const rank =
    ranking?.rank != null && ranking.rankOf !== null && ranking.rankSource !== null
      ? {
          rank: ranking.rank,
          of: ranking.rankOf,
          joint: ranking.joint,
          source: ranking.rankSource,
          text: `${ranking.joint ? 'joint ' : ''}${String(ranking.rank)} of ${String(ranking.rankOf)}`,
        }
      : null;

  const ci =
    mine?.ciLower != null && mine.ciUpper != null ? { lower: mine.ciLower, upper: mine.ciUpper } : null;
  const progress = progressJudgement(ci, asJudgement(mine?.publishedJudgement ?? null));

  const changeValue =
    crossed || mine?.value == null || lastMine?.value == null ? null : difference(mine.value, lastMine.value);
  const change = judgeGap(
    changeValue,
    Math.max(placesOf(mine, indicator), placesOf(lastMine, indicator)),
    polarity,
    'last year',
  );

  return {
    key,
    label,
    polarity,
    unit: indicator.unit,
    status: mine?.status ?? null,
    value: shown(mine, indicator),
    national: shown(national, indicator),
    gap: judgeGap(gap(mine?.value ?? null, national?.value ?? null), gapPlaces, polarity, 'national'),
    lastGap: {
      ...judgeGap(
        gap(lastMine?.value ?? null, lastNational?.value ?? null),
        lastPlaces,
        polarity,
        'national',
      ),
      previousMeasure: crossed ? crossed.reason : null,
    },
    rank,
    band: ranking?.rankSource === 'computed' ? ranking.band : null,
    progress: mine ? { ...progress, words: progressWords(progress.judgement) } : null,
    lastValue: shown(lastMine, indicator),
    change: { ...change, trendBreak: crossed ? crossed.reason : null },
  };
}

/** Drafted sentences for a board report, one per row, in the seed's register. */
function narrate(table: SummaryTableLayout, rows: readonly SummaryRow[], input: SummaryInput): string[] {
  const area = input.area.name;
  const year = String(input.period);
  return rows.flatMap((row): string[] => {
    const sentences: string[] = [];
    if (table.kind === 'ranked' && row.rank) {
      const status = row.status === 'provisional' ? 'provisional' : 'final';
      sentences.push(
        `${row.label}: ${rankSentence({ area, rank: row.rank.rank, of: row.rank.of, joint: row.rank.joint, status, year })}`,
      );
    }
    if (table.kind === 'againstNational' || table.kind === 'ranked') {
      if (row.gap.value === null) return sentences;
      const before = row.lastGap.value;
      const places = row.gap.text.split('.')[1]?.length ?? 0;
      const beforePlaces = row.lastGap.text.split('.')[1]?.length ?? 0;
      const sentence = gapSentence({
        now: row.gap.value,
        before,
        polarity: row.polarity,
        comparator: 'national',
        decimalPlaces: places,
        beforeDecimalPlaces: beforePlaces,
        unit: 'points',
      });
      const previous =
        before !== null && row.lastGap.previousMeasure ? ' (last year’s gap is on the previous measure)' : '';
      sentences.push(`${row.label}: ${area} is ${sentence}${previous}.`);
    }
    if (table.kind === 'progress' && row.value.value !== null) {
      sentences.push(
        `${row.label}: ${row.value.text}, ${row.progress?.words.toLowerCase() ?? 'no judgement published'}.`,
      );
    }
    if (
      table.kind === 'yearOnYear' &&
      row.value.value !== null &&
      row.lastValue.value !== null &&
      !row.change.trendBreak
    ) {
      const places = Math.max(
        row.value.text.split('.')[1]?.length ?? 0,
        row.lastValue.text.split('.')[1]?.length ?? 0,
      );
      const unit = row.unit === 'percentage' ? '%' : '';
      sentences.push(
        `${row.label} ${changeSentence(row.lastValue.value, row.value.value, row.polarity, places, unit)}.`,
      );
    }
    return sentences;
  });
}

export function buildResultsSummary(input: SummaryInput): ResultsSummary {
  const byKey = new Map<string, Figure>();
  for (const f of input.figures) byKey.set(`${f.indicatorKey}|${f.entityType}|${String(f.periodEnd)}`, f);
  const find = (key: string, type: string, period: number) => byKey.get(`${key}|${type}|${String(period)}`);
  const tables = input.layout.map((table): SummaryTable => {
    const rows = table.rows.flatMap(({ key, label }) => {
      const indicator = input.indicators.get(key);
      const present = find(key, 'la', input.period) ?? find(key, 'la', input.period - 1);
      return indicator && present ? [buildRow(input, find, key, label, indicator)] : [];
    });
    return {
      id: table.id,
      title: table.title,
      kind: table.kind,
      rows,
      narrative: narrate(table, rows, input),
    };
  });
  const statuses = input.figures.filter((f) => f.periodEnd === input.period);
  return {
    area: input.area,
    period: input.period,
    periodLabel: academicYearLabel(input.period),
    lastPeriodLabel: academicYearLabel(input.period - 1),
    provisional: statuses.some((f) => f.entityType === 'la' && f.status === 'provisional'),
    nationalProvisional: statuses.some((f) => f.entityType === 'england' && f.status === 'provisional'),
    tables,
  };
}
