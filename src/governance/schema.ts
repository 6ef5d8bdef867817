import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
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
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from '../access/schema.ts';
import type { PaperParams } from '../access/capability.ts';

// The partnership's boards (SPEC C5, seed 001): what each is for, who sits on it by seat, and the
// rules its meetings keep (quorum, notice of papers).

export const boardKinds = [
  'strategic board',
  'operational group',
  'advisory board',
  'scrutiny panel',
  'schools forum',
] as const;
export type BoardKind = (typeof boardKinds)[number];

export const boards = pgTable(
  'boards',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').$type<BoardKind>().notNull(),
    // The body it answers to ("Strategic Board" for seed 001's Operational Group).
    accountableTo: text('accountable_to'),
    // As its terms of reference say: termly, half-termly, …
    frequency: text('frequency').notNull(),
    // A share of the voting members (seed 001's Strategic Board: 0.5); null where the terms of
    // reference set none (seed 001's Operational Group).
    quorumFraction: doublePrecision('quorum_fraction'),
    noticeDays: integer('notice_days').notNull(),
    noticeCounted: text('notice_counted').$type<'calendar' | 'clearWorking'>().notNull(),
    // How far ahead a member's term ending is flagged.
    termWarningDays: integer('term_warning_days').notNull().default(60),
    // Seed 001: membership is agreed annually at the first meeting of the academic year. The date of
    // the meeting that last agreed it.
    membershipAgreedOn: date('membership_agreed_on', { mode: 'string' }),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
  },
  (t) => [
    check('boards_quorum_share', sql`${t.quorumFraction} > 0 and ${t.quorumFraction} <= 1`),
    check('boards_notice_days', sql`${t.noticeDays} >= 0`),
  ],
);

/** Each version of a board's terms of reference, dated and kept. */
export const termsOfReference = pgTable(
  'board_terms_of_reference',
  {
    id: serial('id').primaryKey(),
    boardId: integer('board_id')
      .notNull()
      .references(() => boards.id),
    agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
    // "Draft" until the board agrees it.
    status: text('status').$type<'draft' | 'agreed'>().notNull(),
    purpose: text('purpose').notNull(),
    responsibilities: jsonb('responsibilities').$type<string[]>().notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('board_terms_board_idx').on(t.boardId)],
);

/** A seat as the terms of reference write it: "3 x primary headteachers". */
export const boardSeats = pgTable(
  'board_seats',
  {
    id: serial('id').primaryKey(),
    boardId: integer('board_id')
      .notNull()
      .references(() => boards.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    places: integer('places').notNull(),
    membership: text('membership').$type<'voting' | 'non-voting' | 'co-opted'>().notNull(),
    office: text('office').$type<'chair' | 'vice-chair'>(),
  },
  (t) => [index('board_seats_board_idx').on(t.boardId), check('board_seats_places', sql`${t.places} >= 1`)],
);

/** Who holds a seat, and for how long. A holder may have a Beacon account (to read and decide). */
export const seatHolders = pgTable(
  'board_seat_holders',
  {
    id: serial('id').primaryKey(),
    seatId: integer('seat_id')
      .notNull()
      .references(() => boardSeats.id),
    name: text('name').notNull(),
    userId: integer('user_id').references(() => users.id),
    // Null where the papers do not say (seed 001 names the members, not their terms).
    termStart: date('term_start', { mode: 'string' }),
    termEnd: date('term_end', { mode: 'string' }),
  },
  (t) => [
    index('board_seat_holders_seat_idx').on(t.seatId),
    index('board_seat_holders_user_idx').on(t.userId),
  ],
);

/** A meeting of a board: when and where, and when its papers went out. */
export const meetings = pgTable(
  'board_meetings',
  {
    id: serial('id').primaryKey(),
    boardId: integer('board_id')
      .notNull()
      .references(() => boards.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    // As the notice writes it: "3.30 pm".
    startsAt: text('starts_at').notNull(),
    venue: text('venue'),
    remoteLink: text('remote_link'),
    papersPublishedOn: date('papers_published_on', { mode: 'string' }),
    // Published for anyone to read, without the exempt items; otherwise for members and officers.
    papersPublic: boolean('papers_public').notNull().default(false),
    enquiries: text('enquiries'),
    // Seed 001: minutes "circulated to all members as soon as available and formally agreed at the
    // next meeting". Once agreed they are locked, with any amendment the next meeting made.
    minutesStatus: text('minutes_status')
      .$type<'none' | 'draft' | 'circulated' | 'agreed'>()
      .notNull()
      .default('none'),
    minutesAgreedAt: integer('minutes_agreed_at'),
    minutesAmendment: text('minutes_amendment'),
  },
  (t) => [index('board_meetings_board_idx').on(t.boardId)],
);

export const agendaItemKinds = [
  'apologies',
  'declarations',
  'minutes',
  'matters arising',
  // Seed 001: membership agreed at the first meeting of each academic year.
  'membership',
  // Seed 001: the Strategic Board approves the annual work programme.
  'work programme',
  'report',
  'future meetings',
  'other',
] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

/** An item on a meeting's agenda; a report carries what seed 001's report front sheet does. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    position: integer('position').notNull(),
    kind: text('kind').$type<AgendaItemKind>().notNull(),
    title: text('title').notNull(),
    decisionMaker: text('decision_maker'),
    reportFrom: text('report_from'),
    reportBy: text('report_by'),
    purpose: jsonb('purpose').$type<string[]>().notNull().default([]),
    // Lettered a, b, c … as the report writes them.
    recommendations: jsonb('recommendations').$type<string[]>().notNull().default([]),
    pages: text('pages'),
    // The minute of the item, drafted by the clerk.
    minute: text('minute'),
    // Local Government Act 1972, Schedule 12A: the paragraph (1–7) an exempt item falls under.
    exemptParagraph: integer('exempt_paragraph'),
    // The item at an earlier meeting that deferred it to this one.
    deferredFromItemId: integer('deferred_from_item_id'),
  },
  (t) => [
    index('agenda_items_meeting_idx').on(t.meetingId),
    check(
      'agenda_items_exempt_paragraph',
      sql`${t.exemptParagraph} is null or ${t.exemptParagraph} between 1 and 7`,
    ),
  ],
);

export const attendanceStatuses = ['present', 'remote', 'apologies', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** Who came: one row per seat holder, once the clerk records it. */
export const attendance = pgTable(
  'meeting_attendance',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    holderId: integer('holder_id')
      .notNull()
      .references(() => seatHolders.id),
    status: text('status').$type<AttendanceStatus>().notNull(),
    arrivedLate: boolean('arrived_late').notNull().default(false),
    leftEarly: boolean('left_early').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.holderId] })],
);

