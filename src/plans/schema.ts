import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import type { TargetRule } from './targets/rules.ts';

// Strategies, action plans and KPIs (SPEC C4), in the shapes the seeds use: optional Ofsted areas
// for improvement → priorities → actions (strategic, with operational actions beneath) → updates.
// Numbers are kept as the council writes them ("1.1", "1:1:1", "II").

export const ragStatuses = ['not started', 'red', 'amber', 'green', 'complete'] as const;
export type RagStatus = (typeof ragStatuses)[number];

export const plans = pgTable('plans', {
  id: serial('id').primaryKey(),
  title: text('title').notNull(),
  // Who the plan belongs to, as its cover says ("Portsmouth City Council").
  organisation: text('organisation').notNull(),
  kind: text('kind').$type<'action plan' | 'strategy' | 'kpi report'>().notNull(),
  publishedOn: text('published_on'),
  introduction: text('introduction').notNull().default(''),
  // The role that owns the plan: its holders may update any action in it.
  ownerRole: text('owner_role'),
  source: text('source').notNull().default(''),
  isDemonstration: boolean('is_demonstration').notNull().default(false),
});

/** A plan's glossary of lead roles (seed 000: DCS, DDCS, HSI …) and who holds each. */
export const planRoles = pgTable(
  'plan_roles',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.code] })],
);

export const planRoleHolders = pgTable(
  'plan_role_holders',
  {
    planId: integer('plan_id').notNull(),
    code: text('code').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.code, t.userId] }),
    index('plan_role_holders_user_idx').on(t.userId),
  ],
);

/** Ofsted's recommendations or areas for improvement that a plan answers. */
export const planAreas = pgTable(
  'plan_areas',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    number: text('number').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.number] })],
);

export const priorities = pgTable(
  'priorities',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    number: text('number').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    successLooksLike: text('success_looks_like').notNull().default(''),
    differenceItMakes: text('difference_it_makes').notNull().default(''),
    howWeWillKnow: text('how_we_will_know').notNull().default(''),
    leads: text('leads')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    areas: text('areas')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [index('priorities_plan_idx').on(t.planId)],
);

export const actions = pgTable(
  'actions',
  {
    id: serial('id').primaryKey(),
    priorityId: integer('priority_id')
      .notNull()
      .references(() => priorities.id),
    number: text('number').notNull(),
    position: integer('position').notNull(),
    strategic: text('strategic').notNull(),
    operational: text('operational').notNull().default(''),
    leads: text('leads')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // As written ("By Sept 2016", "termly"); rules/when.ts reads it.
    whenText: text('when_text').notNull().default(''),
    milestones: text('milestones').notNull().default(''),
    performanceMeasure: text('performance_measure').notNull().default(''),
    resources: text('resources').notNull().default(''),
    rag: text('rag').$type<RagStatus>().notNull().default('not started'),
    ragChangedAt: timestamp('rag_changed_at', { withTimezone: true }),
  },
  (t) => [
    index('actions_priority_idx').on(t.priorityId),
    check('actions_rag', sql`${t.rag} in ('not started', 'red', 'amber', 'green', 'complete')`),
  ],
);

/** Dated progress on an action: commentary, RAG and evidence. The RAG history is these rows. */
export const actionUpdates = pgTable(
  'action_updates',
  {
    id: serial('id').primaryKey(),
    actionId: integer('action_id')
      .notNull()
      .references(() => actions.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUserId: integer('by_user_id').references(() => users.id),
    byLabel: text('by_label').notNull(),
    rag: text('rag').$type<RagStatus>().notNull(),
    commentary: text('commentary').notNull(),
    evidenceUrl: text('evidence_url'),
  },
  (t) => [
    index('action_updates_action_idx').on(t.actionId),
    check('action_updates_rag', sql`${t.rag} in ('not started', 'red', 'amber', 'green', 'complete')`),
  ],
);

export const kpis = pgTable('kpis', {
  id: serial('id').primaryKey(),
  planId: integer('plan_id')
    .notNull()
    .references(() => plans.id),
  priorityId: integer('priority_id').references(() => priorities.id),
  number: text('number').notNull(),
  outcome: text('outcome').notNull().default(''),
  outcomeLead: text('outcome_lead').notNull().default(''),
  keyAction: text('key_action').notNull().default(''),
  // Where the figures come from: the catalogue's values for the LA, the schools register (% good or
  // outstanding), or figures recorded against the KPI itself.
  evidence: text('evidence').$type<'catalogue' | 'register' | 'recorded'>().notNull().default('recorded'),
  indicatorKey: text('indicator_key'),
  measure: text('measure').notNull(),
  laCode: text('la_code'),
  direction: text('direction').$type<'higher' | 'lower'>().notNull(),
  unit: text('unit').notNull().default(''),
  decimalPlaces: integer('decimal_places').notNull().default(1),
  baselinePeriod: integer('baseline_period'),
  baselineValue: doublePrecision('baseline_value'),
  targetRule: jsonb('target_rule').$type<TargetRule>().notNull(),
  targetPeriod: integer('target_period').notNull(),
  narrative: text('narrative').notNull().default(''),
});

/** A free-standing KPI's figures, by period. */
export const kpiActuals = pgTable(
  'kpi_actuals',
  {
    kpiId: integer('kpi_id')
      .notNull()
      .references(() => kpis.id),
    period: integer('period').notNull(),
    value: doublePrecision('value'),
    comparator: doublePrecision('comparator'),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.kpiId, t.period] })],
);
