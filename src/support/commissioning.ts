import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { nameOf, type Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { ForbiddenError, NotFoundError, ValidationError, validated } from '../kernel/errors.ts';
import { formatDate } from '../kernel/format.ts';
import { agendaItems, boards, decisions, meetings } from '../governance/schema.ts';
import { academicYearName } from '../governance/rules/academicYear.ts';
import { actions, plans, priorities } from '../plans/schema.ts';
import { supportPermissions } from './permissions.ts';
import { commissionedWork, commissioningPlans, programmes, systemLeaders } from './schema.ts';
import { approves, budgetByFunder, commissionedStatuses, providerKinds } from './rules/commissioning.ts';

// The commissioning plan (SPEC C6, 2; seed 000 1.2): for each academic year, the lines of work the
// partnership commissions to meet its priorities, who delivers each, its budget and funder, and the
// board decision that approved the plan.

const isoDate = z.iso.date({ message: 'Enter a real date, with the day, month and year' });
const money = z
  .number({ message: 'Enter the budget in pounds, like 12000' })
  .min(0, 'A budget is £0 or more')
  .max(100_000_000, 'A budget is at most £100,000,000');

export const academicYearParam = z.coerce
  .number({ message: 'Name the academic year by the year it starts, like 2016' })
  .int()
  .min(2000, 'Name the academic year by the year it starts, like 2016')
  .max(2100, 'Name the academic year by the year it starts, like 2016');

export const workInput = z
  .object({
    title: z.string().trim().min(1, 'Say what is commissioned').max(500),
    priorityId: z.number().int().positive().nullable().default(null),
    actionId: z.number().int().positive().nullable().default(null),
    providerKind: z.enum(providerKinds, { message: 'Choose who provides it' }),
    provider: z.string().trim().max(200).default(''),
    leaderId: z.number().int().positive().nullable().default(null),
    programmeId: z.number().int().positive().nullable().default(null),
    budget: money,
    funder: z.string().trim().min(1, 'Say who funds it, like the Schools Forum').max(200),
    startsOn: isoDate,
    endsOn: isoDate,
    status: z.enum(commissionedStatuses, { message: 'Choose where the work has got to' }).default('planned'),
  })
  .refine((w) => w.endsOn >= w.startsOn, { path: ['endsOn'], message: 'The work ends after it starts' })
  .refine((w) => w.providerKind !== 'system leader' || w.leaderId !== null, {
    path: ['leaderId'],
    message: 'Choose the system leader who provides it',
  })
  .refine((w) => w.providerKind === 'system leader' || w.provider !== '', {
    path: ['provider'],
    message: 'Name the provider, like Portsmouth Teaching School Alliance',
  });

export const approvalInput = z
  .object({
    decisionId: z.number().int().positive().nullable().default(null),
    reference: z.string().trim().max(300).default(''),
    approvedOn: isoDate.nullable().default(null),
  })
  .refine((a) => a.decisionId !== null || a.reference !== '', {
    path: ['decisionId'],
    message: 'Choose the board’s decision, or give the minute it was approved under',
  })
  .refine((a) => a.decisionId !== null || a.approvedOn !== null, {
    path: ['approvedOn'],
    message: 'Give the date the plan was approved',
  });

/** A plan's action as a table cell names it: its opening words, as the plan's own lists do. */
const shortened = (text: string, most = 90) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= most) return clean;
  const cut = clean.slice(0, most);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), most / 2))}…`;
};

export function createCommissioningService(db: Database) {
  const requireManager = (actor: Actor) => {
    if (!supportPermissions.has(actor.role, 'support:manage'))
      throw new ForbiddenError('Only an officer keeps the commissioning plan');
  };

  /** The board decisions that approved something: the ones a plan can be approved by. */
  /** Those decisions, or the one with this id if it approved. */
  async function approvingDecisions(only?: number) {
    const rows = await db
      .select({
        id: decisions.agendaItemId,
        outcome: decisions.outcome,
        item: agendaItems.title,
        heldOn: meetings.heldOn,
        board: boards.name,
      })
      .from(decisions)
      .innerJoin(agendaItems, eq(agendaItems.id, decisions.agendaItemId))
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .innerJoin(boards, eq(boards.id, meetings.boardId))
      .where(only === undefined ? undefined : eq(decisions.agendaItemId, only))
      .orderBy(desc(meetings.heldOn), asc(agendaItems.position));
    return rows
      .filter((r) => approves(r.outcome))
      .map((r) => ({
        id: r.id,
        heldOn: r.heldOn,
        text: `${r.board}, ${formatDate(r.heldOn)}: ${r.item}`,
      }));
  }

  async function planRow(year: number) {
    const [row] = await db.select().from(commissioningPlans).where(eq(commissioningPlans.academicYear, year));
    return row ?? null;
  }

  return {
    approvingDecisions: () => approvingDecisions(),

    /** The years that have a plan, latest first. */
    async years() {
      const rows = await db
        .select({ year: commissioningPlans.academicYear })
        .from(commissioningPlans)
        .orderBy(desc(commissioningPlans.academicYear));
      return rows.map((r) => ({ year: r.year, name: academicYearName(r.year) }));
    },

    /** The plan for a year with its lines, each priority and provider named, and the approval in words. */
    async plan(year: number) {
      const plan = await planRow(year);
      const lines = await db
        .select({
          work: commissionedWork,
          priority: priorities.title,
          priorityNumber: priorities.number,
          priorityPlanId: priorities.planId,
          action: actions.strategic,
          actionNumber: actions.number,
          leader: systemLeaders.name,
          programme: programmes.name,
        })
        .from(commissionedWork)
        .leftJoin(priorities, eq(priorities.id, commissionedWork.priorityId))
        .leftJoin(actions, eq(actions.id, commissionedWork.actionId))
        .leftJoin(systemLeaders, eq(systemLeaders.id, commissionedWork.leaderId))
        .leftJoin(programmes, eq(programmes.id, commissionedWork.programmeId))
        .where(eq(commissionedWork.academicYear, year))
        .orderBy(asc(commissionedWork.startsOn), asc(commissionedWork.id));
      const approvedBy =
        plan?.approvedByDecision === null || plan?.approvedByDecision === undefined
          ? null
          : ((await approvingDecisions(plan.approvedByDecision))[0] ?? null);
      const work = lines.map((l) => ({
        ...l.work,
        provider: l.work.providerKind === 'system leader' ? (l.leader ?? l.work.provider) : l.work.provider,
        serves:
          l.actionNumber !== null
            ? `Action ${l.actionNumber}: ${shortened(l.action ?? '')}`
            : l.priorityNumber !== null
              ? `Priority ${l.priorityNumber}: ${shortened(l.priority ?? '')}`
              : null,
        programme: l.programme,
      }));
      return {
        academicYear: year,
        name: academicYearName(year),
        exists: plan !== null,
        priorities: plan?.priorities ?? '',
        approval:
          plan === null || (plan.approvedByDecision === null && plan.approvalReference === null)
            ? null
            : {
                decisionId: plan.approvedByDecision,
                reference: approvedBy?.text ?? plan.approvalReference ?? '',
                approvedOn: approvedBy?.heldOn ?? plan.approvedOn,
                approvedBy: plan.approvedBy,
              },
        lines: work,
        total: work.filter((w) => w.status !== 'withdrawn').reduce((n, w) => n + w.budget, 0),
        byFunder: budgetByFunder(work),
      };
    },

    /** What a line can serve: the priorities and actions of the plans (C4). */
    async priorityChoices() {
      const [rows, acts] = await Promise.all([
        db
          .select({
            id: priorities.id,
            number: priorities.number,
            title: priorities.title,
            plan: plans.title,
          })
          .from(priorities)
          .innerJoin(plans, eq(plans.id, priorities.planId))
          .orderBy(asc(plans.id), asc(priorities.position)),
        db
          .select({
            id: actions.id,
            number: actions.number,
            text: actions.strategic,
            priorityId: actions.priorityId,
          })
          .from(actions)
          .orderBy(asc(actions.priorityId), asc(actions.position)),
      ]);
      return {
        priorities: rows.map((p) => ({ value: String(p.id), text: `${p.plan}: ${p.number} ${p.title}` })),
        actions: acts.map((a) => ({ value: String(a.id), text: `${a.number} ${shortened(a.text)}` })),
      };
    },

    /** Starts the year's plan, or rewrites its priorities. */
    async setPriorities(actor: Actor, year: number, text: string) {
      requireManager(actor);
      const priorityText = validated(
        z.string().trim().max(5000, 'The priorities are at most 5,000 characters'),
        text,
      );
      const before = await planRow(year);
      await db.transaction(async (tx) => {
        if (before) {
          await tx
            .update(commissioningPlans)
            .set({ priorities: priorityText })
            .where(eq(commissioningPlans.academicYear, year));
        } else {
          await tx.insert(commissioningPlans).values({ academicYear: year, priorities: priorityText });
        }
        await recordAudit(tx, actor, {
          action: 'support.commissioningPriorities',
          entityType: 'commissioningPlan',
          entityId: String(year),
          before: before ? { priorities: before.priorities } : null,
          after: { priorities: priorityText },
        });
      });
    },

    /** A line of commissioned work in the year's plan (the plan is started if need be). */
    async addLine(actor: Actor, year: number, input: unknown) {
      requireManager(actor);
      const work = validated(workInput, input);
      const problems: { field: string; message: string }[] = [];
      const [priority, action, leader, programme] = await Promise.all([
        work.priorityId === null
          ? null
          : db.select({ id: priorities.id }).from(priorities).where(eq(priorities.id, work.priorityId)),
        work.actionId === null
          ? null
          : db.select({ id: actions.id }).from(actions).where(eq(actions.id, work.actionId)),
        work.leaderId === null
          ? null
          : db
              .select({ id: systemLeaders.id, name: systemLeaders.name })
              .from(systemLeaders)
              .where(eq(systemLeaders.id, work.leaderId)),
        work.programmeId === null
          ? null
          : db.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, work.programmeId)),
      ]);
      if (priority?.length === 0)
        problems.push({ field: 'priorityId', message: 'Choose a priority of a plan' });
      if (action?.length === 0) problems.push({ field: 'actionId', message: 'Choose an action of a plan' });
      if (leader?.length === 0)
        problems.push({ field: 'leaderId', message: 'Choose a system leader in the directory' });
      if (programme?.length === 0)
        problems.push({ field: 'programmeId', message: 'Choose one of the programmes' });
      if (problems.length > 0) throw new ValidationError(problems);
      const provider = work.providerKind === 'system leader' ? (leader?.[0]?.name ?? '') : work.provider;
      return db.transaction(async (tx) => {
        const [plan] = await tx
          .select({ year: commissioningPlans.academicYear })
          .from(commissioningPlans)
          .where(eq(commissioningPlans.academicYear, year));
        if (!plan) await tx.insert(commissioningPlans).values({ academicYear: year });
        const [row] = await tx
          .insert(commissionedWork)
          .values({ ...work, provider, academicYear: year })
          .returning({ id: commissionedWork.id });
        if (!row) throw new Error('the line was not added');
        await recordAudit(tx, actor, {
          action: 'support.workCommissioned',
          entityType: 'commissionedWork',
          entityId: String(row.id),
          after: { ...work, provider, academicYear: year },
        });
        return row.id;
      });
    },

    /** Moves a line to another status: commissioned, in progress, complete or withdrawn. */
    async setLineStatus(actor: Actor, lineId: number, status: string) {
      requireManager(actor);
      const to = validated(
        z.enum(commissionedStatuses, { message: 'Choose where the work has got to' }),
        status,
      );
      const [line] = await db.select().from(commissionedWork).where(eq(commissionedWork.id, lineId));
      if (!line) throw new NotFoundError(`There is no line ${String(lineId)} in a commissioning plan`);
      await db.transaction(async (tx) => {
        await tx.update(commissionedWork).set({ status: to }).where(eq(commissionedWork.id, lineId));
        await recordAudit(tx, actor, {
          action: 'support.workStatus',
          entityType: 'commissionedWork',
          entityId: String(lineId),
          before: { status: line.status },
          after: { status: to },
        });
      });
      return line.academicYear;
    },

    /** Records the board's approval: a decision Beacon holds, or the minute of one it does not. */
    async approve(actor: Actor, year: number, input: z.input<typeof approvalInput>) {
      requireManager(actor);
      const approval = validated(approvalInput, input);
      const plan = await planRow(year);
      if (!plan)
        throw new ValidationError([
          { field: 'decisionId', message: `There is no plan for ${academicYearName(year)} to approve yet` },
        ]);
      if (approval.decisionId !== null) {
        const [decision] = await approvingDecisions(approval.decisionId);
        if (!decision)
          throw new ValidationError([
            { field: 'decisionId', message: 'Choose a decision of a board that approved the plan' },
          ]);
      }
      const after = {
        approvedByDecision: approval.decisionId,
        approvalReference: approval.decisionId === null ? approval.reference : null,
        approvedOn: approval.decisionId === null ? approval.approvedOn : null,
        approvedBy: nameOf(actor),
      };
      await db.transaction(async (tx) => {
        await tx.update(commissioningPlans).set(after).where(eq(commissioningPlans.academicYear, year));
        await recordAudit(tx, actor, {
          action: 'support.commissioningApproved',
          entityType: 'commissioningPlan',
          entityId: String(year),
          after,
        });
      });
    },

    /** The lines that name these programmes, for a programme's page. */
    async linesFor(programmeIds: readonly number[]) {
      if (programmeIds.length === 0) return [];
      return db
        .select()
        .from(commissionedWork)
        .where(and(inArray(commissionedWork.programmeId, [...programmeIds])));
    },
  };
}

export type CommissioningService = ReturnType<typeof createCommissioningService>;
