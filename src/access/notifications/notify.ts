import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Role } from '../roles.ts';
import { emailOutbox, notificationPreferences, notifications, users } from '../schema.ts';

// Telling people something needs them. A capability calls notify() inside the transaction of the
// change that caused it, so the notification and its email in the outbox are written with the
// change or not at all; the outbox worker sends them later (outbox.ts). What is said is what
// happened and where to look: no figure is ever put in a notification or an email, so none can
// reach a person whose role may not see it.

export type Channel = 'email' | 'in Beacon' | 'digest';
export const channels: readonly Channel[] = ['email', 'in Beacon', 'digest'];

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

// An address a mail server could deliver to; anything else is told in Beacon only.
export const deliverable = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Large lists are written and read in parts, within PostgreSQL's limit on parameters.
const part = 2000;
const inParts = <T>(items: readonly T[]): T[][] => {
  const parts: T[][] = [];
  for (let at = 0; at < items.length; at += part) parts.push(items.slice(at, at + part));
  return parts;
};

/** Notifies each person once; returns how many were newly told. */
export async function notify(tx: Database, userIds: readonly number[], notice: Notice): Promise<number> {
  return notifyEach(tx, [{ userIds, notice }]);
}

/**
 * Many notices at once (a day's reminders, every school told a return is open): the people's
 * accounts and choices are read once for all of them, and everything is written in a few inserts.
 */
export async function notifyEach(tx: Database, deliveries: readonly Delivery[]): Promise<number> {
  const wanted = deliveries.flatMap((d) =>
    [...new Set(d.userIds)].map((userId) => ({ userId, ...d.notice })),
  );
  if (wanted.length === 0) return 0;
  const people = [...new Set(wanted.map((w) => w.userId))];
  const kinds = [...new Set(wanted.map((w) => w.kind))];
  const accounts: { id: number; email: string }[] = [];
  const chosen: { userId: number; kind: string; channel: Channel }[] = [];
  for (const some of inParts(people)) {
    accounts.push(
      ...(await tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(and(inArray(users.id, some), eq(users.status, 'active')))),
    );
    chosen.push(
      ...(await tx
        .select({
          userId: notificationPreferences.userId,
          kind: notificationPreferences.kind,
          channel: notificationPreferences.channel,
        })
        .from(notificationPreferences)
        .where(
          and(inArray(notificationPreferences.userId, some), inArray(notificationPreferences.kind, kinds)),
        )),
    );
  }
  const emailOf = new Map(accounts.map((a) => [a.id, a.email]));
  const channelOf = new Map(chosen.map((c) => [`${String(c.userId)} ${c.kind}`, c.channel]));
  // Email unless the person chose otherwise; a digest gathers the day's into one message (digest.ts).
  const rows = wanted
    .filter((w) => emailOf.has(w.userId))
    .map((w) => ({ ...w, channel: channelOf.get(`${String(w.userId)} ${w.kind}`) ?? ('email' as const) }));
  let told = 0;
  for (const some of inParts(rows)) {
    const created = await tx.insert(notifications).values(some).onConflictDoNothing().returning({
      id: notifications.id,
      userId: notifications.userId,
      channel: notifications.channel,
      title: notifications.title,
      href: notifications.href,
    });
    told += created.length;
    const mail = created.flatMap(({ id, userId, channel, title, href }) => {
      const to = emailOf.get(userId);
      if (to === undefined || !deliverable.test(to) || channel !== 'email') return [];
      return [
        {
          notificationId: id,
          toAddress: to,
          subject: title,
          lines: [title],
          links: [{ text: 'Open it in Beacon', href }],
        },
      ];
    });
    if (mail.length > 0) await tx.insert(emailOutbox).values(mail);
  }
  return told;
}
