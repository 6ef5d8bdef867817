import { asc, eq, isNull, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/client.ts';
import type { Role } from '../roles.ts';
import { emailOutbox, noticeQueue, notificationPreferences, notifications, users } from '../schema.ts';

// Telling people something needs them. A capability calls notify() inside the transaction of the
// change that caused it, so the notification and its email in the outbox are written with the
// change or not at all; the outbox worker sends them later (outbox.ts). What is said is what
// happened and where to look: no figure is ever put in a notification or an email, so none can
// reach a person whose role may not see it.

export type Channel = 'email' | 'in Beacon' | 'digest';
export const channels: readonly Channel[] = ['email', 'digest', 'in Beacon'];

/** A kind of event a capability declares, for people to choose how they hear of it. */
export type NotificationKind = {
  key: string;
  title: string;
  /** The roles it can reach: only people in them are asked how to hear of it. */
  roles: readonly Role[];
};

export type Notice = {
  kind: string;
  /** Told once per person: the same key again is not told again. */
  key: string;
  /** What happened, in a line: "Papers published for the Strategic Board, 10 December 2026". */
  title: string;
  /** Where to look, within Beacon. */
  href: string;
};

/** One notice for the people it is for. */
export type Delivery = { userIds: readonly number[]; notice: Notice };

// An address a mail server could deliver to; anything else is told in Beacon only. The same
// pattern is read by JavaScript and by PostgreSQL.
const deliverableSql = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
export const deliverable = new RegExp(deliverableSql);

/** Notifies each person once; returns how many were newly told. */
export async function notify(tx: Database, userIds: readonly number[], notice: Notice): Promise<number> {
  return notifyEach(tx, [{ userIds, notice }]);
}

// More people than this at once are queued with the change and told just after it (noticeQueue).
const queueAbove = 1000;

/**
 * One notice for many groups of people, each group its own `{id}` in the notice's key, title and
 * link: every school told its own results are in ("/schools/{id}/results"). Kept this way in the
 * queue, a national import's notices are a small row, not one copy per school.
 */
export type NoticeGroup = {
  notice: Notice;
  to: readonly (readonly [id: string, userIds: readonly number[]])[];
};

const filled = (notice: Notice, id: string): Notice =>
  id === ''
    ? notice
    : {
        kind: notice.kind,
        key: notice.key.replaceAll('{id}', id),
        title: notice.title.replaceAll('{id}', id),
        href: notice.href.replaceAll('{id}', id),
      };

const expanded = (groups: readonly NoticeGroup[]): Delivery[] =>
  groups.flatMap((g) => g.to.map(([id, userIds]) => ({ userIds, notice: filled(g.notice, id) })));

/**
 * Many notices at once (a day's reminders): each person's notification, with the choice they made
 * for its kind, and the email of those who want one straight away. Returns how many were told, or
 * queued to be told.
 */
export async function notifyEach(
  tx: Database,
  deliveries: readonly Delivery[],
  options: { queueAbove?: number } = {},
): Promise<number> {
  return notifyGroups(
    tx,
    deliveries.map((d) => ({ notice: d.notice, to: [['', d.userIds]] })),
    options,
  );
}

/** Notice groups: written now, or queued with the change when they are for many people. */
export async function notifyGroups(
  tx: Database,
  groups: readonly NoticeGroup[],
  options: { queueAbove?: number } = {},
): Promise<number> {
  const people = groups.reduce((n, g) => g.to.reduce((m, [, ids]) => m + ids.length, n), 0);
  if (people > (options.queueAbove ?? queueAbove)) {
    await tx.insert(noticeQueue).values({
      groups: groups.map((g) => ({ notice: g.notice, to: g.to.map(([id, ids]) => [id, [...new Set(ids)]]) })),
    });
    return people;
  }
  return writeNotices(tx, expanded(groups));
}

/**
 * Tells each person of what was queued, a queued change at a time, each in its own transaction that
 * marks it told: taken FOR UPDATE SKIP LOCKED, so with several processes each is told by one.
 */
export async function deliverQueued(db: Database): Promise<number> {
  let told = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const [queued] = await tx
        .select()
        .from(noticeQueue)
        .where(isNull(noticeQueue.deliveredAt))
        .orderBy(asc(noticeQueue.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!queued) return null;
      const n = await writeNotices(tx, expanded(queued.groups));
      await tx.update(noticeQueue).set({ deliveredAt: new Date() }).where(eq(noticeQueue.id, queued.id));
      return n;
    });
    if (done === null) return told;
    told += done;
  }
}

/** Writes the notices now: one statement whatever the number of people. */
async function writeNotices(tx: Database, deliveries: readonly Delivery[]): Promise<number> {
  const seen = new Set<string>();
  const wanted: { user_id: number; kind: string; key: string; title: string; href: string }[] = [];
  for (const { userIds, notice } of deliveries)
    for (const userId of userIds) {
      const once = `${String(userId)} ${notice.key}`;
      if (seen.has(once)) continue;
      seen.add(once);
      wanted.push({
        user_id: userId,
        kind: notice.kind,
        key: notice.key,
        title: notice.title,
        href: notice.href,
      });
    }
  if (wanted.length === 0) return 0;
  const [result] = await queryRows<{ told: number }>(
    tx,
    sql`with wanted as (
          -- One parameter however many people: the rows as JSON, read back as a table.
          select * from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb)
            as w(user_id int, kind text, key text, title text, href text)
        ),
        told as (
          insert into ${notifications} (user_id, kind, key, title, href, channel)
          select w.user_id, w.kind, w.key, w.title, w.href, coalesce(p.channel, 'email')
          from wanted w
          join ${users} u on u.id = w.user_id and u.status = 'active'
          left join ${notificationPreferences} p on p.user_id = w.user_id and p.kind = w.kind
          on conflict do nothing
          returning id, user_id, channel, title, href
        ),
        mailed as (
          insert into ${emailOutbox} (notification_id, to_address, subject, lines, links)
          select t.id, u.email, t.title, jsonb_build_array(t.title),
                 jsonb_build_array(jsonb_build_object('text', 'Open it in Beacon', 'href', t.href))
          from told t
          join ${users} u on u.id = t.user_id
          where t.channel = 'email' and u.email ~ ${deliverableSql}
        )
        -- PostgreSQL runs a writing step whether or not it is read: the emails are written too.
        select count(*)::int as told from told`,
  );
  return result?.told ?? 0;
}
