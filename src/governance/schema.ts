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
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from '../access/schema.ts';

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
