import { and, asc, count, eq, inArray, max } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { users } from '../access/schema.ts';
import type { Database } from '../db/client.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.ts';
import { formatDate } from '../kernel/format.ts';
import { plansRepository } from './repository.ts';
import { mayEditPlan } from './ownership.ts';
import { notify } from '../access/notifications/notify.ts';
import {
  actions,
  actionUpdates,
  kpis,
  planAreas,
  planRoleHolders,
  planRoles,
  plans,
  priorities,
} from './schema.ts';
import { actionInput, areaInput, kpiInput, newPlanInput, priorityInput, roleInput } from './editInput.ts';
import {
  actionProblems,
  areaProblems,
  priorityProblems,
  removalProblem,
  type PlanPart,
  type PlanShape,
} from './rules/structure.ts';

// Plans made and changed on the web (SPEC C4): a new plan with its owner role, then its areas, lead
// roles, priorities, actions and KPIs added, edited, reordered and removed. Each change is checked
// against the plan's shape (rules/structure.ts), written in one transaction and audited.

type Fields = Readonly<Record<string, string | undefined>>;
export const planParts = ['area', 'role', 'priority', 'action', 'kpi'] as const satisfies readonly PlanPart[];

/** The words each part goes by in the audit log and on the page. */
export const partNames: Record<PlanPart, string> = {
  area: 'area for improvement',
  role: 'lead role',
  priority: 'priority',
  action: 'action',
  kpi: 'KPI',
};

async function shapeOf(db: Database, planId: number) {
  const outline = await plansRepository.outline(db, planId);
  if (!outline) throw new NotFoundError(`There is no plan ${String(planId)}`);
  const rows = await db
    .select({ action: actions, updates: count(actionUpdates.id) })
    .from(actions)
    .innerJoin(priorities, eq(priorities.id, actions.priorityId))
    .leftJoin(actionUpdates, eq(actionUpdates.actionId, actions.id))
    .where(eq(priorities.planId, planId))
    .groupBy(actions.id)
    .orderBy(asc(actions.position), asc(actions.id));
  const shape: PlanShape = {
    glossary: outline.glossary.map((g) => g.code),
    areas: outline.areas.map((a) => a.number),
    priorities: outline.priorities.map((p) => ({
      id: p.id,
      number: p.number,
      areas: p.areas,
      leads: p.leads,
      actions: rows
        .filter((r) => r.action.priorityId === p.id)
        .map(({ action, updates }) => ({
          id: action.id,
          number: action.number,
          leads: action.leads,
          texts: [action.strategic, action.operational, action.milestones, action.performanceMeasure],
          updates,
        })),
    })),
    kpis: outline.kpis.map((k) => ({
      id: k.id,
      number: k.number,
      priorityId: k.priorityId,
      outcomeLead: k.outcomeLead,
    })),
  };
  return { outline, actions: rows.map((r) => r.action), shape };
}

const refuse = (problems: { field: string; message: string }[]) => {
  if (problems.length > 0) throw new ValidationError(problems);
};

