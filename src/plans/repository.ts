import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { nestedFirst, nestedRows } from '../db/nested.ts';
import {
  actions,
  actionUpdates,
  kpiActuals,
  kpis,
  planAreas,
  planRoleHolders,
  planRoles,
  plans,
  priorities,
} from './schema.ts';

export type PlanRow = typeof plans.$inferSelect;
export type PriorityRow = typeof priorities.$inferSelect;
export type ActionRow = typeof actions.$inferSelect;
export type ActionUpdateRow = typeof actionUpdates.$inferSelect;
export type KpiRow = typeof kpis.$inferSelect;

export const plansRepository = {
  allKpis(db: Database): Promise<KpiRow[]> {
    return db.select().from(kpis).orderBy(kpis.planId, kpis.id);
  },

  list(db: Database) {
    return db.select().from(plans).orderBy(asc(plans.id));
  },

  async plan(db: Database, id: number) {
    const [plan] = await db.select().from(plans).where(eq(plans.id, id));
    return plan;
  },

  /** A plan with its glossary, areas, priorities and KPIs, in one query. */
  async outline(db: Database, planId: number) {
    const [outline] = await db
      .select({
        plan: plans,
        glossary: nestedRows(planRoles, eq(planRoles.planId, plans.id), sql`${planRoles.code}`),
        areas: nestedRows(planAreas, eq(planAreas.planId, plans.id), sql`${planAreas.number}`),
        priorities: nestedRows(priorities, eq(priorities.planId, plans.id), sql`${priorities.position}`),
        kpis: nestedRows(kpis, eq(kpis.planId, plans.id), sql`${kpis.id}`),
      })
      .from(plans)
      .where(eq(plans.id, planId));
    return outline;
  },

  /**
   * A plan's whole hierarchy, in the council's order, in two queries however big the plan: the
   * outline, then its actions with each one's latest update.
   */
  async hierarchy(db: Database, planId: number) {
    const outline = await plansRepository.outline(db, planId);
    if (!outline) return undefined;
    const rows = await db
      .select({
        action: actions,
        latest: nestedFirst(
          actionUpdates,
          eq(actionUpdates.actionId, actions.id),
          sql`${actionUpdates.at} desc, ${actionUpdates.id} desc`,
        ),
      })
      .from(actions)
      .innerJoin(priorities, eq(priorities.id, actions.priorityId))
      .where(eq(priorities.planId, planId))
      .orderBy(asc(priorities.position), asc(actions.position));
    const latest = new Map<number, ActionUpdateRow>();
    for (const row of rows) if (row.latest) latest.set(row.action.id, row.latest);
    return { ...outline, actions: rows.map((r) => r.action), latest };
  },

  /** Each plan's actions' RAG, for the list of plans: one query for every plan. */
  async actionRagsByPlan(db: Database) {
    const rows = await db
      .select({ planId: priorities.planId, rag: actions.rag })
      .from(actions)
      .innerJoin(priorities, eq(priorities.id, actions.priorityId));
    const byPlan = new Map<number, { rag: ActionRow['rag'] }[]>();
    for (const row of rows) byPlan.set(row.planId, [...(byPlan.get(row.planId) ?? []), { rag: row.rag }]);
    return byPlan;
  },

  /** The recorded figures of many KPIs at once. */
  async actualsOf(db: Database, kpiIds: readonly number[]) {
    if (kpiIds.length === 0) return new Map<number, (typeof kpiActuals.$inferSelect)[]>();
    const rows = await db
      .select()
      .from(kpiActuals)
      .where(inArray(kpiActuals.kpiId, [...kpiIds]))
      .orderBy(asc(kpiActuals.kpiId), asc(kpiActuals.period));
    const byKpi = new Map<number, (typeof kpiActuals.$inferSelect)[]>();
    for (const row of rows) byKpi.set(row.kpiId, [...(byKpi.get(row.kpiId) ?? []), row]);
    return byKpi;
  },

  async action(db: Database, id: number) {
    const [row] = await db
      .select({ action: actions, priority: priorities, plan: plans })
      .from(actions)
      .innerJoin(priorities, eq(priorities.id, actions.priorityId))
      .innerJoin(plans, eq(plans.id, priorities.planId))
      .where(eq(actions.id, id));
    return row;
  },

  updatesOf(db: Database, actionId: number) {
    return db
      .select()
      .from(actionUpdates)
      .where(eq(actionUpdates.actionId, actionId))
      .orderBy(desc(actionUpdates.at), desc(actionUpdates.id));
  },

  /** The latest update of each action in a plan, for its commentary. */
  async latestUpdates(db: Database, actionIds: readonly number[]) {
    if (actionIds.length === 0) return new Map<number, ActionUpdateRow>();
    const rows = await db
      .select()
      .from(actionUpdates)
      .where(inArray(actionUpdates.actionId, [...actionIds]))
      .orderBy(desc(actionUpdates.at), desc(actionUpdates.id));
    const latest = new Map<number, ActionUpdateRow>();
    for (const row of rows) if (!latest.has(row.actionId)) latest.set(row.actionId, row);
    return latest;
  },

  /** The lead roles a user holds, plan by plan. */
  async rolesHeldBy(db: Database, userId: number) {
    const rows = await db.select().from(planRoleHolders).where(eq(planRoleHolders.userId, userId));
    const held = new Map<number, Set<string>>();
    for (const row of rows) held.set(row.planId, (held.get(row.planId) ?? new Set()).add(row.code));
    return held;
  },

  /** Every action in the plans where the user holds one of its lead roles. */
  async actionsLedBy(db: Database, userId: number) {
    const held = await plansRepository.rolesHeldBy(db, userId);
    if (held.size === 0) return [];
    const rows = await db
      .select({ action: actions, priority: priorities, plan: plans })
      .from(actions)
      .innerJoin(priorities, eq(priorities.id, actions.priorityId))
      .innerJoin(plans, eq(plans.id, priorities.planId))
      .where(inArray(plans.id, [...held.keys()]))
      .orderBy(asc(plans.id), asc(actions.position));
    return rows.filter((r) => r.action.leads.some((code) => held.get(r.plan.id)?.has(code)));
  },

  async kpi(db: Database, id: number) {
    const [row] = await db.select().from(kpis).where(eq(kpis.id, id));
    return row;
  },

  kpiActuals(db: Database, kpiId: number) {
    return db.select().from(kpiActuals).where(eq(kpiActuals.kpiId, kpiId)).orderBy(asc(kpiActuals.period));
  },

  saveActual(
    tx: Database,
    kpiId: number,
    actual: { period: number; value: number; comparator: number | null; note: string },
  ) {
    return tx
      .insert(kpiActuals)
      .values({ kpiId, ...actual })
      .onConflictDoUpdate({
        target: [kpiActuals.kpiId, kpiActuals.period],
        set: { value: actual.value, comparator: actual.comparator, note: actual.note },
      });
  },

  async recordUpdate(
    tx: Database,
    actionId: number,
    update: {
      byUserId: number | null;
      byLabel: string;
      rag: ActionRow['rag'];
      commentary: string;
      evidenceUrl: string | null;
    },
  ) {
    const [created] = await tx
      .insert(actionUpdates)
      .values({ actionId, ...update })
      .returning();
    await tx
      .update(actions)
      .set({ rag: update.rag, ragChangedAt: created?.at ?? new Date() })
      .where(and(eq(actions.id, actionId)));
    return created;
  },
};
