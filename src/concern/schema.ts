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
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import type { RiskRule, Category } from './risk/model.ts';

// Schools causing concern (SPEC C3): the risk model each LA uses, the School Assessment Meetings
// that confirm a school's category, the intelligence officers record, the interventions a council
// makes and the support it gives "in inverse proportion to success" (seed 000, 3.1).

/** Every version of an LA's risk model is kept, so a past proposal can name the model behind it. */
export const riskModels = pgTable(
  'risk_models',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    laCode: text('la_code').notNull(),
    version: integer('version').notNull(),
    rules: jsonb('rules').$type<RiskRule[]>().notNull(),
    categories: jsonb('categories').$type<Category[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [unique('risk_models_la_version').on(t.laCode, t.version)],
);

/** A half-termly School Assessment Meeting (seed 000, 2.2): who met, when, with which model. */
export const assessmentMeetings = pgTable('assessment_meetings', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  laCode: text('la_code').notNull(),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  attendees: text('attendees').notNull(),
  modelVersion: integer('model_version').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: text('created_by').notNull(),
});

/**
 * A school's category as people confirmed it, with the proposal they had in front of them. The
 * newest decision is the school's category; the rest are its history.
 */
export const categoryDecisions = pgTable(
  'category_decisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    urn: integer('urn').notNull(),
    meetingId: integer('meeting_id').references(() => assessmentMeetings.id),
    category: text('category').notNull(),
    rationale: text('rationale').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    proposedCategory: text('proposed_category'),
    proposedScore: integer('proposed_score'),
    proposedReasons: jsonb('proposed_reasons').$type<string[]>().notNull().default([]),
    modelVersion: integer('model_version'),
    // For academies: referred on to the Regional Schools Commissioner under the academy protocol.
    academyReferral: boolean('academy_referral').notNull().default(false),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('category_decisions_urn').on(t.urn, t.decidedOn),
    check('category_decisions_rationale', sql`length(trim(${t.rationale})) > 0`),
  ],
);

export const intelligenceKinds = ['new headteacher', 'governance', 'safeguarding', 'complaints'] as const;
export type IntelligenceKind = (typeof intelligenceKinds)[number];

/** What an officer knows that no data file says: it counts in the review for 12 months. */
export const concernIntelligence = pgTable(
  'concern_intelligence',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    urn: integer('urn').notNull(),
    kind: text('kind').$type<IntelligenceKind>().notNull(),
    notedOn: date('noted_on', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('concern_intelligence_urn').on(t.urn)],
);

export const interventionKinds = [
  'warning notice',
  'school review group',
  'additional governors',
  'suspension of delegated budget',
  'interim executive board',
  'academy order',
  'referral to the regional schools commissioner',
] as const;
export type InterventionKind = (typeof interventionKinds)[number];

export const interventionStatuses = ['proposed', 'in force', 'complied', 'closed', 'withdrawn'] as const;
export type InterventionStatus = (typeof interventionStatuses)[number];

export const interventions = pgTable(
  'interventions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    urn: integer('urn').notNull(),
    kind: text('kind').$type<InterventionKind>().notNull(),
    status: text('status').$type<InterventionStatus>().notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    // A warning notice's compliance period ends on the date the notice states.
    complianceBy: date('compliance_by', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    owner: text('owner').notNull(),
    // The record of support and challenge already offered, for a referral to the RSC (seed 000, 2.4).
    details: text('details').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
    documentLinks: jsonb('document_links').$type<string[]>().notNull().default([]),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interventions_urn').on(t.urn)],
);

/** Support days a year for each category: more for the schools that need more (seed 000, 3.1). */
export const supportAllowances = pgTable(
  'support_allowances',
  {
    laCode: text('la_code').notNull(),
    category: text('category').notNull(),
    daysPerYear: doublePrecision('days_per_year').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.laCode, t.category] }),
    check('support_allowances_days', sql`${t.daysPerYear} >= 0`),
  ],
);

export const visitStatuses = ['planned', 'done', 'cancelled'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

/**
 * A school improvement officer's visit, planned against the school's allowance. Its notes become
 * the school's to read, and answer, once the officer shares them.
 */
export const supportVisits = pgTable(
  'support_visits',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    urn: integer('urn').notNull(),
    visitOn: date('visit_on', { mode: 'string' }).notNull(),
    days: doublePrecision('days').notNull(),
    officer: text('officer').notNull(),
    purpose: text('purpose').notNull(),
    status: text('status').$type<VisitStatus>().notNull().default('planned'),
    notes: text('notes').notNull().default(''),
    notesSharedAt: timestamp('notes_shared_at', { withTimezone: true }),
    schoolResponse: text('school_response').notNull().default(''),
    respondedBy: text('responded_by'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('support_visits_urn').on(t.urn, t.visitOn),
    check('support_visits_days', sql`${t.days} > 0 and ${t.days} <= 20`),
  ],
);

/** What an LA shares with its schools: by default a school does not see its own category. */
export const concernSettings = pgTable('concern_settings', {
  laCode: text('la_code').primaryKey(),
  shareCategoryWithSchools: boolean('share_category_with_schools').notNull().default(false),
});