export const decisionOutcomes = ['noted', 'approved', 'approved as amended', 'deferred', 'rejected'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/** What the board decided on an item, only ever while it was quorate. */
export const decisions = pgTable('agenda_decisions', {
  agendaItemId: integer('agenda_item_id')
    .primaryKey()
    .references(() => agendaItems.id),
  outcome: text('outcome').$type<DecisionOutcome>().notNull(),
  amendment: text('amendment'),
  deferredToMeetingId: integer('deferred_to_meeting_id').references(() => meetings.id),
  reasons: text('reasons').notNull().default(''),
  alternatives: text('alternatives').notNull().default(''),
  // The quorum when it was recorded: who was there, and how many were needed.
  votingPresent: integer('voting_present').notNull(),
  quorumNeeded: integer('quorum_needed'),
  recordedBy: text('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // PGlite gives a Uint8Array where pg gives a Buffer.
  fromDriver: (value) => Buffer.from(value),
});

/**
 * A paper on an agenda item that is one of Beacon's own reports. Publishing the papers freezes it:
 * the board pack shows it as it was then, and the digest of its figures says whether they have
 * changed since.
 */
export const meetingPapers = pgTable(
  'meeting_papers',
  {
    id: serial('id').primaryKey(),
    agendaItemId: integer('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<PaperParams>().notNull(),
    title: text('title').notNull(),
    liveUrl: text('live_url').notNull(),
    frozenHtml: text('frozen_html'),
    frozenDigest: text('frozen_digest'),
    frozenOn: date('frozen_on', { mode: 'string' }),
    // A document the clerk uploaded (kind 'document'): a PDF, checked by its content when it came.
    document: bytea('document'),
    documentPages: integer('document_pages'),
  },
  (t) => [index('meeting_papers_item_idx').on(t.agendaItemId)],
);

/** An action arising from a meeting: owned by a Beacon account, due by a date, back on the next agenda until done. */
export const meetingActions = pgTable(
  'meeting_actions',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    description: text('description').notNull(),
    ownerUserId: integer('owner_user_id')
      .notNull()
      .references(() => users.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').$type<'open' | 'done'>().notNull().default('open'),
    doneOn: date('done_on', { mode: 'string' }),
  },
  (t) => [
    index('meeting_actions_meeting_idx').on(t.meetingId),
    index('meeting_actions_owner_idx').on(t.ownerUserId),
  ],
);

/** A member's declaration of an interest in an item (seed 001's agenda item 2), recorded by the clerk. */
export const declarations = pgTable(
  'meeting_declarations',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    agendaItemId: integer('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    holderId: integer('holder_id')
      .notNull()
      .references(() => seatHolders.id),
    interest: text('interest').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_declarations_meeting_idx').on(t.meetingId)],
);

/** A board's work programme for an academic year (seed 001: approved by the Strategic Board). */
export const workProgrammes = pgTable(
  'work_programmes',
  {
    id: serial('id').primaryKey(),
    boardId: integer('board_id')
      .notNull()
      .references(() => boards.id),
    // The year the academic year starts in: 2016 for 2016/17.
    academicYear: integer('academic_year').notNull(),
    // The meeting whose decision approved it.
    approvedAtMeetingId: integer('approved_at_meeting_id').references(() => meetings.id),
  },
  (t) => [uniqueIndex('work_programmes_board_year_idx').on(t.boardId, t.academicYear)],
);

/** An item planned to a month of the year: "Provisional results: September". */
export const workProgrammeItems = pgTable(
  'work_programme_items',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => workProgrammes.id),
    month: integer('month').notNull(),
    title: text('title').notNull(),
    reportFrom: text('report_from'),
  },
  (t) => [
    index('work_programme_items_programme_idx').on(t.programmeId),
    check('work_programme_items_month', sql`${t.month} between 1 and 12`),
  ],
);
