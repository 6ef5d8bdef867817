import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import { areas, indicators, indicatorValues, statisticalNeighbours } from './schema.ts';

export type IndicatorRow = typeof indicators.$inferSelect;
export type AreaValue = {
  code: string;
  name: string;
  periodEnd: number;
  period: string;
  status: string;
  value: number | null;
  suppression: string | null;
  publishedRank: number | null;
  publishedRankOf: number | null;
  publishedRankJoint: boolean | null;
  publishedDecimals: number | null;
};

const areaValueColumns = {
  code: indicatorValues.entityCode,
  name: areas.name,
  periodEnd: indicatorValues.periodEnd,
  period: indicatorValues.period,
  status: indicatorValues.status,
  value: indicatorValues.value,
  suppression: indicatorValues.suppression,
  publishedRank: indicatorValues.publishedRank,
  publishedRankOf: indicatorValues.publishedRankOf,
  publishedRankJoint: indicatorValues.publishedRankJoint,
  publishedDecimals: indicatorValues.publishedDecimals,
};

/** A figure with everything a results table shows beside it. */
export type Figure = AreaValue & {
  indicatorKey: string;
  entityType: string;
  ciLower: number | null;
  ciUpper: number | null;
  publishedJudgement: string | null;
  denominator: number | null;
};

const figureColumns = {
  ...areaValueColumns,
  name: sql<string>`${indicatorValues.entityCode}`,
  indicatorKey: indicatorValues.indicatorKey,
  entityType: indicatorValues.entityType,
  ciLower: indicatorValues.ciLower,
  ciUpper: indicatorValues.ciUpper,
  publishedJudgement: indicatorValues.publishedJudgement,
  denominator: indicatorValues.denominator,
};

