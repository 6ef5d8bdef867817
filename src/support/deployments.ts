import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { nameOf, type Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { notify } from '../access/notifications/notify.ts';
import { formatDate } from '../kernel/format.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  validated,
} from '../kernel/errors.ts';
import { establishments } from '../schools/schema.ts';
import { supportVisits } from '../concern/schema.ts';
import { supportPermissions } from './permissions.ts';
import {
  deploymentMoves,
  deploymentReviews,
  deploymentVisits,
  deployments,
  systemLeaders,
} from './schema.ts';
import {
  deploymentStatuses,
  holdsDays,
  moveProblem,
  movesFrom,
  overallJudgements,
  ragRatings,
} from './rules/deployment.ts';
import { capacityProblem } from './rules/capacity.ts';
import { conflictWith } from './rules/conflicts.ts';
import type { DirectoryService } from './directory.ts';
import { academicYearOf } from '../governance/rules/academicYear.ts';

// Deployments (SPEC C6, 4): a system leader brokered to a school for agreed days and objectives,
// refused when it would take the leader over their days or into a conflict of interest; its status
// moves one step at a time with who, when and why; visits log the days used; a termly review rates
// each objective. A system leader sees and updates only their own.

const isoDate = z.iso.date({ message: 'Enter a real date, with the day, month and year' });

export const deploymentInput = z
  .object({
    leaderId: z.number({ message: 'Choose the system leader' }).int().positive(),
    urn: z.number({ message: 'Enter the school’s URN' }).int().min(100000).max(999999),
    purpose: z.string().trim().min(1, 'Say what the deployment is for').max(2000),
    objectives: z
      .array(
        z.object({
          text: z.string().trim().min(1, 'Write each objective').max(1000),
          areas: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
        }),
      )
      .min(1, 'Give the deployment at least one objective')
      .max(12),
    daysAgreed: z
      .number({ message: 'Enter the days agreed, like 6' })
      .gt(0, 'Enter the days agreed, more than 0')
      .max(200, 'Days agreed are at most 200'),
    startsOn: isoDate,
    endsOn: isoDate,
    isDemonstration: z.boolean().default(false),
  })
  .refine((d) => d.endsOn >= d.startsOn, { path: ['endsOn'], message: 'A deployment ends after it starts' });

export const moveInput = z.object({
  to: z.enum(deploymentStatuses, { message: 'Choose where the deployment has got to' }),
  why: z.string().trim().min(1, 'Say why').max(2000),
});

export const visitInput = z.object({
  visitedOn: isoDate,
  days: z
    .number({ message: 'Enter the days, like 0.5 or 1' })
    .gt(0, 'A visit is more than 0 days')
    .max(5, 'A visit is at most 5 days'),
  note: z.string().trim().max(2000).default(''),
});

export const reviewInput = z.object({
  term: z.string().trim().min(1, 'Name the term, like Autumn 2016').max(40),
  ratings: z.array(
    z.object({
      rating: z.enum(ragRatings, { message: 'Rate each objective red, amber or green' }),
      comment: z.string().trim().max(2000).default(''),
    }),
  ),
  overall: z.enum(overallJudgements, { message: 'Choose the overall judgement' }),
});

