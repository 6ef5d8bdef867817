import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.ts';
import { areas, indicatorValues } from '../../performance/schema.ts';
import { establishments, inspections } from '../../schools/schema.ts';
import { areaLines } from '../../performance/areaIndicators.ts';

export type AreaKind = 'constituency' | 'ward';

const schoolIndicators = [
  ...new Set(
    areaLines.flatMap((l) => (l.fromSchools?.kind === 'schoolFigure' ? [l.fromSchools.indicator] : [])),
  ),
];
const councilIndicators = areaLines.map((l) => l.indicator.key);

/** What an area profile reads: a council's areas and figures, and the register's schools in them. */
export const areaProfileRepository = {
  async localAuthorityName(db: Database, laCode: string): Promise<string | null> {
    const [area] = await db
      .select({ name: areas.name })
      .from(areas)
      .where(and(eq(areas.code, laCode), eq(areas.areaType, 'la')));
    if (area) return area.name;
    const [school] = await db
      .select({ name: establishments.laName })
      .from(establishments)
      .where(eq(establishments.laCode, laCode))
      .limit(1);
    return school?.name ?? null;
  },

  /** The councils that have entered figures for their own constituencies or wards. */
  async councilsWithAreas(db: Database) {
    const council = alias(areas, 'council');
    return db
      .selectDistinct({ laCode: council.code, laName: council.name })
      .from(areas)
      .innerJoin(council, eq(council.code, areas.laCode))
      .orderBy(council.name);
  },

  async councilAreas(db: Database, laCode: string, kind: AreaKind) {
    return db
      .select({ code: areas.code, name: areas.name })
      .from(areas)
      .where(and(eq(areas.laCode, laCode), eq(areas.areaType, kind)));
  },

  async councilFigures(db: Database, kind: AreaKind, codes: readonly string[]) {
    if (codes.length === 0) return [];
    return db
      .select({
        areaCode: indicatorValues.entityCode,
        indicatorKey: indicatorValues.indicatorKey,
        value: indicatorValues.value,
        period: indicatorValues.period,
        periodEnd: indicatorValues.periodEnd,
        publishedDecimals: indicatorValues.publishedDecimals,
      })
      .from(indicatorValues)
      .where(
        and(
          eq(indicatorValues.entityType, kind),
          inArray(indicatorValues.entityCode, [...codes]),
          inArray(indicatorValues.indicatorKey, councilIndicators),
          eq(indicatorValues.pupilGroup, 'all'),
        ),
      );
  },

  /**
   * The register's schools in the LA's areas: every school whose constituency or ward is one the
   * LA's own schools name or the council entered, whichever council it belongs to.
   */
  async schoolsIn(db: Database, laCode: string, kind: AreaKind, councilNames: readonly string[]) {
    const column = kind === 'constituency' ? establishments.parliamentaryConstituency : establishments.ward;
    const named = db
      .selectDistinct({ name: sql<string>`lower(${column})` })
      .from(establishments)
      .where(eq(establishments.laCode, laCode));
    const names = councilNames.map((n) => n.toLowerCase());
    return db
      .select({
        urn: establishments.urn,
        areaName: sql<string>`${column}`,
        phaseGroup: establishments.phaseGroup,
        establishmentType: establishments.establishmentType,
        status: establishments.status,
        openedOn: establishments.openedOn,
        closedOn: establishments.closedOn,
        numberOnRoll: establishments.numberOnRoll,
        percentageFsm: establishments.percentageFsm,
      })
      .from(establishments)
      .where(
        names.length > 0
          ? sql`lower(${column}) in (${named}) or lower(${column}) in ${names}`
          : sql`lower(${column}) in (${named})`,
      );
  },

  async inspectionsOf(db: Database, urns: readonly number[]) {
    if (urns.length === 0) return [];
    return db
      .select({
        urn: inspections.urn,
        inspectedOn: inspections.inspectedOn,
        framework: inspections.framework,
        overallEffectiveness: inspections.overallEffectiveness,
      })
      .from(inspections)
      .where(inArray(inspections.urn, [...urns]));
  },

  async schoolFigures(db: Database, urns: readonly number[]) {
    if (urns.length === 0) return [];
    return db
      .select({
        urn: sql<number>`${indicatorValues.entityCode}::integer`,
        indicatorKey: indicatorValues.indicatorKey,
        value: indicatorValues.value,
        cohort: indicatorValues.denominator,
        period: indicatorValues.period,
        periodEnd: indicatorValues.periodEnd,
      })
      .from(indicatorValues)
      .where(
        and(
          eq(indicatorValues.entityType, 'school'),
          inArray(indicatorValues.entityCode, urns.map(String)),
          inArray(indicatorValues.indicatorKey, schoolIndicators),
          eq(indicatorValues.pupilGroup, 'all'),
        ),
      );
  },
};