export const valuesRepository = {
  /** Figures of some indicators for some entities (an LA, England) in some periods, all pupils. */
  figures(
    db: Database,
    keys: readonly string[],
    entities: readonly { type: string; code: string }[],
    periods?: readonly number[],
  ): Promise<Figure[]> {
    return db
      .select(figureColumns)
      .from(indicatorValues)
      .where(
        and(
          inArray(indicatorValues.indicatorKey, [...keys]),
          periods === undefined ? undefined : inArray(indicatorValues.periodEnd, [...periods]),
          eq(indicatorValues.pupilGroup, 'all'),
          sql`(${indicatorValues.entityType}, ${indicatorValues.entityCode}) in (${sql.join(
            entities.map((e) => sql`(${e.type}, ${e.code})`),
            sql`, `,
          )})`,
        ),
      );
  },

  /** Figures for groups of pupils (disadvantaged, boys, …) of some entities: a school's gaps. */
  groupedFigures(
    db: Database,
    keys: readonly string[],
    entities: readonly { type: string; code: string }[],
    groups: readonly string[],
  ) {
    return db
      .select({ ...figureColumns, group: indicatorValues.pupilGroup })
      .from(indicatorValues)
      .where(
        and(
          inArray(indicatorValues.indicatorKey, [...keys]),
          inArray(indicatorValues.pupilGroup, [...groups]),
          sql`(${indicatorValues.entityType}, ${indicatorValues.entityCode}) in (${sql.join(
            entities.map((e) => sql`(${e.type}, ${e.code})`),
            sql`, `,
          )})`,
        ),
      );
  },

  /** Every period and pupil group of some indicators, for an LA and England: the gaps view. */
  groupFigures(db: Database, keys: readonly string[], laCode: string) {
    return db
      .select({
        indicatorKey: indicatorValues.indicatorKey,
        entityType: indicatorValues.entityType,
        pupilGroup: indicatorValues.pupilGroup,
        periodEnd: indicatorValues.periodEnd,
        value: indicatorValues.value,
      })
      .from(indicatorValues)
      .where(
        and(
          inArray(indicatorValues.indicatorKey, [...keys]),
          sql`(${indicatorValues.entityType}, ${indicatorValues.entityCode}) in (('la', ${laCode}), ('england', '970'))`,
        ),
      );
  },

  async groupsOf(db: Database, key: string): Promise<string[]> {
    const rows = await db
      .selectDistinct({ group: indicatorValues.pupilGroup })
      .from(indicatorValues)
      .where(eq(indicatorValues.indicatorKey, key))
      .orderBy(asc(indicatorValues.pupilGroup));
    return rows.map((r) => r.group);
  },

  indicatorsIn(db: Database, keys: readonly string[]): Promise<IndicatorRow[]> {
    return db
      .select()
      .from(indicators)
      .where(inArray(indicators.key, [...keys]));
  },

  async periodsWith(db: Database, keys: readonly string[], laCode: string): Promise<number[]> {
    const rows = await db
      .selectDistinct({ periodEnd: indicatorValues.periodEnd })
      .from(indicatorValues)
      .where(
        and(
          inArray(indicatorValues.indicatorKey, [...keys]),
          eq(indicatorValues.entityType, 'la'),
          eq(indicatorValues.entityCode, laCode),
          eq(indicatorValues.pupilGroup, 'all'),
          sql`${indicatorValues.value} is not null`,
        ),
      )
      .orderBy(sql`${indicatorValues.periodEnd} desc`);
    return rows.map((r) => r.periodEnd);
  },

  /** Every LA's figure for some indicators in one period: the league tables the ranks come from. */
  leagues(
    db: Database,
    keys: readonly string[],
    period: number,
  ): Promise<(AreaValue & { indicatorKey: string })[]> {
    return db
      .select({ ...areaValueColumns, indicatorKey: indicatorValues.indicatorKey })
      .from(indicatorValues)
      .innerJoin(areas, eq(areas.code, indicatorValues.entityCode))
      .where(
        and(
          inArray(indicatorValues.indicatorKey, [...keys]),
          eq(indicatorValues.entityType, 'la'),
          eq(indicatorValues.pupilGroup, 'all'),
          eq(indicatorValues.periodEnd, period),
        ),
      );
  },

  listIndicators(db: Database): Promise<IndicatorRow[]> {
    return db.select().from(indicators).orderBy(asc(indicators.topic), asc(indicators.key));
  },

  async indicator(db: Database, key: string): Promise<IndicatorRow | undefined> {
    const [row] = await db.select().from(indicators).where(eq(indicators.key, key));
    return row;
  },

  async periodsOf(db: Database, key: string): Promise<number[]> {
    const rows = await db
      .selectDistinct({ periodEnd: indicatorValues.periodEnd })
      .from(indicatorValues)
      .where(eq(indicatorValues.indicatorKey, key))
      .orderBy(asc(indicatorValues.periodEnd));
    return rows.map((r) => r.periodEnd);
  },

  /** One indicator's values for every area of a kind (LAs, or England): every period, or one. */
  valuesOfKind(
    db: Database,
    key: string,
    areaType: 'la' | 'england' | 'region',
    group: string,
    period?: number,
  ): Promise<AreaValue[]> {
    return db
      .select(areaValueColumns)
      .from(indicatorValues)
      .innerJoin(areas, eq(areas.code, indicatorValues.entityCode))
      .where(
        and(
          eq(indicatorValues.indicatorKey, key),
          eq(indicatorValues.entityType, areaType),
          eq(indicatorValues.pupilGroup, group),
          period === undefined ? undefined : eq(indicatorValues.periodEnd, period),
        ),
      )
      .orderBy(asc(indicatorValues.periodEnd), asc(indicatorValues.entityCode));
  },

  /**
   * What is held of each indicator: its latest period for each kind of area and pupil group. One
   * pass over the figures, worked out once per data version by the catalogue.
   */
  heldFigures(db: Database) {
    return queryRows<{
      indicatorKey: string;
      entityType: string;
      pupilGroup: string;
      latest: number;
      latestLabel: string;
    }>(
      db,
      sql`select indicator_key as "indicatorKey", entity_type as "entityType", pupil_group as "pupilGroup",
            max(period_end)::int as latest, max(period) as "latestLabel"
          from indicator_values group by indicator_key, entity_type, pupil_group`,
    );
  },

  /**
   * Every LA's and England's figure, all pupils, in each indicator's latest year with LA figures:
   * the leagues an LA's list of indicators ranks it in. The latest year comes from the league-table
   * index (schema.ts).
   */
  latestLeagues(db: Database) {
    return queryRows<AreaValue & { indicatorKey: string; entityType: string }>(
      db,
      sql`with latest as (
            select indicator_key, max(period_end) as period_end from indicator_values
            where entity_type = 'la' and pupil_group = 'all' and value is not null group by indicator_key)
          select v.indicator_key as "indicatorKey", v.entity_type as "entityType", v.entity_code as code,
            a.name, v.period_end as "periodEnd", v.period, v.status, v.value, v.suppression,
            v.published_rank as "publishedRank", v.published_rank_of as "publishedRankOf",
            v.published_rank_joint as "publishedRankJoint", v.published_decimals as "publishedDecimals"
          from indicator_values v
          join latest l on l.indicator_key = v.indicator_key and l.period_end = v.period_end
          join areas a on a.code = v.entity_code
          where v.entity_type in ('la', 'england') and v.pupil_group = 'all'`,
    );
  },

  localAuthorities(db: Database) {
    return db
      .select({ code: areas.code, name: areas.name })
      .from(areas)
      .where(eq(areas.areaType, 'la'))
      .orderBy(asc(areas.name));
  },

  async area(db: Database, code: string) {
    const [row] = await db.select().from(areas).where(eq(areas.code, code));
    return row;
  },

  neighbours(db: Database, setName: string, laCode: string) {
    return db
      .select({
        rank: statisticalNeighbours.neighbourRank,
        laCode: statisticalNeighbours.neighbourCode,
        laName: sql<string>`coalesce(${areas.name}, ${statisticalNeighbours.neighbourCode})`,
        closeness: statisticalNeighbours.closeness,
      })
      .from(statisticalNeighbours)
      .leftJoin(areas, eq(areas.code, statisticalNeighbours.neighbourCode))
      .where(and(eq(statisticalNeighbours.setName, setName), eq(statisticalNeighbours.laCode, laCode)))
      .orderBy(asc(statisticalNeighbours.neighbourRank));
  },

  /** Many indicators' values for LAs and England, for many pupil groups, in one query. */
  valuesOfMany(db: Database, keys: readonly string[], groups: readonly string[]) {
    return db
      .select({
        ...areaValueColumns,
        indicatorKey: indicatorValues.indicatorKey,
        group: indicatorValues.pupilGroup,
        areaType: indicatorValues.entityType,
      })
      .from(indicatorValues)
      .innerJoin(areas, eq(areas.code, indicatorValues.entityCode))
      .where(
        and(
          inArray(indicatorValues.indicatorKey, [...keys]),
          inArray(indicatorValues.entityType, ['la', 'england']),
          inArray(indicatorValues.pupilGroup, [...groups]),
        ),
      )
      .orderBy(asc(indicatorValues.periodEnd), asc(indicatorValues.entityCode));
  },

  indicatorsByKeys(db: Database, keys: readonly string[]) {
    return db
      .select()
      .from(indicators)
      .where(inArray(indicators.key, [...keys]));
  },

  areasByCodes(db: Database, codes: readonly string[]) {
    return db
      .select()
      .from(areas)
      .where(inArray(areas.code, [...codes]));
  },

  /** The neighbours of many LAs in the sets named, in one query. */
  neighboursOfMany(db: Database, setNames: readonly string[], laCodes: readonly string[]) {
    return db
      .select({
        setName: statisticalNeighbours.setName,
        laCode: statisticalNeighbours.laCode,
        neighbourCode: statisticalNeighbours.neighbourCode,
      })
      .from(statisticalNeighbours)
      .where(
        and(
          inArray(statisticalNeighbours.setName, [...setNames]),
          inArray(statisticalNeighbours.laCode, [...laCodes]),
        ),
      );
  },
};
