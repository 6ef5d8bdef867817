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
  unique,
} from 'drizzle-orm/pg-core';
import { users } from '../access/schema.ts';
import type { AgreementStatus } from './rules/agreement.ts';
import type { Figures, Grid } from './rules/grid.ts';
import type { ReturnStatus, ReturnStep } from './rules/workflow.ts';

// Data collection from schools (SPEC C7; seed 000 5.1 and 5.2): agreements to share data, the
// windows a return is collected in, the returns and every step each took.

/** A school's data-sharing agreement with the LA, as it stands; the audit log keeps its history. */
export const dataSharingAgreements = pgTable('data_sharing_agreements', {
  urn: integer('urn').primaryKey(),
  status: text('status').$type<AgreementStatus>().notNull(),
  scope: text('scope').notNull().default(''),
  signatory: text('signatory').notNull().default(''),
  signedOn: date('signed_on', { mode: 'string' }),
  expiresOn: date('expires_on', { mode: 'string' }),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The school accounts that may authorise a school's returns: its headteacher, as a rule. */
export const returnAuthorisers = pgTable(
  'return_authorisers',
  {
    urn: integer('urn').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.urn, t.userId] })],
);

/** A named return, when it opens and closes, the schools it is for, and what it collects from each phase. */
export const collectionWindows = pgTable(
  'collection_windows',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    // The LA whose schools it is for.
    laCode: text('la_code').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    // One grid for each phase the window collects from (its schools are that phase's).
    grids: jsonb('grids').$type<Grid[]>().notNull(),
    // How far a prediction may be from the result and still be "within tolerance", in points.
    tolerance: doublePrecision('tolerance').notNull().default(3),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
  },
  (t) => [check('collection_windows_dates', sql`${t.closesOn} >= ${t.opensOn}`)],
);

/** One school's return in a window: its figures, predictions and notes, and where it has got to. */
export const inYearReturns = pgTable(
  'in_year_returns',
  {
    id: serial('id').primaryKey(),
    windowId: integer('window_id')
      .notNull()
      .references(() => collectionWindows.id),
    urn: integer('urn').notNull(),
    status: text('status').$type<Exclude<ReturnStatus, 'not started'>>().notNull(),
    figures: jsonb('figures').$type<Figures>().notNull().default({}),
    predictions: jsonb('predictions').$type<Figures>().notNull().default({}),
    // The notes that explain queries, by cell.
    notes: jsonb('notes').$type<Record<string, string>>().notNull().default({}),
    // The share of the required cells filled (rules/validation.ts completion), kept for the overview.
    completion: doublePrecision('completion').notNull().default(0),
    // The LA's comment when it returned it.
    laComment: text('la_comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('in_year_returns_window_school').on(t.windowId, t.urn),
    index('in_year_returns_urn_idx').on(t.urn),
  ],
);

/** Every step a return took: who, when, from what to what, and the comment. */
export const returnEvents = pgTable(
  'in_year_return_events',
  {
    id: serial('id').primaryKey(),
    returnId: integer('return_id')
      .notNull()
      .references(() => inYearReturns.id),
    step: text('step').$type<ReturnStep>().notNull(),
    from: text('from_status').$type<ReturnStatus>().notNull(),
    to: text('to_status').$type<ReturnStatus>().notNull(),
    by: text('by_name').notNull(),
    comment: text('comment').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('in_year_return_events_return_idx').on(t.returnId)],
);

/** A reminder sent to a school that is late with its return. */
export const collectionChases = pgTable(
  'collection_chases',
  {
    id: serial('id').primaryKey(),
    windowId: integer('window_id')
      .notNull()
      .references(() => collectionWindows.id),
    urn: integer('urn').notNull(),
    chasedBy: text('chased_by').notNull(),
    chasedAt: timestamp('chased_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('collection_chases_window_idx').on(t.windowId, t.urn)],
);

/**
 * The LA's in-year picture kept as running totals (rules/inYear.ts): each return adds its pupils
 * and its pupils × shares when it is submitted, and takes them away if the LA returns it, so the
 * picture for every primary school in England is read in one small query.
 */
export const inYearTotals = pgTable(
  'in_year_totals',
  {
    windowId: integer('window_id')
      .notNull()
      .references(() => collectionWindows.id),
    phase: text('phase').notNull(),
    // Year group, subject and group: "6|maths|boys".
    row: text('row').notNull(),
    schools: integer('schools').notNull(),
    pupils: doublePrecision('pupils').notNull(),
    expectedSum: doublePrecision('expected_sum').notNull(),
    higherSum: doublePrecision('higher_sum').notNull(),
  },
  (t) => [primaryKey({ columns: [t.windowId, t.phase, t.row] })],
);
