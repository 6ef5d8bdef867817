import { and, asc, eq, sql } from 'drizzle-orm';
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

export const valuesRepository = {
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
};
