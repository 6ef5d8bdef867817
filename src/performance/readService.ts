import type { Database } from '../db/client.ts';
import { buildSchoolGaps, schoolGapGroups, schoolGapMeasures } from './school/gaps.ts';
import { groupBy } from '../kernel/collections.ts';
import { NotFoundError, ValidationError } from '../kernel/errors.ts';
import { averageOf, gap } from './compare/gap.ts';
import { changeSinceLastYear } from './compare/trend.ts';
import { academicYearLabel } from './periods.ts';
import { rankPeriod } from './rankings.ts';
import { valuesRepository, type AreaValue, type IndicatorRow } from './valuesRepository.ts';
import { editIndicator, type IndicatorEdit } from './catalogue.ts';
import { presentIndicator } from './presenters.ts';
import {
  catalogueEntries,
  filterCatalogue,
  filterChoices,
  heldByIndicator,
  type CatalogueEntry,
  type CatalogueFilters,
} from './indicatorCatalogue.ts';
import { areaIndicatorTopics, rankLatestLeagues, type RankedLeague } from './areaIndicatorList.ts';
import type { Actor } from '../access/actor.ts';
import { buildResultsSummary, type ResultsSummary } from './summary/build.ts';
import { summaryTables } from './summary/tables.ts';
import { versionedBatchCache, versionedCache } from './dataVersion.ts';
import type { DataTable } from '../kernel/tables/tables.ts';
import { buildIndicatorView } from './indicatorView.ts';
import { buildGapsView } from './gaps/build.ts';
import { buildSchoolResults, schoolResultKeys } from './school/build.ts';
import { buildSchoolContext, contextPhaseOf } from './school/context.ts';
import { schoolContextKeys } from './imports/schoolContext.ts';
import { contextBenchmarks } from './schema.ts';
import { and, inArray } from 'drizzle-orm';
import { gapIndicatorKeys, gapSections } from './gaps/layout.ts';
import { resultsSummaryLayout, summaryIndicatorKeys } from './summary/layout.ts';

export type SummaryPage = { summary: ResultsSummary; tables: DataTable[]; periods: number[] };