export function createPlanEditingService(db: Database) {
  async function editable(actor: Actor, planId: number) {
    const plan = await plansRepository.plan(db, planId);
    if (!plan) throw new NotFoundError(`There is no plan ${String(planId)}`);
    if (!(await mayEditPlan(db, actor, plan)))
      throw new ForbiddenError(
        `Only a holder of the plan’s owner role (${plan.ownerRole ?? 'none'}) or an administrator can change it.`,
      );
    return plan;
  }

  /** The accounts that can lead an action: those who may update progress on what they own. */
  async function possibleHolders(within: Database = db) {
    return within
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(and(inArray(users.role, ['officer', 'action_owner']), eq(users.status, 'active')))
      .orderBy(asc(users.name));
  }

  async function nextPosition(tx: Database, priorityId: number | null, planId: number) {
    const [row] =
      priorityId === null
        ? await tx
            .select({ at: max(priorities.position) })
            .from(priorities)
            .where(eq(priorities.planId, planId))
        : await tx
            .select({ at: max(actions.position) })
            .from(actions)
            .where(eq(actions.priorityId, priorityId));
    return (row?.at ?? -1) + 1;
  }

  return {
    /** Everything the plan's edit page shows: its parts in order, its roles and their holders. */
    async editor(actor: Actor, planId: number) {
      const plan = await editable(actor, planId);
      const [{ outline, actions: rows, shape }, holders, people] = await Promise.all([
        shapeOf(db, planId),
        db.select().from(planRoleHolders).where(eq(planRoleHolders.planId, planId)),
        possibleHolders(),
      ]);
      const nameOf = new Map(people.map((p) => [p.id, p.name]));
      return {
        plan,
        people,
        glossary: outline.glossary.map((g) => ({
          ...g,
          holders: holders.filter((h) => h.code === g.code).map((h) => h.userId),
          holderNames: holders
            .filter((h) => h.code === g.code)
            .map((h) => nameOf.get(h.userId) ?? 'an account no longer active'),
        })),
        areas: outline.areas,
        priorities: outline.priorities.map((p) => ({
          ...p,
          actions: rows.filter((a) => a.priorityId === p.id),
        })),
        kpis: outline.kpis,
        shape,
      };
    },

    async createPlan(actor: Actor, fields: Fields): Promise<number> {
      const input = newPlanInput(fields);
      return db.transaction(async (tx) => {
        const [plan] = await tx
          .insert(plans)
          .values({
            title: input.title,
            organisation: input.organisation,
            kind: input.kind,
            publishedOn: input.agreedOn === '' ? null : formatDate(input.agreedOn),
            introduction: input.introduction,
            ownerRole: input.ownerCode,
            source: `Made in Beacon by ${actor.label}`,
          })
          .returning();
        if (!plan) throw new Error('The plan was not created');
        await tx
          .insert(planRoles)
          .values({ planId: plan.id, code: input.ownerCode, title: input.ownerTitle });
        // Whoever makes the plan holds its owner role, so they can go on to build it.
        if (actor.userId !== null)
          await tx
            .insert(planRoleHolders)
            .values({ planId: plan.id, code: input.ownerCode, userId: actor.userId });
        await recordAudit(tx, actor, {
          action: 'plan.create',
          entityType: 'plan',
          entityId: plan.id,
          after: plan,
        });
        return plan.id;
      });
    },

    /** Adds a part (key null) or changes one, after the form's and the plan's checks. */
    async savePart(actor: Actor, planId: number, part: PlanPart, key: string | null, fields: Fields) {
      await editable(actor, planId);
      const { outline, actions: rows, shape } = await shapeOf(db, planId);
      await db.transaction(async (tx) => {
        const audit = (before: unknown, after: unknown, entityId: string | number) =>
          recordAudit(tx, actor, {
            action: key === null ? `plan.${part}Add` : `plan.${part}Edit`,
            entityType: part === 'kpi' ? 'kpi' : part,
            entityId: String(entityId),
            before: before ?? null,
            after: { planId, ...(after as object) },
          });
        switch (part) {
          case 'area': {
            const input = areaInput(fields);
            const before = outline.areas.find((a) => a.number === key);
            if (key !== null && !before) throw new NotFoundError(`There is no area ${key} in this plan`);
            refuse(areaProblems(shape, input.number, before?.number));
            if (before)
              await tx
                .update(planAreas)
                .set(input)
                .where(and(eq(planAreas.planId, planId), eq(planAreas.number, before.number)));
            else await tx.insert(planAreas).values({ planId, ...input });
            await audit(before, input, input.number);
            return;
          }
          case 'role': {
            // A role keeps its short name: the edit form does not offer it.
            const input = roleInput(key === null ? fields : { ...fields, code: key });
            const before = outline.glossary.find((g) => g.code === key);
            if (key !== null && !before) throw new NotFoundError(`There is no role ${key} in this plan`);
            if (!before && shape.glossary.includes(input.code))
              refuse([{ field: 'code', message: `${input.code} is already a lead role in this plan` }]);
            const code = before?.code ?? input.code;
            const people = new Set((await possibleHolders(tx)).map((p) => p.id));
            refuse(
              input.holders.some((id) => !people.has(id))
                ? [{ field: 'holders', message: 'Choose people from the list' }]
                : [],
            );
            if (before)
              await tx
                .update(planRoles)
                .set({ title: input.title })
                .where(and(eq(planRoles.planId, planId), eq(planRoles.code, code)));
            else await tx.insert(planRoles).values({ planId, code, title: input.title });
            await tx
              .delete(planRoleHolders)
              .where(and(eq(planRoleHolders.planId, planId), eq(planRoleHolders.code, code)));
            if (input.holders.length > 0)
              await tx
                .insert(planRoleHolders)
                .values(input.holders.map((userId) => ({ planId, code, userId })));
            await audit(before, { ...input, code }, code);
            return;
          }
          case 'priority': {
            const input = priorityInput(fields);
            const before = outline.priorities.find((p) => String(p.id) === key);
            if (key !== null && !before) throw new NotFoundError('There is no such priority in this plan');
            refuse(priorityProblems(shape, input, before?.id));
            if (before) {
              await tx.update(priorities).set(input).where(eq(priorities.id, before.id));
              await audit(before, input, before.id);
            } else {
              const position = await nextPosition(tx, null, planId);
              const [created] = await tx
                .insert(priorities)
                .values({ planId, position, ...input })
                .returning({ id: priorities.id });
              await audit(null, input, created?.id ?? '');
            }
            return;
          }
          case 'action': {
            const input = actionInput(fields);
            const before = rows.find((a) => String(a.id) === key);
            if (key !== null && !before) throw new NotFoundError('There is no such action in this plan');
            refuse(actionProblems(shape, input, before?.id));
            // The holders of a lead role newly given the action hear of it.
            const toldOf = async (actionId: number) => {
              const given = input.leads.filter((code) => !(before?.leads ?? []).includes(code));
              if (given.length === 0) return;
              const holders = await tx
                .select({ userId: planRoleHolders.userId })
                .from(planRoleHolders)
                .where(and(eq(planRoleHolders.planId, planId), inArray(planRoleHolders.code, given)));
              await notify(
                tx,
                holders.map((h) => h.userId).filter((id) => id !== actor.userId),
                {
                  kind: 'action-assigned',
                  key: `action-assigned:${String(actionId)}:${given.join(',')}`,
                  title: `Action ${input.number} of ${outline.plan.title} is led by a role you hold (${given.join(', ')})`,
                  href: `/actions/${String(actionId)}`,
                },
              );
            };
            if (before) {
              const position =
                before.priorityId === input.priorityId
                  ? before.position
                  : await nextPosition(tx, input.priorityId, planId);
              await tx
                .update(actions)
                .set({ ...input, position })
                .where(eq(actions.id, before.id));
              await toldOf(before.id);
              await audit(before, input, before.id);
            } else {
              const position = await nextPosition(tx, input.priorityId, planId);
              const [created] = await tx
                .insert(actions)
                .values({ ...input, position })
                .returning({ id: actions.id });
              if (created) await toldOf(created.id);
              await audit(null, input, created?.id ?? '');
            }
            return;
          }
          case 'kpi': {
            const input = kpiInput(fields);
            const before = outline.kpis.find((k) => String(k.id) === key);
            if (key !== null && !before) throw new NotFoundError('There is no such KPI in this plan');
            const problems = [];
            if (shape.kpis.some((k) => k.number === input.number && k.id !== before?.id))
              problems.push({ field: 'number', message: `KPI ${input.number} is already in this plan` });
            if (input.priorityId !== null && !shape.priorities.some((p) => p.id === input.priorityId))
              problems.push({ field: 'priorityId', message: 'Choose a priority of this plan' });
            if (input.outcomeLead !== '' && !shape.glossary.includes(input.outcomeLead))
              problems.push({ field: 'outcomeLead', message: 'Choose a lead role of this plan' });
            refuse(problems);
            const values = {
              ...input,
              indicatorKey: input.indicatorKey === '' ? null : input.indicatorKey,
              laCode: input.laCode === '' ? null : input.laCode,
            };
            if (before) {
              await tx.update(kpis).set(values).where(eq(kpis.id, before.id));
              await audit(before, values, before.id);
            } else {
              const [created] = await tx
                .insert(kpis)
                .values({ planId, ...values })
                .returning({ id: kpis.id });
              await audit(null, values, created?.id ?? '');
            }
            return;
          }
        }
      });
    },

    /** Moves a priority, or an action within its priority, one place up or down. */
    async movePart(
      actor: Actor,
      planId: number,
      part: 'priority' | 'action',
      id: number,
      way: 'up' | 'down',
    ) {
      await editable(actor, planId);
      const { outline, actions: rows } = await shapeOf(db, planId);
      const action = rows.find((a) => a.id === id);
      const siblings =
        part === 'priority'
          ? outline.priorities.map((p) => ({ id: p.id, position: p.position, number: p.number }))
          : rows.filter((a) => a.priorityId === action?.priorityId);
      const at = siblings.findIndex((s) => s.id === id);
      if (at < 0) throw new NotFoundError(`There is no such ${part} in this plan`);
      const other = siblings[way === 'up' ? at - 1 : at + 1];
      const moving = siblings[at];
      if (!other || !moving) return;
      const table = part === 'priority' ? priorities : actions;
      await db.transaction(async (tx) => {
        // Positions may repeat (a plan loaded with gaps or ties), so both are written afresh.
        const [first, second] = way === 'up' ? [moving, other] : [other, moving];
        const low = Math.min(moving.position, other.position);
        await tx.update(table).set({ position: low }).where(eq(table.id, first.id));
        await tx
          .update(table)
          .set({ position: low + 1 })
          .where(eq(table.id, second.id));
        await recordAudit(tx, actor, {
          action: `plan.${part}Move`,
          entityType: part,
          entityId: String(id),
          after: { planId, number: moving.number, moved: way, past: other.number },
        });
      });
    },

    async removePart(actor: Actor, planId: number, part: PlanPart, key: string) {
      await editable(actor, planId);
      const { outline, actions: rows, shape } = await shapeOf(db, planId);
      const before =
        part === 'area'
          ? outline.areas.find((a) => a.number === key)
          : part === 'role'
            ? outline.glossary.find((g) => g.code === key)
            : part === 'priority'
              ? outline.priorities.find((p) => String(p.id) === key)
              : part === 'action'
                ? rows.find((a) => String(a.id) === key)
                : outline.kpis.find((k) => String(k.id) === key);
      if (!before) throw new NotFoundError(`There is no such ${partNames[part]} in this plan`);
      const problem = removalProblem(shape, part, key);
      if (problem !== null) throw new ConflictError(problem);
      if (part === 'role' && key === outline.plan.ownerRole)
        throw new ConflictError(`${key} owns the plan: it stays while the plan does`);
      try {
        await db.transaction(async (tx) => {
          if (part === 'area')
            await tx.delete(planAreas).where(and(eq(planAreas.planId, planId), eq(planAreas.number, key)));
          if (part === 'role') {
            await tx
              .delete(planRoleHolders)
              .where(and(eq(planRoleHolders.planId, planId), eq(planRoleHolders.code, key)));
            await tx.delete(planRoles).where(and(eq(planRoles.planId, planId), eq(planRoles.code, key)));
          }
          if (part === 'priority') await tx.delete(priorities).where(eq(priorities.id, Number(key)));
          if (part === 'action') await tx.delete(actions).where(eq(actions.id, Number(key)));
          if (part === 'kpi') await tx.delete(kpis).where(eq(kpis.id, Number(key)));
          await recordAudit(tx, actor, {
            action: `plan.${part}Remove`,
            entityType: part,
            entityId: key,
            before: { planId, ...before },
          });
        });
      } catch (error) {
        // Commissioned support (C6) may name a priority or action: the database keeps the link.
        if (foreignKeyViolation(error))
          throw new ConflictError(
            `Commissioned support names this ${partNames[part]}: change that line of the commissioning plan first`,
          );
        throw error;
      }
    },
  };
}
export type PlanEditingService = ReturnType<typeof createPlanEditingService>;

function foreignKeyViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    if ((e as { code?: unknown }).code === '23503') return true;
  return false;
}
