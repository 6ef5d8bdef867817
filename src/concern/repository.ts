import { and, asc, desc, eq, gte, inArray, isNull, lte, max, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { groupBy } from '../kernel/collections.ts';
import {
  assessmentMeetings,
  categoryDecisions,
  concernIntelligence,
  concernSettings,
  interventions,
  riskModels,
} from './schema.ts';

export type MeetingRow = typeof assessmentMeetings.$inferSelect;
export type DecisionRow = typeof categoryDecisions.$inferSelect;
export type InterventionRow = typeof interventions.$inferSelect;
export type IntelligenceRow = typeof concernIntelligence.$inferSelect;

export const concernRepository = {
  async latestModel(db: Database, laCode: string) {
    const [row] = await db
      .select()
      .from(riskModels)
      .where(eq(riskModels.laCode, laCode))
      .orderBy(desc(riskModels.version))
      .limit(1);
    return row;
  },

  async modelVersion(db: Database, laCode: string, version: number) {
    const [row] = await db
      .select()
      .from(riskModels)
      .where(and(eq(riskModels.laCode, laCode), eq(riskModels.version, version)));
    return row;
  },

  async saveModel(tx: Database, model: typeof riskModels.$inferInsert) {
    const [row] = await tx.insert(riskModels).values(model).returning();
    return row;
  },

  /** Each school's newest decision: its category now. */
  async currentCategories(db: Database, urns: number[]): Promise<Map<number, DecisionRow>> {
    if (urns.length === 0) return new Map();
    const rows = await db
      .selectDistinctOn([categoryDecisions.urn])
      .from(categoryDecisions)
      .where(inArray(categoryDecisions.urn, urns))
      .orderBy(categoryDecisions.urn, desc(categoryDecisions.decidedOn), desc(categoryDecisions.id));
    return new Map(rows.map((r) => [r.urn, r]));
  },

  /**
   * Each school's category as it stood before a meeting: its newest decision on or before the day,
   * leaving out the meeting's own, so what was before stays before as the meeting decides.
   */
  async categoriesBeforeMeeting(
    db: Database,
    urns: number[],
    meeting: { id: number; heldOn: string },
  ): Promise<Map<number, DecisionRow>> {
    if (urns.length === 0) return new Map();
    const rows = await db
      .selectDistinctOn([categoryDecisions.urn])
      .from(categoryDecisions)
      .where(
        and(
          inArray(categoryDecisions.urn, urns),
          lte(categoryDecisions.decidedOn, meeting.heldOn),
          or(isNull(categoryDecisions.meetingId), ne(categoryDecisions.meetingId, meeting.id)),
        ),
      )
      .orderBy(categoryDecisions.urn, desc(categoryDecisions.decidedOn), desc(categoryDecisions.id));
    return new Map(rows.map((r) => [r.urn, r]));
  },

  /** Each school's category as it stood on a date: its newest decision on or before it. */
  async categoriesOn(db: Database, urns: number[], on: string): Promise<Map<number, DecisionRow>> {
    if (urns.length === 0) return new Map();
    const rows = await db
      .selectDistinctOn([categoryDecisions.urn])
      .from(categoryDecisions)
      .where(and(inArray(categoryDecisions.urn, urns), lte(categoryDecisions.decidedOn, on)))
      .orderBy(categoryDecisions.urn, desc(categoryDecisions.decidedOn), desc(categoryDecisions.id));
    return new Map(rows.map((r) => [r.urn, r]));
  },

  interventionsFor(db: Database, urns: number[]): Promise<InterventionRow[]> {
    if (urns.length === 0) return Promise.resolve([]);
    return db
      .select()
      .from(interventions)
      .where(inArray(interventions.urn, urns))
      .orderBy(asc(interventions.startedOn));
  },

  categoryHistory(db: Database, urn: number): Promise<DecisionRow[]> {
    return db
      .select()
      .from(categoryDecisions)
      .where(eq(categoryDecisions.urn, urn))
      .orderBy(desc(categoryDecisions.decidedOn), desc(categoryDecisions.id));
  },

  async recordDecision(tx: Database, decision: typeof categoryDecisions.$inferInsert) {
    const [row] = await tx.insert(categoryDecisions).values(decision).returning();
    return row;
  },

  async createMeeting(tx: Database, meeting: typeof assessmentMeetings.$inferInsert) {
    const [row] = await tx.insert(assessmentMeetings).values(meeting).returning();
    return row;
  },

  async meeting(db: Database, id: number) {
    const [row] = await db.select().from(assessmentMeetings).where(eq(assessmentMeetings.id, id));
    return row;
  },

  meetings(db: Database, laCode: string) {
    return db
      .select({
        meeting: assessmentMeetings,
        decisions:
          sql<number>`(select count(*) from ${categoryDecisions} d where d.meeting_id = ${assessmentMeetings.id})`.mapWith(
            Number,
          ),
      })
      .from(assessmentMeetings)
      .where(eq(assessmentMeetings.laCode, laCode))
      .orderBy(desc(assessmentMeetings.heldOn), desc(assessmentMeetings.id));
  },

  decisionsAt(db: Database, meetingId: number): Promise<DecisionRow[]> {
    return db
      .select()
      .from(categoryDecisions)
      .where(eq(categoryDecisions.meetingId, meetingId))
      .orderBy(asc(categoryDecisions.id));
  },

  /** Intelligence noted between two dates, by school: for these schools, or (null) every school. */
  async recentIntelligence(db: Database, urns: number[] | null, from: string, to: string) {
    if (urns?.length === 0) return new Map<number, IntelligenceRow[]>();
    const rows = await db
      .select()
      .from(concernIntelligence)
      .where(
        and(
          urns === null ? undefined : inArray(concernIntelligence.urn, urns),
          gte(concernIntelligence.notedOn, from),
          lte(concernIntelligence.notedOn, to),
        ),
      );
    return groupBy(rows, (row) => row.urn);
  },

  intelligenceOf(db: Database, urn: number): Promise<IntelligenceRow[]> {
    return db
      .select()
      .from(concernIntelligence)
      .where(eq(concernIntelligence.urn, urn))
      .orderBy(desc(concernIntelligence.notedOn), desc(concernIntelligence.id));
  },

  async recordIntelligence(tx: Database, row: typeof concernIntelligence.$inferInsert) {
    const [created] = await tx.insert(concernIntelligence).values(row).returning();
    return created;
  },

  interventionsOf(db: Database, urn: number): Promise<InterventionRow[]> {
    return db
      .select()
      .from(interventions)
      .where(eq(interventions.urn, urn))
      .orderBy(desc(interventions.startedOn), desc(interventions.id));
  },

  async intervention(db: Database, id: number) {
    const [row] = await db.select().from(interventions).where(eq(interventions.id, id));
    return row;
  },

  async createIntervention(tx: Database, row: typeof interventions.$inferInsert) {
    const [created] = await tx.insert(interventions).values(row).returning();
    return created;
  },

  async updateIntervention(
    tx: Database,
    id: number,
    change: Pick<InterventionRow, 'status' | 'endedOn' | 'outcome'>,
  ) {
    const [updated] = await tx.update(interventions).set(change).where(eq(interventions.id, id)).returning();
    return updated;
  },

  async sharesCategoryWithSchools(db: Database, laCode: string): Promise<boolean> {
    const [row] = await db.select().from(concernSettings).where(eq(concernSettings.laCode, laCode));
    return row?.shareCategoryWithSchools ?? false;
  },

  async setSharing(tx: Database, laCode: string, share: boolean): Promise<void> {
    await tx
      .insert(concernSettings)
      .values({ laCode, shareCategoryWithSchools: share })
      .onConflictDoUpdate({ target: concernSettings.laCode, set: { shareCategoryWithSchools: share } });
  },

  async latestVersionNumber(db: Database, laCode: string): Promise<number> {
    const [row] = await db
      .select({ version: max(riskModels.version) })
      .from(riskModels)
      .where(eq(riskModels.laCode, laCode));
    return row?.version ?? 0;
  },
};