export function createPerformanceReadService(db: Database) {
  // The results summary is the page boards and officers open most, and its figures change only
  // when data is imported: it is worked out once per data version (docs/benchmarks.md, P3).
  const summaryPages = versionedCache<SummaryPage>(db);
  const seriesCache = versionedBatchCache<SeriesWithNeighbours | null>(db);
  // The catalogue and every LA's latest ranks read all the figures: once per data version.
  const catalogueCache = versionedCache<CatalogueEntry[]>(db, 1);
  const leaguesCache = versionedCache<RankedLeague[]>(db, 1);

  function catalogue(): Promise<CatalogueEntry[]> {
    return catalogueCache('catalogue', async () => {
      const [rows, held] = await Promise.all([
        valuesRepository.listIndicators(db),
        valuesRepository.heldFigures(db),
      ]);
      return catalogueEntries(rows, heldByIndicator(held));
    });
  }

  async function indicatorOrThrow(key: string): Promise<IndicatorRow> {
    const indicator = await valuesRepository.indicator(db, key);
    if (!indicator) throw new NotFoundError(`There is no indicator ${key}`);
    return indicator;
  }

  async function areaOrThrow(code: string) {
    const area = await valuesRepository.area(db, code);
    if (area?.areaType !== 'la') throw new NotFoundError(`There is no local authority ${code}`);
    return area;
  }

  return {
    /** Every indicator as a reader finds it: by words, topic, key stage, pupil group and source. */
    async indicatorCatalogue(filters: CatalogueFilters) {
      const entries = await catalogue();
      return {
        total: entries.length,
        choices: filterChoices(entries),
        shown: filterCatalogue(entries, filters),
      };
    },

    /** An LA's indicators by topic with its latest figure, rank and band (LAIT's LA view). */
    async areaIndicators(laCode: string) {
      const area = await areaOrThrow(laCode);
      const [entries, leagues] = await Promise.all([
        catalogue(),
        leaguesCache('leagues', async () => {
          const [rows, figures] = await Promise.all([
            valuesRepository.listIndicators(db),
            valuesRepository.latestLeagues(db),
          ]);
          return rankLatestLeagues(rows, figures);
        }),
      ]);
      return {
        area: { code: area.code, name: area.name },
        topics: areaIndicatorTopics(area.code, entries, leagues),
      };
    },

    async indicators() {
      return (await valuesRepository.listIndicators(db)).map(presentIndicator);
    },

    editIndicator: (actor: Actor, key: string, input: IndicatorEdit) => editIndicator(db, actor, key, input),

    async indicator(key: string) {
      const indicator = await indicatorOrThrow(key);
      return { ...presentIndicator(indicator), periods: await valuesRepository.periodsOf(db, key) };
    },

    /** All LAs ranked for one period, by DfE's LAIT method. */
    async ranking(key: string, period: number, group: string) {
      const indicator = await indicatorOrThrow(key);
      const rows = await valuesRepository.valuesOfKind(db, key, 'la', group, period);
      if (rows.length === 0)
        throw new NotFoundError(`${key} has no values for LAs in ${academicYearLabel(period)}`);
      const ranking = rankPeriod(rows, indicator.polarity, indicator.noQuartile);
      return {
        indicator: presentIndicator(indicator),
        period,
        periodLabel: rows[0]?.period ?? String(period),
        n: ranking.n,
        cutPoints: ranking.cutPoints ? [...ranking.cutPoints] : null,
        entries: ranking.entries,
      };
    },

    /** One LA's series for an indicator: value, national, gap, rank, band, change, per period. */
    async areaSeries(laCode: string, key: string, group: string) {
      const area = await areaOrThrow(laCode);
      const indicator = await indicatorOrThrow(key);
      const [laRows, englandRows] = await Promise.all([
        valuesRepository.valuesOfKind(db, key, 'la', group),
        valuesRepository.valuesOfKind(db, key, 'england', group),
      ]);
      return seriesOf(area, indicator, group, laRows, englandRows);
    },

    /**
     * Many LAs' series at once, each with its statistical neighbours' average year by year (from
     * the first of `neighbourSets` loaded for the LA): what a plan's KPIs read. Worked out once per
     * data version; a series whose LA or indicator is not loaded comes back null.
     */
    async seriesMany(requests: readonly SeriesRequest[], neighbourSets: readonly string[]) {
      const keyOf = (r: SeriesRequest) => JSON.stringify([r.laCode, r.key, r.group, neighbourSets]);
      const found = await seriesCache(requests.map(keyOf), async (missing) => {
        const wanted = requests.filter((r) => missing.includes(keyOf(r)));
        const [areaRows, indicatorRows, values, neighbourRows] = await Promise.all([
          valuesRepository.areasByCodes(db, [...new Set(wanted.map((r) => r.laCode))]),
          valuesRepository.indicatorsByKeys(db, [...new Set(wanted.map((r) => r.key))]),
          valuesRepository.valuesOfMany(
            db,
            [...new Set(wanted.map((r) => r.key))],
            [...new Set(wanted.map((r) => r.group))],
          ),
          valuesRepository.neighboursOfMany(db, neighbourSets, [...new Set(wanted.map((r) => r.laCode))]),
        ]);
        const byKeyGroup = groupBy(values, (v) => `${v.indicatorKey}|${v.group}|${v.areaType}`);
        const computed = new Map<string, SeriesWithNeighbours | null>();
        for (const request of wanted) {
          const area = areaRows.find((a) => a.code === request.laCode && a.areaType === 'la');
          const indicator = indicatorRows.find((i) => i.key === request.key);
          const laRows = byKeyGroup.get(`${request.key}|${request.group}|la`) ?? [];
          if (!area || !indicator) {
            computed.set(keyOf(request), null);
            continue;
          }
          const englandRows = byKeyGroup.get(`${request.key}|${request.group}|england`) ?? [];
          const set = neighbourSets.find((name) =>
            neighbourRows.some((n) => n.setName === name && n.laCode === request.laCode),
          );
          const neighbourCodes = new Set(
            neighbourRows
              .filter((n) => n.setName === set && n.laCode === request.laCode)
              .map((n) => n.neighbourCode),
          );
          const neighbourAverages = new Map<number, number>();
          for (const [period, rows] of groupBy(laRows, (r) => r.periodEnd)) {
            const average = averageOf(rows.filter((r) => neighbourCodes.has(r.code)).map((r) => r.value));
            if (average !== null) neighbourAverages.set(period, average);
          }
          computed.set(keyOf(request), {
            series: seriesOf(area, indicator, request.group, laRows, englandRows, request.laCode),
            neighbourAverages,
          });
        }
        return computed;
      });
      return (request: SeriesRequest) => found.get(keyOf(request)) ?? null;
    },

    /** One indicator for one LA: every LA ranked in a year, and the LA's years against comparators. */
    async indicatorView(
      laCode: string,
      key: string,
      period: number | undefined,
      group: string,
      neighbourSet: string,
    ) {
      const area = await areaOrThrow(laCode);
      const indicator = await indicatorOrThrow(key);
      const [laValues, englandValues, neighbours, groups] = await Promise.all([
        valuesRepository.valuesOfKind(db, key, 'la', group),
        valuesRepository.valuesOfKind(db, key, 'england', group),
        valuesRepository.neighbours(db, neighbourSet, laCode),
        valuesRepository.groupsOf(db, key),
      ]);
      if (!laValues.some((r) => r.code === laCode))
        throw new NotFoundError(`${area.name} has no figures for ${indicator.title}`);
      if (period !== undefined && !laValues.some((r) => r.code === laCode && r.periodEnd === period))
        throw new NotFoundError(
          `${area.name} has no figure for ${indicator.title} in ${academicYearLabel(period)}`,
        );
      const view = buildIndicatorView({
        indicator,
        area: { code: area.code, name: area.name },
        period,
        group,
        neighbourSet,
        neighbours,
        laValues,
        englandValues,
      });
      return { ...view, groups };
    },

    /** Gaps between pupil groups for an LA over time, against England's. */
    async gapsView(laCode: string) {
      const area = await areaOrThrow(laCode);
      const [indicatorRows, figures] = await Promise.all([
        valuesRepository.indicatorsIn(db, gapIndicatorKeys),
        valuesRepository.groupFigures(db, gapIndicatorKeys, laCode),
      ]);
      return buildGapsView({
        area: { code: area.code, name: area.name },
        sections: gapSections,
        indicators: new Map(indicatorRows.map((i) => [i.key, i])),
        figures,
      });
    },

    /**
     * A school's results against its LA and England. The caller has already checked the actor may
     * see the school; whether small cohorts show is the caller's too (a permission).
     */
    async schoolResults(
      school: { urn: number; name: string; laCode: string; laName: string },
      options: { threshold: number; seesSmallCohorts: boolean },
    ) {
      const [indicatorRows, figures] = await Promise.all([
        valuesRepository.indicatorsIn(db, schoolResultKeys),
        valuesRepository.figures(db, schoolResultKeys, [
          { type: 'school', code: String(school.urn) },
          { type: 'la', code: school.laCode },
          { type: 'england', code: '970' },
        ]),
      ]);
      return buildSchoolResults({
        school,
        indicators: new Map(indicatorRows.map((i) => [i.key, i])),
        figures,
        ...options,
      });
    },

    /** A school's gaps between groups of pupils, beside England's (seed 000, 5.3). */
    async schoolGaps(urn: number, options: { threshold: number; seesSmallCohorts: boolean }) {
      const keys = schoolGapMeasures.map((m) => m.key);
      const [indicatorRows, figures] = await Promise.all([
        valuesRepository.indicatorsIn(db, keys),
        valuesRepository.groupedFigures(
          db,
          keys,
          [
            { type: 'school', code: String(urn) },
            { type: 'england', code: '970' },
          ],
          schoolGapGroups,
        ),
      ]);
      return buildSchoolGaps({
        figures,
        indicators: new Map(indicatorRows.map((i) => [i.key, i])),
        ...options,
      });
    },

    /** A school's context (census, absence) beside England's for its phase and all schools' fifths. */
    async schoolContext(urn: number, phase: string) {
      const [indicatorRows, figures] = await Promise.all([
        valuesRepository.indicatorsIn(db, schoolContextKeys),
        valuesRepository.figures(db, schoolContextKeys, [{ type: 'school', code: String(urn) }]),
      ]);
      const periods = [...new Set(figures.map((f) => f.periodEnd))];
      const benchmarks =
        periods.length === 0
          ? []
          : await db
              .select()
              .from(contextBenchmarks)
              .where(
                and(
                  inArray(contextBenchmarks.indicatorKey, schoolContextKeys),
                  inArray(contextBenchmarks.periodEnd, periods),
                ),
              );
      return buildSchoolContext({
        indicators: new Map(indicatorRows.map((i) => [i.key, i])),
        figures,
        benchmarks,
        phase: contextPhaseOf(phase),
        keys: schoolContextKeys,
      });
    },

    localAuthorities: () => valuesRepository.localAuthorities(db),

    /** The summary with its tables as shown and the years to choose from, once per data version. */
    resultsSummaryPage(laCode: string, period: number): Promise<SummaryPage> {
      return summaryPages(`${laCode}|${String(period)}`, async () => {
        const [summary, periods] = await Promise.all([
          this.resultsSummary(laCode, period),
          this.summaryPeriods(laCode),
        ]);
        return { summary, tables: summaryTables(summary), periods };
      });
    },

    /** Seed 001's tables for any LA and year: this year and last, against national, with ranks. */
    async resultsSummary(laCode: string, period: number) {
      const area = await areaOrThrow(laCode);
      const keys = summaryIndicatorKeys;
      const rankedKeys = resultsSummaryLayout
        .filter((t) => t.kind === 'ranked')
        .flatMap((t) => t.rows.map((r) => r.key));
      const [indicatorRows, figures, league] = await Promise.all([
        valuesRepository.indicatorsIn(db, keys),
        valuesRepository.figures(
          db,
          keys,
          [
            { type: 'la', code: area.code },
            { type: 'england', code: '970' },
          ],
          [period - 1, period],
        ),
        valuesRepository.leagues(db, rankedKeys, period),
      ]);
      if (!figures.some((f) => f.entityType === 'la' && f.periodEnd === period))
        throw new NotFoundError(`There are no results for ${area.name} in ${academicYearLabel(period)}`);
      const leagues = groupBy(league, (row) => row.indicatorKey);
      return buildResultsSummary({
        area: { code: area.code, name: area.name },
        period,
        layout: resultsSummaryLayout,
        indicators: new Map(indicatorRows.map((i) => [i.key, i])),
        figures,
        leagues,
      });
    },

    /** The years an LA has any summary figure for, latest first: the page's year choices. */
    async summaryPeriods(laCode: string): Promise<number[]> {
      await areaOrThrow(laCode);
      return valuesRepository.periodsWith(db, summaryIndicatorKeys, laCode);
    },

    /** An LA's statistical neighbours in one DfE model, and their average for an indicator if asked. */
    async neighbours(laCode: string, setName: string, key?: string, period?: number, group = 'all') {
      const area = await areaOrThrow(laCode);
      const neighbours = await valuesRepository.neighbours(db, setName, laCode);
      if (neighbours.length === 0)
        throw new NotFoundError(`No ${setName} statistical neighbours are loaded for ${laCode}`);
      if (key === undefined)
        return { set: setName, laCode: area.code, laName: area.name, neighbours, average: null };
      if (period === undefined)
        throw new ValidationError([{ field: 'period', message: 'Give a period with the indicator' }]);
      await indicatorOrThrow(key);
      const codes = new Set(neighbours.map((n) => n.laCode));
      const values = (await valuesRepository.valuesOfKind(db, key, 'la', group, period)).filter((r) =>
        codes.has(r.code),
      );
      const present = values.filter((v) => v.value !== null);
      return {
        set: setName,
        laCode: area.code,
        laName: area.name,
        neighbours: neighbours.map((n) => ({
          ...n,
          value: values.find((v) => v.code === n.laCode)?.value ?? null,
        })),
        average: {
          indicator: key,
          period,
          value: averageOf(values.map((v) => v.value)),
          from: present.length,
        },
      };
    },
  };
}

