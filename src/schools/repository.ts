import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import {
  academyConversions,
  earlyYearsProviders,
  establishmentLinks,
  establishments,
  groupMemberships,
  inspections,
  trusts,
} from './schema.ts';

export type EstablishmentRow = typeof establishments.$inferSelect;
export type TrustRow = typeof trusts.$inferSelect;
export type InspectionRow = typeof inspections.$inferSelect;

/** The register's columns it sorts by, in SQL because the list is paged. */
export const registerSorts = ['name', 'phase', 'la', 'grade', 'inspected'] as const;
export type RegisterSort = (typeof registerSorts)[number];

export type SchoolFilters = {
  q?: string | undefined;
  la?: string | undefined;
  phase?: string | undefined;
  type?: string | undefined;
  trust?: string | undefined;
  grade?: '1' | '2' | '3' | '4' | 'none' | undefined;
  status?: 'open' | 'closed' | undefined;
};

// Written with the table's own name: drizzle leaves single-table columns unqualified, and an
// unqualified "urn" inside the subquery would mean the inspection's.
/**
 * The school's current grade in SQL, for filtering and listing: the latest inspection on or before
 * the date that is not an ungraded visit, read on the old scale only when it was graded. The same
 * rule as currentGrade() in rules/inspections.ts; a database test holds the two together.
 */
export function currentGradeAt(at: string) {
  return sql<number | null>`(select case when i.framework = 'graded' then i.overall_effectiveness end
    from inspections i where i.urn = "establishments"."urn" and i.framework <> 'ungraded' and i.inspected_on <= ${at}
    order by i.inspected_on desc limit 1)`;
}

const latestInspectedOn = sql<
  string | null
>`(select max(i.inspected_on) from inspections i where i.urn = "establishments"."urn")`;

const isClosed = sql`${establishments.status} = 'Closed'`;

/** rules/dates.ts isOpenOn, as SQL for set-based reads: open on the date, by its dates. */
export function openOn(at: string): SQL {
  return sql`(not (${isClosed} and ${establishments.closedOn} is null)
    and (${establishments.openedOn} is null or ${establishments.openedOn} <= ${at})
    and (${establishments.closedOn} is null or ${establishments.closedOn} > ${at}))`;
}

