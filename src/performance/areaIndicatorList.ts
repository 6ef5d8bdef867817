import { groupBy } from '../kernel/collections.ts';
import { rankPhrase } from './narrative.ts';
import { printedFigure } from './presenters.ts';
import { rankPeriod } from './rankings.ts';
import type { CatalogueEntry } from './indicatorCatalogue.ts';
import type { AreaValue, IndicatorRow } from './valuesRepository.ts';

// An LA's indicators by topic, each with its latest figure, England's, its rank and its quartile
// band, as LAIT's LA view lists them. Pure: given the leagues, it ranks and describes.

export type LeagueFigure = AreaValue & { indicatorKey: string; entityType: string };

export type AreaIndicatorLine = {
  key: string;
  title: string;
  periodLabel: string;
  figure: string;
  england: string;
  unitLabel: string;
  rank: string;
  band: string | null;
};

export type AreaIndicatorTopic = { topic: string; lines: AreaIndicatorLine[] };

/** Every LA's league, ranked once: the same for every LA, so worked out once per data version. */
export function rankLatestLeagues(indicators: readonly IndicatorRow[], figures: readonly LeagueFigure[]) {
  const byKey = groupBy(figures, (f) => f.indicatorKey);
  return indicators.flatMap((indicator) => {
    const rows = byKey.get(indicator.key) ?? [];
    const las = rows.filter((r) => r.entityType === 'la');
    if (las.length === 0) return [];
    const ranking =
      indicator.polarity === 'neither' ? null : rankPeriod(las, indicator.polarity, indicator.noQuartile);
    return [
      {
        indicator,
        periodLabel: las[0]?.period ?? '',
        las: new Map(las.map((r) => [r.code, r])),
        ranked: new Map((ranking?.entries ?? []).map((e) => [e.laCode, e])),
        england: rows.find((r) => r.entityType === 'england'),
      },
    ];
  });
}

export type RankedLeague = ReturnType<typeof rankLatestLeagues>[number];

/** One LA's line in each league it has a figure in, grouped by the catalogue's topics in its order. */
export function areaIndicatorTopics(
  laCode: string,
  entries: readonly CatalogueEntry[],
  leagues: readonly RankedLeague[],
): AreaIndicatorTopic[] {
  const byKey = new Map(leagues.map((l) => [l.indicator.key, l]));
  const lines = entries.flatMap((entry) => {
    const league = byKey.get(entry.key);
    const own = league?.las.get(laCode);
    if (!league || !own) return [];
    const places = league.indicator.decimalPlaces;
    const ranked = league.ranked.get(laCode);
    return [
      {
        topic: entry.topic,
        line: {
          key: entry.key,
          title: entry.title,
          periodLabel: league.periodLabel,
          figure: printedFigure(own, places).text,
          england: printedFigure(league.england, places).text,
          unitLabel: league.indicator.unitLabel,
          rank:
            ranked?.rank == null || ranked.rankOf === null
              ? 'not ranked'
              : rankPhrase(ranked.rank, ranked.rankOf, ranked.joint),
          band: ranked?.band ?? null,
        },
      },
    ];
  });
  return [...groupBy(lines, (l) => l.topic).entries()].map(([topic, rows]) => ({
    topic,
    lines: rows.map((r) => r.line),
  }));
}
