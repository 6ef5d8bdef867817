import { breakBetween, type MethodologyBreak } from '../compare/breaks.ts';
import { gap } from '../compare/gap.ts';
import { commonDecimals, difference } from '../compare/numbers.ts';
import { progressJudgement, publishedJudgementOf, type ProgressJudgement } from '../compare/significance.ts';
import type { Polarity } from '../compare/polarity.ts';
import type { QuartileBand } from '../compare/quartiles.ts';
import {
  changeSentence,
  gapSentence,
  judgedFigure,
  progressWords,
  rankPhrase,
  rankSentence,
} from '../narrative.ts';
import { figureFinder } from '../figureIndex.ts';
import { academicYearLabel } from '../periods.ts';
import { printedFigure, printedPlaces } from '../presenters.ts';
import { rankPeriod } from '../rankings.ts';
import type { AreaValue, Figure, IndicatorRow } from '../valuesRepository.ts';
import type { FigureCell } from '../../kernel/tables/tables.ts';
import type { SummaryTableKind, SummaryTableLayout } from './layout.ts';

// The LA results summary (seed 001) from stored figures: every number at stored precision, every
// printed figure at the places its source printed it, every gap worked before rounding, and words
// that say better or worse by the measure's polarity.

export type SummaryRow = {
  key: string;
  label: string;
  polarity: Polarity;
  unit: string;
  status: string | null;
  value: FigureCell;
  national: FigureCell;
  lastValue: FigureCell;
  /** A gap prints to the finer of its two figures' places: 72.6 − 74.3 (printed 74) is −1.7. */
  gap: FigureCell & { places: number };
  lastGap: FigureCell & { places: number; previousMeasure: string | null };
  change: FigureCell & { places: number; trendBreak: MethodologyBreak | null };
  rank: { rank: number; of: number; joint: boolean; source: 'computed' | 'published'; text: string } | null;
  band: QuartileBand | null;
  progress: { judgement: ProgressJudgement | null; basis: string; words: string } | null;
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
  // One precision for the measure in its row and sentences: the catalogue's places, else the most
  // the row's figures hold (LAIT stores 41.0 as 41, which would print "41" beside 40.8). A source's
  // own printed places (seed 001's "53") still win for its figure.
  const decimals = commonDecimals(
    [mine, national, lastMine, lastNational].map((f) => f?.value ?? null),
    indicator.decimalPlaces,
  );
  const places = (figure: Figure | undefined) => printedPlaces(figure, decimals);
  const gapPlaces = Math.max(places(mine), places(national));
  const lastPlaces = Math.max(places(lastMine), places(lastNational));
  const changePlaces = Math.max(places(mine), places(lastMine));
  const crossed = breakBetween(indicator.methodologyFamily, period - 1, period);

  const ranking =
    mine?.value == null
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
          text: rankPhrase(ranking.rank, ranking.rankOf, ranking.joint),
        }
      : null;

  const ci =
    mine?.ciLower != null && mine.ciUpper != null ? { lower: mine.ciLower, upper: mine.ciUpper } : null;
  const progress = progressJudgement(ci, publishedJudgementOf(mine?.publishedJudgement ?? null));
  const changeValue =
    crossed || mine?.value == null || lastMine?.value == null ? null : difference(mine.value, lastMine.value);

  return {
    key,
    label,
    polarity,
    unit: indicator.unit,
    status: mine?.status ?? null,
    value: printedFigure(mine, decimals),
    national: printedFigure(national, decimals),
    lastValue: printedFigure(lastMine, decimals),
    gap: {
      ...judgedFigure(gap(mine?.value ?? null, national?.value ?? null), gapPlaces, polarity, 'national'),
      places: gapPlaces,
    },
    lastGap: {
      ...judgedFigure(
        gap(lastMine?.value ?? null, lastNational?.value ?? null),
        lastPlaces,
        polarity,
        'national',
      ),
      places: lastPlaces,
      previousMeasure: crossed ? crossed.reason : null,
    },
    change: {
      ...judgedFigure(changeValue, changePlaces, polarity, 'last year'),
      places: changePlaces,
      trendBreak: crossed,
    },
    rank,
    band: ranking?.rankSource === 'computed' ? ranking.band : null,
    progress: mine ? { ...progress, words: progressWords(progress.judgement) } : null,
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
      const sentence = gapSentence({
        now: row.gap.value,
        before,
        polarity: row.polarity,
        comparator: 'national',
        decimalPlaces: row.gap.places,
        beforeDecimalPlaces: row.lastGap.places,
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
      const unit = row.unit === 'percentage' ? '%' : '';
      sentences.push(
        `${row.label} ${changeSentence(row.lastValue.value, row.value.value, row.polarity, row.change.places, unit)}.`,
      );
    }
    return sentences;
  });
}

export function buildResultsSummary(input: SummaryInput): ResultsSummary {
  const find = figureFinder(input.figures);
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
