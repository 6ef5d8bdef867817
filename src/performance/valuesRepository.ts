import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
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