function whereFilters(filters: SchoolFilters, scope: SQL | undefined, today: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [scope];
  const q = filters.q?.trim();
  if (q) {
    conditions.push(
      /^\d{5,7}$/.test(q)
        ? eq(establishments.urn, Number(q))
        : ilike(establishments.name, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
    );
  }
  if (filters.la) conditions.push(eq(establishments.laCode, filters.la));
  if (filters.phase) conditions.push(eq(establishments.phase, filters.phase));
  if (filters.type) conditions.push(eq(establishments.establishmentType, filters.type));
  if (filters.trust) conditions.push(eq(establishments.trustId, filters.trust));
  if (filters.status === 'open') conditions.push(sql`not (${isClosed})`);
  if (filters.status === 'closed') conditions.push(isClosed);
  if (filters.grade === 'none') conditions.push(sql`${currentGradeAt(today)} is null`);
  else if (filters.grade) conditions.push(sql`${currentGradeAt(today)} = ${Number(filters.grade)}`);
  return and(...conditions);
}

export const schoolsRepository = {
  async schoolExists(db: Database, urn: number): Promise<boolean> {
    const [row] = await db
      .select({ urn: establishments.urn })
      .from(establishments)
      .where(eq(establishments.urn, urn));
    return row !== undefined;
  },
  async trustExists(db: Database, id: string): Promise<boolean> {
    const [row] = await db.select({ id: trusts.id }).from(trusts).where(eq(trusts.id, id));
    return row !== undefined;
  },
  async findByUrn(db: Database, urn: number) {
    const federation = alias(trusts, 'federation');
    const [row] = await db
      .select({ establishment: establishments, trust: trusts, federation })
      .from(establishments)
      .leftJoin(trusts, eq(trusts.id, establishments.trustId))
      .leftJoin(federation, eq(federation.id, establishments.federationId))
      .where(eq(establishments.urn, urn));
    return row;
  },

  async search(
    db: Database,
    filters: SchoolFilters,
    scope: SQL | undefined,
    page: { offset: number; limit: number },
    today: string,
    sort: { column: RegisterSort; descending: boolean } = { column: 'name', descending: false },
  ) {
    const where = whereFilters(filters, scope, today);
    const way = sort.descending ? sql`desc` : sql`asc`;
    const sortedBy = {
      name: sql`${establishments.name} ${way}`,
      phase: sql`${establishments.phase} ${way}, ${establishments.establishmentType} ${way}`,
      la: sql`${establishments.laName} ${way}`,
      grade: sql`${currentGradeAt(today)} ${way} nulls last`,
      inspected: sql`${latestInspectedOn} ${way} nulls last`,
    }[sort.column];
    const [counted] = await db
      .select({ n: sql<number>`count(*)` })
      .from(establishments)
      .where(where);
    const rows = await db
      .select({
        establishment: establishments,
        trustName: trusts.name,
        grade: currentGradeAt(today),
        latestInspectedOn,
      })
      .from(establishments)
      .leftJoin(trusts, eq(trusts.id, establishments.trustId))
      .where(where)
      .orderBy(sortedBy, asc(establishments.name), asc(establishments.urn))
      .limit(page.limit)
      .offset(page.offset);
    return { total: counted?.n ?? 0, rows };
  },

  /** The values the search filters offer, from what the register holds. */
  async filterOptions(db: Database, scope: SQL | undefined) {
    const [las, phases, types] = await Promise.all([
      db
        .selectDistinct({ code: establishments.laCode, name: establishments.laName })
        .from(establishments)
        .where(scope)
        .orderBy(establishments.laName),
      db.selectDistinct({ value: establishments.phase }).from(establishments).where(scope),
      db
        .selectDistinct({ value: establishments.establishmentType })
        .from(establishments)
        .where(scope)
        .orderBy(establishments.establishmentType),
    ]);
    return { las, phases: phases.map((p) => p.value), types: types.map((t) => t.value) };
  },

  inspectionsOf(db: Database, urns: readonly number[]) {
    if (urns.length === 0) return Promise.resolve([]);
    return db
      .select()
      .from(inspections)
      .where(inArray(inspections.urn, [...urns]))
      .orderBy(desc(inspections.inspectedOn));
  },

  async linksOf(db: Database, urn: number) {
    const linked = alias(establishments, 'linked');
    return db
      .select({
        linkedUrn: establishmentLinks.linkedUrn,
        linkedName: establishmentLinks.linkedName,
        linkType: establishmentLinks.linkType,
        establishedOn: establishmentLinks.establishedOn,
        nameInRegister: linked.name,
      })
      .from(establishmentLinks)
      .leftJoin(linked, eq(linked.urn, establishmentLinks.linkedUrn))
      .where(eq(establishmentLinks.urn, urn))
      .orderBy(sql`${establishmentLinks.establishedOn} desc nulls last`, asc(establishmentLinks.linkedUrn));
  },

  membershipsOf(db: Database, urn: number) {
    return db
      .select({
        groupId: groupMemberships.groupId,
        name: trusts.name,
        groupType: trusts.groupType,
        joinedOn: groupMemberships.joinedOn,
        leftOn: groupMemberships.leftOn,
      })
      .from(groupMemberships)
      .innerJoin(trusts, eq(trusts.id, groupMemberships.groupId))
      .where(eq(groupMemberships.urn, urn))
      .orderBy(sql`${groupMemberships.joinedOn} desc nulls last`);
  },

  async conversionOf(db: Database, urn: number) {
    const [row] = await db.select().from(academyConversions).where(eq(academyConversions.urn, urn));
    return row;
  },

  async trust(db: Database, id: string) {
    const [row] = await db.select().from(trusts).where(eq(trusts.id, id));
    return row;
  },

  /** A trust's schools now, with the dates they joined where known. */
  trustSchools(db: Database, id: string, today: string) {
    return db
      .select({
        establishment: establishments,
        joinedOn: groupMemberships.joinedOn,
        grade: currentGradeAt(today),
        latestInspectedOn,
      })
      .from(establishments)
      .leftJoin(
        groupMemberships,
        and(eq(groupMemberships.urn, establishments.urn), eq(groupMemberships.groupId, id)),
      )
      .where(or(eq(establishments.trustId, id), eq(establishments.federationId, id)))
      .orderBy(asc(establishments.name));
  },

  /** Every school in an LA, with what the landscape needs to count it. */
  landscapeSchools(db: Database, laCode: string) {
    return db
      .select({
        urn: establishments.urn,
        name: establishments.name,
        laName: establishments.laName,
        phase: establishments.phase,
        phaseGroup: establishments.phaseGroup,
        establishmentType: establishments.establishmentType,
        isAcademy: establishments.isAcademy,
        status: establishments.status,
        openedOn: establishments.openedOn,
        closedOn: establishments.closedOn,
        trustId: establishments.trustId,
        trustName: trusts.name,
        trustType: trusts.groupType,
        isDemonstration: establishments.isDemonstration,
      })
      .from(establishments)
      .leftJoin(trusts, eq(trusts.id, establishments.trustId))
      .where(eq(establishments.laCode, laCode));
  },

  earlyYears(db: Database, laCode: string) {
    return db.select().from(earlyYearsProviders).where(eq(earlyYearsProviders.laCode, laCode));
  },

  conversions(db: Database, laCode: string) {
    return db
      .select({ conversion: academyConversions, name: establishments.name })
      .from(academyConversions)
      .innerJoin(establishments, eq(establishments.urn, academyConversions.urn))
      .where(eq(establishments.laCode, laCode))
      .orderBy(asc(academyConversions.expectedOn));
  },
};
