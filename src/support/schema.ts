import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from '../access/schema.ts';
import { supportVisits } from '../concern/schema.ts';
import { decisions } from '../governance/schema.ts';
import { actions, priorities } from '../plans/schema.ts';
import type { CommissionedStatus, ProviderKind, QualityJudgement } from './rules/commissioning.ts';
import type { DeploymentStatus, OverallJudgement, RagRating } from './rules/deployment.ts';

// Support brokering (SPEC C6; seeds 000, 001, 004): the system leaders a council commissions
// support from, and their deployments to schools.

/** The designations a council recognises; NLE, LLE, SLE, NLG and expert governor to start with. */
export const designations = pgTable('support_designations', {
  code: text('code').primaryKey(),
  title: text('title').notNull(),
  position: integer('position').notNull(),
});

/** A system leader: who they are, their designation, where they lead, what they know, their days. */
export const systemLeaders = pgTable(
  'system_leaders',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    userId: integer('user_id').references(() => users.id),
    designation: text('designation')
      .notNull()
      .references(() => designations.code),
    designatedOn: date('designated_on', { mode: 'string' }),
    expiresOn: date('expires_on', { mode: 'string' }),
    // Their own school (a URN from the register) and trust: never supported by them.
    homeUrn: integer('home_urn'),
    trustId: text('trust_id'),
    specialisms: jsonb('specialisms').$type<string[]>().notNull().default([]),
    daysPerYear: doublePrecision('days_per_year').notNull(),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
  },
  (t) => [
    check('system_leaders_days', sql`${t.daysPerYear} >= 0 and ${t.daysPerYear} <= 200`),
    index('system_leaders_user_idx').on(t.userId),
  ],
);

/** An interest a leader has declared in a school or a trust, besides their own. */
export const leaderConflicts = pgTable(
  'system_leader_conflicts',
  {
    id: serial('id').primaryKey(),
    leaderId: integer('leader_id')
      .notNull()
      .references(() => systemLeaders.id),
    urn: integer('urn'),
    trustId: text('trust_id'),
    reason: text('reason').notNull(),
  },
  (t) => [index('system_leader_conflicts_leader_idx').on(t.leaderId)],
);

/** A system leader brokered to a school: why, to what end, for how many days, and where it stands. */
export const deployments = pgTable(
  'deployments',
  {
    id: serial('id').primaryKey(),
    leaderId: integer('leader_id')
      .notNull()
      .references(() => systemLeaders.id),
    urn: integer('urn').notNull(),
    // The academic year its days count in: 2016 for 2016/17.
    academicYear: integer('academic_year').notNull(),
    purpose: text('purpose').notNull(),
    // The school's category of concern when it was brokered, as the concern work had it.
    concernCategory: text('concern_category'),
    objectives: jsonb('objectives').$type<{ text: string; areas: string[] }[]>().notNull(),
    daysAgreed: doublePrecision('days_agreed').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status').$type<DeploymentStatus>().notNull().default('proposed'),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
  },
  (t) => [
    index('deployments_leader_idx').on(t.leaderId),
    index('deployments_urn_idx').on(t.urn),
    check('deployments_days', sql`${t.daysAgreed} > 0 and ${t.daysAgreed} <= 200`),
    check('deployments_dates', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** Each move of a deployment's status: who, when and why. */
export const deploymentMoves = pgTable(
  'deployment_moves',
  {
    id: serial('id').primaryKey(),
    deploymentId: integer('deployment_id')
      .notNull()
      .references(() => deployments.id),
    from: text('from_status').$type<DeploymentStatus | null>(),
    to: text('to_status').$type<DeploymentStatus>().notNull(),
    why: text('why').notNull(),
    by: text('moved_by').notNull(),
    at: timestamp('moved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('deployment_moves_deployment_idx').on(t.deploymentId)],
);

/** A visit made under a deployment: the days used come from these. */
export const deploymentVisits = pgTable(
  'deployment_visits',
  {
    id: serial('id').primaryKey(),
    deploymentId: integer('deployment_id')
      .notNull()
      .references(() => deployments.id),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    days: doublePrecision('days').notNull(),
    note: text('note').notNull().default(''),
    loggedBy: text('logged_by').notNull(),
    // The same visit in the school's support record (concern's support_visits), where its days
    // count against the school's allowance.
    supportVisitId: integer('support_visit_id').references(() => supportVisits.id),
  },
  (t) => [
    index('deployment_visits_deployment_idx').on(t.deploymentId),
    check('deployment_visits_days', sql`${t.days} > 0 and ${t.days} <= 5`),
  ],
);

/** A termly review: each objective rated red, amber or green with a comment, and a judgement overall. */
export const deploymentReviews = pgTable(
  'deployment_reviews',
  {
    deploymentId: integer('deployment_id')
      .notNull()
      .references(() => deployments.id),
    // "Autumn 2016", as the review is written up.
    term: text('term').notNull(),
    ratings: jsonb('ratings').$type<{ rating: RagRating; comment: string }[]>().notNull(),
    overall: text('overall').$type<OverallJudgement>().notNull(),
    reviewedBy: text('reviewed_by').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.deploymentId, t.term] })],
);

/**
 * The commissioning plan for an academic year (seed 000 1.2): approved by a board's decision in
 * Beacon, or, for a board Beacon does not hold, by the reference the decision was minuted under.
 */
export const commissioningPlans = pgTable('commissioning_plans', {
  academicYear: integer('academic_year').primaryKey(),
  // The annual priorities the needs analysis set, in the plan's own words.
  priorities: text('priorities').notNull().default(''),
  approvedByDecision: integer('approved_by_decision').references(() => decisions.agendaItemId),
  approvalReference: text('approval_reference'),
  approvedOn: date('approved_on', { mode: 'string' }),
  approvedBy: text('approved_by'),
});

/** A programme of support for a group of schools: Challenge the Gap, pupil premium reviews (seed 000 4.1, 4.2). */
export const programmes = pgTable(
  'programmes',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    academicYear: integer('academic_year').notNull(),
    provider: text('provider').notNull(),
    cost: doublePrecision('cost').notNull().default(0),
    funder: text('funder').notNull().default(''),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    // The plan KPIs it is meant to move (C4).
    kpiIds: jsonb('kpi_ids').$type<number[]>().notNull().default([]),
    // How its impact is measured: an indicator of the schools' results, the year before and after.
    impactIndicator: text('impact_indicator'),
    baselineYear: integer('baseline_year'),
    outcomeYear: integer('outcome_year'),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
  },
  (t) => [
    check('programmes_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('programmes_cost', sql`${t.cost} >= 0`),
  ],
);

export const programmeSchools = pgTable(
  'programme_schools',
  {
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id),
    urn: integer('urn').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.urn] }), index('programme_schools_urn_idx').on(t.urn)],
);

