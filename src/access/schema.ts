import { sql } from 'drizzle-orm';
import type { Role } from './roles.ts';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    // A school user is scoped to one school (URN); a trust leader to one trust (GIAS group UID).
    schoolUrn: integer('school_urn'),
    trustId: text('trust_id'),
    // Null for accounts that only sign in through the council's single sign-on.
    passwordHash: text('password_hash'),
    oidcSubject: text('oidc_subject').unique(),
    status: text('status').$type<'active' | 'disabled'>().notNull().default('active'),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A school's people, and a trust's leader, are found for its notifications.
    index('users_school_urn_idx').on(t.schoolUrn),
    index('users_trust_id_idx').on(t.trustId),
    check('users_status_check', sql`${t.status} in ('active', 'disabled')`),
    check(
      'users_scope_check',
      sql`(${t.role} <> 'school_user' or ${t.schoolUrn} is not null) and (${t.role} <> 'trust_leader' or ${t.trustId} is not null)`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    sid: text('sid').primaryKey(),
    data: jsonb('data').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_expires_at_idx').on(t.expiresAt)],
);

export const apiTokens = pgTable('api_tokens', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  // SHA-256 of the token: tokens are 256 random bits, so a slow password hash adds nothing.
  tokenHash: text('token_hash').notNull().unique(),
  prefix: text('prefix').notNull(),
  /** What it is for, in its maker's words ("Power BI dashboard"). */
  name: text('name').notNull().default('API'),
  /** A read-only token may not change anything, whatever its account may do. */
  readOnly: boolean('read_only').notNull().default(false),
  /** The permissions it is limited to; null for everything its account may do. */
  permissions: jsonb('permissions').$type<string[]>(),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

// Append-only: a trigger in the migrations refuses UPDATE and DELETE.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);

/**
 * A one-time link to set a password, given to a person by an administrator instead of a password
 * typed for them. Only the SHA-256 of its token is kept; it works once, before it expires, and a
 * newer link for the same account replaces it.
 */
export const passwordLinks = pgTable(
  'password_links',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_links_user_idx').on(t.userId)],
);

/**
 * What a person is told, in Beacon: one row a person and event, written in the same transaction
 * as the change that caused it. `key` makes an event told once however often it is noticed
 * (the daily run that finds an action overdue, a retried request).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    href: text('href').notNull(),
    // How the person chose to hear of it when it was told; a digest's are gathered once a day.
    channel: text('channel').$type<'email' | 'in Beacon' | 'digest'>().notNull().default('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    digestedAt: timestamp('digested_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_user_key_idx').on(t.userId, t.key),
    index('notifications_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
    index('notifications_digest_idx')
      .on(t.userId)
      .where(sql`${t.channel} = 'digest' and ${t.digestedAt} is null`),
    check('notifications_channel', sql`${t.channel} in ('email', 'in Beacon', 'digest')`),
  ],
);

/**
 * The email outbox: a message a row, written with its notification, sent by the worker with
 * retries and backoff, and marked sent. A row is taken with FOR UPDATE SKIP LOCKED, so with
 * several Beacon processes each message is sent by exactly one.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    notificationId: bigint('notification_id', { mode: 'number' }).references(() => notifications.id, {
      onDelete: 'set null',
    }),
    // 'notice' (one notification) or 'digest' (a day's, for those who chose a digest).
    kind: text('kind').$type<'notice' | 'digest'>().notNull().default('notice'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    // What the message says, in lines; the links are relative and become Beacon's address when sent.
    lines: jsonb('lines').$type<string[]>().notNull(),
    links: jsonb('links').$type<{ text: string; href: string }[]>().notNull(),
    status: text('status').$type<'pending' | 'sent' | 'failed' | 'dropped'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('email_outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    check('email_outbox_status', sql`${t.status} in ('pending', 'sent', 'failed', 'dropped')`),
  ],
);

/**
 * Notices for many people at once (every school told its results are in), written with the change
 * as one row and told to each person just after it, by the server's notification work: the change
 * stays as quick as it was, and a crash in between loses nothing.
 */
export const noticeQueue = pgTable(
  'notice_queue',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    // json, not jsonb: written once and read once, so it is kept as written (quicker to write).
    groups: json('groups')
      .$type<
        {
          notice: { kind: string; key: string; title: string; href: string };
          to: [id: string, userIds: number[]][];
        }[]
      >()
      .notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    index('notice_queue_waiting_idx')
      .on(t.id)
      .where(sql`${t.deliveredAt} is null`),
  ],
);

/** How a person wants each kind of event: by email, in Beacon only, or in a daily digest. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    channel: text('channel').$type<'email' | 'in Beacon' | 'digest'>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    check('notification_preferences_channel', sql`${t.channel} in ('email', 'in Beacon', 'digest')`),
  ],
);

/** Scheduled work done once a day per deployment, however many processes run: a row a job and day. */
export const scheduledRuns = pgTable(
  'scheduled_runs',
  {
    job: text('job').notNull(),
    day: text('day').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.job, t.day] })],
);
