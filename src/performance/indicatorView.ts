import { groupBy } from '../kernel/collections.ts';
import { breakBetween, breaksWithin, notComparable } from './compare/breaks.ts';
import { averageOf, gap } from './compare/gap.ts';
import { commonDecimals } from './compare/numbers.ts';
import { changeSinceLastYear, trendOver } from './compare/trend.ts';
import { gapSentence, judgedFigure, rankPhrase, rankSentence, signed, trendSentence } from './narrative.ts';
import { academicYearLabel } from './periods.ts';
import { rankPeriod, type RankedArea } from './rankings.ts';
import type { AreaValue, IndicatorRow } from './valuesRepository.ts';
import { figureAt } from './presenters.ts';
import type { Cell, DataTable } from '../kernel/tables/tables.ts';
import { rankingChart, trendChart } from '../kernel/tables/charts.ts';

// One indicator for one LA: every LA ranked in the chosen year with the LA and its statistical
// neighbours picked out, and the LA's years against England and its neighbours' average.

export type IndicatorViewInput = {
  indicator: IndicatorRow;
  area: { code: string; name: string };
  period: number | undefined;
  group: string;
  neighbourSet: string;
  neighbours: readonly { laCode: string; laName: string }[];
  laValues: readonly AreaValue[];
  englandValues: readonly AreaValue[];
};

