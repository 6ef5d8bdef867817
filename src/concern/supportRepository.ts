import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { supportAllowances, supportVisits } from './schema.ts';

export type VisitRow = typeof supportVisits.$inferSelect;

export const supportRepository = {
  async allowances(db: Database, laCode: string): Promise<Map<string, number>> {
    const rows = await db.select().from(supportAllowances).where(eq(supportAllowances.laCode, laCode));
    return new Map(rows.map((r) => [r.category, r.daysPerYear]));
  },

  async setAllowances(tx: Database, laCode: string, allowances: Record<string, number>): Promise<void> {
    await tx.delete(supportAllowances).where(eq(supportAllowances.laCode, laCode));
    const rows = Object.entries(allowances).map(([category, daysPerYear]) => ({
      laCode,
      category,
      daysPerYear,
    }));
    if (rows.length > 0) await tx.insert(supportAllowances).values(rows);
  },

  visitsOf(db: Database, urn: number): Promise<VisitRow[]> {
    return db
      .select()
      .from(supportVisits)
      .where(eq(supportVisits.urn, urn))
      .orderBy(desc(supportVisits.visitOn), desc(supportVisits.id));
  },

  /** Visits between two dates for these schools, in date order. */
  visitsBetween(db: Database, urns: number[], from: string, to: string): Promise<VisitRow[]> {
    if (urns.length === 0) return Promise.resolve([]);
    return db
      .select()
      .from(supportVisits)
      .where(
        and(
          inArray(supportVisits.urn, urns),
          gte(supportVisits.visitOn, from),
          lte(supportVisits.visitOn, to),
        ),
      )
      .orderBy(asc(supportVisits.visitOn));
  },

  async visit(db: Database, id: number): Promise<VisitRow | undefined> {
    const [row] = await db.select().from(supportVisits).where(eq(supportVisits.id, id));
    return row;
  },

  async addVisit(tx: Database, row: typeof supportVisits.$inferInsert): Promise<VisitRow | undefined> {
    const [created] = await tx.insert(supportVisits).values(row).returning();
    return created;
  },

  async updateVisit(tx: Database, id: number, change: Partial<typeof supportVisits.$inferInsert>) {
    const [updated] = await tx.update(supportVisits).set(change).where(eq(supportVisits.id, id)).returning();
    return updated;
  },
};