/** A workshop or review of a programme, with the schools that came. */
export const programmeSessions = pgTable(
  'programme_sessions',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    attended: jsonb('attended').$type<number[]>().notNull().default([]),
  },
  (t) => [index('programme_sessions_programme_idx').on(t.programmeId)],
);

/** A line of the commissioning plan: the priority it serves, who delivers it, for how much, and where it stands. */
export const commissionedWork = pgTable(
  'commissioned_work',
  {
    id: serial('id').primaryKey(),
    academicYear: integer('academic_year')
      .notNull()
      .references(() => commissioningPlans.academicYear),
    title: text('title').notNull(),
    // The priority or action of a plan (C4) it delivers; one or the other, or neither.
    priorityId: integer('priority_id').references(() => priorities.id),
    actionId: integer('action_id').references(() => actions.id),
    providerKind: text('provider_kind').$type<ProviderKind>().notNull(),
    provider: text('provider').notNull(),
    leaderId: integer('leader_id').references(() => systemLeaders.id),
    programmeId: integer('programme_id').references(() => programmes.id),
    budget: doublePrecision('budget').notNull(),
    funder: text('funder').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status').$type<CommissionedStatus>().notNull().default('planned'),
  },
  (t) => [
    index('commissioned_work_year_idx').on(t.academicYear),
    check('commissioned_work_budget', sql`${t.budget} >= 0`),
    check('commissioned_work_dates', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** The officer's quality assurance of a deployment or a programme: a judgement and its evidence (seed 000 1.4). */
export const qualityReviews = pgTable(
  'quality_reviews',
  {
    id: serial('id').primaryKey(),
    deploymentId: integer('deployment_id').references(() => deployments.id),
    programmeId: integer('programme_id').references(() => programmes.id),
    judgement: text('judgement').$type<QualityJudgement>().notNull(),
    evidence: text('evidence').notNull(),
    judgedBy: text('judged_by').notNull(),
    judgedOn: date('judged_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    check('quality_reviews_one', sql`(${t.deploymentId} is null) <> (${t.programmeId} is null)`),
    index('quality_reviews_deployment_idx').on(t.deploymentId),
    index('quality_reviews_programme_idx').on(t.programmeId),
  ],
);