export function buildIndicatorView(input: IndicatorViewInput) {
  const { indicator, area } = input;
  const polarity = indicator.polarity;
  const leagues = groupBy(input.laValues, (r) => r.periodEnd);
  const ownPeriods = [...leagues.entries()]
    .filter(([, rows]) => rows.some((r) => r.code === area.code && r.value !== null))
    .map(([p]) => p)
    .sort((a, b) => a - b);
  const period = input.period ?? ownPeriods.at(-1);
  const neighbourCodes = new Set(input.neighbours.map((n) => n.laCode));
  // How each LA stands to the page: the chosen LA, one of its statistical neighbours, or another.
  const roleOf = (code: string) =>
    code === area.code ? ('own' as const) : neighbourCodes.has(code) ? ('neighbour' as const) : null;
  const comparedAs = { own: 'Chosen LA', neighbour: 'Statistical neighbour' } as const;
  const england = new Map(input.englandValues.map((r) => [r.periodEnd, r]));
  // One number of places for the whole indicator, so a column reads evenly.
  const places = commonDecimals(
    input.laValues.map((r) => r.value),
    indicator.decimalPlaces,
  );
  const format = (value: number) => signed(value, places);
  const cell = (value: number | null) => figureAt(value, places);

  const years = [...new Set([...leagues.keys(), ...england.keys()])].sort((a, b) => a - b);
  const series = years.map((p) => {
    const rows = leagues.get(p) ?? [];
    const mine = rows.find((r) => r.code === area.code);
    const ranking = rankPeriod(rows, polarity, indicator.noQuartile);
    const ranked = ranking.entries.find((e) => e.laCode === area.code);
    const neighbourAverage = averageOf(rows.filter((r) => neighbourCodes.has(r.code)).map((r) => r.value));
    const national = england.get(p)?.value ?? null;
    return { period: p, label: academicYearLabel(p), mine, ranked, national, neighbourAverage, ranking };
  });
  const points = (pick: (s: (typeof series)[number]) => number | null) =>
    series.map((s) => ({ period: s.period, label: s.label, value: pick(s) }));
  const ownSeries = points((s) => s.mine?.value ?? null);
  const breaks = breaksWithin(indicator.methodologyFamily, years);

  const chosen = series.find((s) => s.period === period);
  const rankText = (r: RankedArea | undefined) =>
    r?.rank == null || r.rankOf === null ? 'n/a' : rankPhrase(r.rank, r.rankOf, r.joint);

  const rankingTable: DataTable = {
    id: 'ranking',
    title: `All local authorities, ${chosen?.label ?? ''}`,
    columns: [
      { header: 'Local authority' },
      { header: 'Value', figure: true },
      { header: 'Rank' },
      { header: 'Quartile band (A best)' },
      { header: 'Compared' },
    ],
    rows: (chosen?.ranking.entries ?? []).map((e): Cell[] => {
      const role = roleOf(e.laCode);
      return [
        `${e.laName} (${e.laCode})`,
        e.value === null ? { value: null, text: e.suppression ?? 'n/a' } : cell(e.value),
        rankText(e),
        e.band ?? 'n/a',
        role ? comparedAs[role] : '',
      ];
    }),
    rowRoles: (chosen?.ranking.entries ?? []).map((e) => roleOf(e.laCode)),
  };

  const trendTable: DataTable = {
    id: 'trend',
    title: `${area.name} over time`,
    columns: [
      { header: 'Year' },
      { header: area.name, figure: true },
      { header: 'England', figure: true },
      { header: `Statistical neighbours’ average (${input.neighbourSet})`, figure: true },
      { header: 'Gap to England', figure: true },
      { header: 'Rank' },
      { header: 'Quartile band (A best)' },
      { header: 'Change since last year', figure: true },
    ],
    rows: series.map((s): Cell[] => {
      const change = changeSinceLastYear(ownSeries, s.period, indicator.methodologyFamily, polarity);
      const own = s.mine?.value ?? null;
      return [
        s.label,
        cell(own),
        cell(s.national),
        cell(s.neighbourAverage),
        judgedFigure(gap(own, s.national), places, polarity, 'England'),
        rankText(s.ranked),
        s.ranked?.band ?? 'n/a',
        change.trendBreak
          ? { value: null, text: notComparable(change.trendBreak) }
          : judgedFigure(change.value, places, polarity, 'last year'),
      ];
    }),
    notes: breaks.map((b) => `${academicYearLabel(b.period)}: ${b.reason}`),
  };

  const own = chosen?.mine?.value ?? null;
  const narrative: string[] = [];
  if (chosen?.ranked?.rank != null && chosen.ranked.rankOf != null) {
    narrative.push(
      rankSentence({
        area: area.name,
        rank: chosen.ranked.rank,
        of: chosen.ranked.rankOf,
        joint: chosen.ranked.joint,
        status: chosen.mine?.status === 'provisional' ? 'provisional' : 'final',
        year: String(chosen.period),
      }),
    );
  }
  const previous = series.find((s) => s.period === (period ?? 0) - 1);
  const nowGap = gap(own, chosen?.national ?? null);
  if (nowGap !== null && chosen) {
    const crossed = breakBetween(indicator.methodologyFamily, chosen.period - 1, chosen.period);
    const before = crossed ? null : gap(previous?.mine?.value ?? null, previous?.national ?? null);
    narrative.push(
      `${area.name} is ${gapSentence({ now: nowGap, before, polarity, comparator: 'England', decimalPlaces: places, unit: 'points' })}.`,
    );
  }
  for (const years of [3, 5] as const) {
    const trend =
      period === undefined
        ? null
        : trendOver(ownSeries, period, years, indicator.methodologyFamily, polarity);
    if (trend) narrative.push(trendSentence(area.name, trend, years, places));
  }
  const neighbourGap = gap(own, chosen?.neighbourAverage ?? null);
  if (neighbourGap !== null) {
    narrative.push(
      `Against its statistical neighbours’ average, ${area.name} is ${gapSentence({ now: neighbourGap, before: null, polarity, comparator: 'their average', decimalPlaces: places, unit: 'points' })}.`,
    );
  }

  const betterFirst = polarity === 'lower' ? 'lowest' : 'highest';
  const barEntries = (chosen?.ranking.entries ?? []).flatMap((e) =>
    e.value === null
      ? []
      : [
          {
            code: e.laCode,
            name: e.laName,
            value: e.value,
            role: roleOf(e.laCode) ?? ('other' as const),
          },
        ],
  );
  const references = [
    ...(chosen?.national == null ? [] : [{ name: 'England', value: chosen.national }]),
    ...(chosen?.neighbourAverage == null
      ? []
      : [{ name: 'Neighbours’ average', value: chosen.neighbourAverage }]),
  ];

  return {
    indicator,
    area,
    group: input.group,
    neighbourSet: input.neighbourSet,
    neighbours: input.neighbours,
    period,
    periodLabel: period === undefined ? '' : academicYearLabel(period),
    periods: [...ownPeriods].reverse(),
    headline: {
      value: cell(own),
      national: cell(chosen?.national ?? null),
      neighbours: cell(chosen?.neighbourAverage ?? null),
      rank: rankText(chosen?.ranked),
      band: chosen?.ranked?.band ?? null,
    },
    narrative,
    rankingTable,
    trendTable,
    rankingChart:
      barEntries.length === 0
        ? null
        : rankingChart({
            title: `${indicator.title}: every local authority, ${chosen?.label ?? ''}`,
            description: `${String(barEntries.length)} local authorities from ${betterFirst} (best) to worst. ${area.name} is ${rankText(chosen?.ranked)}.${references.map((r) => ` ${r.name}: ${format(r.value)}.`).join('')}`,
            bars: barEntries,
            references,
            format,
          }),
    trendChart: trendChart({
      title: `${indicator.title}: ${area.name} against England and its statistical neighbours`,
      description: `${String(series.length)} years from ${series[0]?.label ?? ''} to ${series.at(-1)?.label ?? ''}.${breaks.map((b) => ` Change of method from ${academicYearLabel(b.period)}.`).join('')} The figures are in the table below.`,
      periods: series.map((s) => ({ period: s.period, label: s.label })),
      series: [
        { name: area.name, role: 'own', points: ownSeries },
        { name: 'England', role: 'national', points: points((s) => s.national) },
        ...(neighbourCodes.size === 0
          ? []
          : [
              {
                name: 'Statistical neighbours’ average',
                role: 'neighbours' as const,
                points: points((s) => s.neighbourAverage),
              },
            ]),
      ],
      breaks,
      format,
    }),
  };
}

export type IndicatorView = ReturnType<typeof buildIndicatorView>;