export function createDeploymentsService(db: Database, directory: DirectoryService) {
  const manages = (actor: Actor) => supportPermissions.has(actor.role, 'support:manage');

  /** The leader whose deployments this person may see: all for officers, their own for a system leader. */
  async function ownLeaderIds(actor: Actor): Promise<number[] | 'all'> {
    if (manages(actor)) return 'all';
    if (!supportPermissions.has(actor.role, 'support:read') || actor.userId === null) return [];
    const rows = await db
      .select({ id: systemLeaders.id })
      .from(systemLeaders)
      .where(eq(systemLeaders.userId, actor.userId));
    return rows.map((r) => r.id);
  }

  /**
   * A deployment this person may see, as if the rest did not exist; a change to one that is not
   * theirs is refused outright (403), as the system leader asked to change it.
   */
  async function deploymentRow(actor: Actor, id: number, changing = false) {
    const [row] = await db.select().from(deployments).where(eq(deployments.id, id));
    const own = await ownLeaderIds(actor);
    if (row && changing && own !== 'all' && !own.includes(row.leaderId))
      throw new ForbiddenError('A system leader updates only their own deployments');
    if (!row || (own !== 'all' && !own.includes(row.leaderId)))
      throw new NotFoundError(`There is no deployment ${String(id)}`);
    return { row, own };
  }

  /** A change by the officer, or by the system leader the deployment is theirs. */
  const requireUpdater = (actor: Actor, own: number[] | 'all', leaderId: number) => {
    if (own === 'all') return;
    if (!supportPermissions.has(actor.role, 'deployments:updateOwn') || !own.includes(leaderId))
      throw new ForbiddenError('Only the officer or the system leader deployed updates a deployment');
  };

  async function usedDays(ids: readonly number[]) {
    if (ids.length === 0) return new Map<number, number>();
    const visits = await db
      .select({ deploymentId: deploymentVisits.deploymentId, days: deploymentVisits.days })
      .from(deploymentVisits)
      .where(inArray(deploymentVisits.deploymentId, [...ids]));
    const used = new Map<number, number>();
    for (const v of visits) used.set(v.deploymentId, (used.get(v.deploymentId) ?? 0) + v.days);
    return used;
  }

  return {
    /** Deployments, newest first: every one for an officer, their own for a system leader; or one school's. */
    async list(actor: Actor, filter: { urn?: number } = {}) {
      const own = await ownLeaderIds(actor);
      if (own !== 'all' && own.length === 0) return [];
      const rows = await db
        .select({
          deployment: deployments,
          leader: systemLeaders.name,
          school: establishments.name,
        })
        .from(deployments)
        .innerJoin(systemLeaders, eq(systemLeaders.id, deployments.leaderId))
        .leftJoin(establishments, eq(establishments.urn, deployments.urn))
        .where(
          and(
            own === 'all' ? undefined : inArray(deployments.leaderId, own),
            filter.urn === undefined ? undefined : eq(deployments.urn, filter.urn),
          ),
        )
        .orderBy(desc(deployments.startsOn), desc(deployments.id));
      const used = await usedDays(rows.map((r) => r.deployment.id));
      return rows.map((r) => ({
        ...r.deployment,
        leader: r.leader,
        school: r.school ?? `URN ${String(r.deployment.urn)}`,
        daysUsed: used.get(r.deployment.id) ?? 0,
      }));
    },

    async deployment(actor: Actor, id: number) {
      const { row, own } = await deploymentRow(actor, id);
      const [leader, school, moves, visits, reviews] = await Promise.all([
        db.select().from(systemLeaders).where(eq(systemLeaders.id, row.leaderId)),
        db.select().from(establishments).where(eq(establishments.urn, row.urn)),
        db
          .select()
          .from(deploymentMoves)
          .where(eq(deploymentMoves.deploymentId, id))
          .orderBy(asc(deploymentMoves.id)),
        db
          .select()
          .from(deploymentVisits)
          .where(eq(deploymentVisits.deploymentId, id))
          .orderBy(asc(deploymentVisits.visitedOn)),
        db
          .select()
          .from(deploymentReviews)
          .where(eq(deploymentReviews.deploymentId, id))
          .orderBy(asc(deploymentReviews.reviewedAt)),
      ]);
      return {
        ...row,
        leader: leader[0]?.name ?? '',
        school: school[0]?.name ?? `URN ${String(row.urn)}`,
        moves,
        visits,
        reviews,
        daysUsed: visits.reduce((n, v) => n + v.days, 0),
        nextMoves: movesFrom(row.status),
        canUpdate: own === 'all' || own.includes(row.leaderId),
        canManage: own === 'all',
      };
    },

    /** A school as brokering needs it: its phase, and the trust that rules out its own leaders. */
    async schoolFor(urn: number) {
      const [school] = await db
        .select({
          urn: establishments.urn,
          name: establishments.name,
          trustId: establishments.trustId,
          // The phase group (Primary, Secondary, Special …), as the directory's specialisms name phases.
          phase: establishments.phaseGroup,
        })
        .from(establishments)
        .where(eq(establishments.urn, urn));
      return school ?? null;
    },

    /** Brokers a leader to a school: refused over their days, or where they have a conflict of interest. */
    async propose(actor: Actor, input: z.input<typeof deploymentInput>, concernCategory: string | null) {
      if (!manages(actor)) throw new ForbiddenError('Only an officer brokers a deployment');
      const deployment = validated(deploymentInput, input);
      const [school] = await db
        .select({ urn: establishments.urn, name: establishments.name, trustId: establishments.trustId })
        .from(establishments)
        .where(eq(establishments.urn, deployment.urn));
      if (!school)
        throw new ValidationError([
          { field: 'urn', message: `The register has no school with URN ${String(deployment.urn)}` },
        ]);
      const leader = await directory.leader(deployment.leaderId, deployment.startsOn).catch(() => null);
      if (!leader)
        throw new ValidationError([
          { field: 'leaderId', message: 'Choose a system leader in the directory' },
        ]);
      const conflict = conflictWith(
        { homeUrn: leader.homeUrn, trustId: leader.trustId, declared: leader.conflicts },
        school,
      );
      if (conflict)
        throw new ValidationError([
          { field: 'leaderId', message: `${leader.name} cannot be deployed here: ${conflict}` },
        ]);
      const academicYear = academicYearOf(deployment.startsOn);
      return db.transaction(async (tx) => {
        // The leader's days are counted inside the transaction, so two officers cannot both take the last ones.
        const committed = (
          await tx
            .select({
              days: deployments.daysAgreed,
              academicYear: deployments.academicYear,
              status: deployments.status,
            })
            .from(deployments)
            .where(eq(deployments.leaderId, leader.id))
        ).filter((d) => holdsDays(d.status));
        const over = capacityProblem(leader, committed, academicYear, deployment.daysAgreed);
        if (over) throw new ValidationError([{ field: 'daysAgreed', message: over }]);
        const [row] = await tx
          .insert(deployments)
          .values({ ...deployment, academicYear, concernCategory })
          .returning({ id: deployments.id });
        if (!row) throw new Error('the deployment was not made');
        await tx.insert(deploymentMoves).values({
          deploymentId: row.id,
          from: null,
          to: 'proposed',
          why: deployment.purpose,
          by: nameOf(actor),
        });
        // The leader hears they are asked, to agree or decline it on its page.
        await notify(tx, leader.userId === null ? [] : [leader.userId], {
          kind: 'deployment-proposed',
          key: `deployment-proposed:${String(row.id)}`,
          title: `You are proposed to support ${school.name} from ${formatDate(deployment.startsOn)}`,
          href: `/support/deployments/${String(row.id)}`,
        });
        await recordAudit(tx, actor, {
          action: 'support.deploymentProposed',
          entityType: 'deployment',
          entityId: String(row.id),
          after: { ...deployment, concernCategory },
        });
        return row.id;
      });
    },

    /** One step along proposed → agreed → deployed → completed, or to declined or cancelled. */
    async move(actor: Actor, id: number, input: { to: string; why: string }) {
      const { row, own } = await deploymentRow(actor, id, true);
      requireUpdater(actor, own, row.leaderId);
      const move = validated(moveInput, input);
      const problem = moveProblem(row.status, move.to);
      if (problem) throw new ValidationError([{ field: 'to', message: problem }]);
      await db.transaction(async (tx) => {
        const [current] = await tx
          .select({ status: deployments.status })
          .from(deployments)
          .where(eq(deployments.id, id));
        if (current?.status !== row.status)
          throw new ConflictError('The deployment has moved on since the page was opened');
        await tx.update(deployments).set({ status: move.to }).where(eq(deployments.id, id));
        await tx
          .insert(deploymentMoves)
          .values({ deploymentId: id, from: row.status, to: move.to, why: move.why, by: nameOf(actor) });
        await recordAudit(tx, actor, {
          action: 'support.deploymentMoved',
          entityType: 'deployment',
          entityId: String(id),
          before: { status: row.status },
          after: move,
        });
      });
    },

    /** A visit under the deployment: its days count as used. */
    async logVisit(actor: Actor, id: number, input: z.input<typeof visitInput>) {
      const { row, own } = await deploymentRow(actor, id, true);
      requireUpdater(actor, own, row.leaderId);
      const visit = validated(visitInput, input);
      if (row.status !== 'agreed' && row.status !== 'deployed')
        throw new ValidationError([
          {
            field: 'visitedOn',
            message: `Visits are logged against an agreed or deployed deployment, not a ${row.status} one`,
          },
        ]);
      const [leader] = await db
        .select({ name: systemLeaders.name })
        .from(systemLeaders)
        .where(eq(systemLeaders.id, row.leaderId));
      await db.transaction(async (tx) => {
        // The days brokered count in the school's support allowance, as an officer's visit does.
        const [recorded] = await tx
          .insert(supportVisits)
          .values({
            urn: row.urn,
            visitOn: visit.visitedOn,
            days: visit.days,
            officer: leader?.name ?? 'System leader',
            purpose: `Deployment: ${row.purpose}`,
            status: 'done',
            notes: visit.note,
            createdBy: actor.label,
          })
          .returning({ id: supportVisits.id });
        await tx.insert(deploymentVisits).values({
          ...visit,
          deploymentId: id,
          loggedBy: nameOf(actor),
          supportVisitId: recorded?.id ?? null,
        });
        await recordAudit(tx, actor, {
          action: 'support.visitLogged',
          entityType: 'deployment',
          entityId: String(id),
          after: visit,
        });
      });
    },

    /** The termly review: one rating for each objective, and a judgement overall. */
    async review(
      actor: Actor,
      id: number,
      // As a form posts it: each rating and the judgement are checked against their lists here.
      input: { term: string; ratings: { rating: string; comment?: string }[]; overall: string },
    ) {
      const { row, own } = await deploymentRow(actor, id, true);
      requireUpdater(actor, own, row.leaderId);
      const review = validated(reviewInput, input);
      if (review.ratings.length !== row.objectives.length)
        throw new ValidationError([
          { field: 'ratings', message: `Rate each of the ${String(row.objectives.length)} objectives` },
        ]);
      await db.transaction(async (tx) => {
        const [already] = await tx
          .select({ term: deploymentReviews.term })
          .from(deploymentReviews)
          .where(and(eq(deploymentReviews.deploymentId, id), eq(deploymentReviews.term, review.term)));
        if (already)
          throw new ValidationError([{ field: 'term', message: `${review.term} is already reviewed` }]);
        await tx.insert(deploymentReviews).values({ ...review, deploymentId: id, reviewedBy: nameOf(actor) });
        await recordAudit(tx, actor, {
          action: 'support.deploymentReviewed',
          entityType: 'deployment',
          entityId: String(id),
          after: review,
        });
      });
    },
  };
}

export type DeploymentsService = ReturnType<typeof createDeploymentsService>;