export type PerformanceReadService = ReturnType<typeof createPerformanceReadService>;

export type SeriesRequest = { laCode: string; key: string; group: string };
export type AreaSeries = ReturnType<typeof seriesOf>;
export type SeriesWithNeighbours = { series: AreaSeries; neighbourAverages: Map<number, number> };

/** One LA's series for an indicator from every LA's values and England's: value, gap, rank, band, change. */
function seriesOf(
  area: { code: string; name: string; regionName: string | null },
  indicator: IndicatorRow,
  group: string,
  laRows: readonly AreaValue[],
  englandRows: readonly AreaValue[],
  laCode = area.code,
) {
  const byPeriod = groupBy(laRows, (r) => r.periodEnd);
  const national = new Map(englandRows.map((r) => [r.periodEnd, r.value]));
  const own = [...byPeriod.entries()]
    .map(([period, rows]) => ({ period, row: rows.find((r) => r.code === laCode) }))
    .filter((p): p is { period: number; row: AreaValue } => p.row !== undefined);
  const series = own.map((p) => ({ period: p.period, value: p.row.value }));
  return {
    indicator: presentIndicator(indicator),
    area: { laCode: area.code, laName: area.name, region: area.regionName },
    group,
    periods: own.map(({ period, row }) => {
      const ranking = rankPeriod(byPeriod.get(period) ?? [], indicator.polarity, indicator.noQuartile);
      const mine = ranking.entries.find((e) => e.laCode === laCode);
      const nationalValue = national.get(period) ?? null;
      const change = changeSinceLastYear(series, period, indicator.methodologyFamily, indicator.polarity);
      return {
        period,
        periodLabel: row.period,
        status: row.status,
        value: row.value,
        suppression: row.suppression,
        national: nationalValue,
        gap: gap(row.value, nationalValue),
        rank: mine?.rank ?? null,
        joint: mine?.joint ?? false,
        n: mine?.rankOf ?? null,
        lasWithFigure: ranking.n,
        rankSource: mine?.rankSource ?? null,
        band: mine?.band ?? null,
        change: change.value,
        changeDirection: change.direction,
        trendBreak: change.trendBreak?.reason ?? null,
      };
    }),
  };
}
