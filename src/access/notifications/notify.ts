import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { emailOutbox, notificationPreferences, notifications, users } from '../schema.ts';

// Telling people something needs them. A capability calls notify() inside the transaction of the
// change that caused it, so the notification and its email in the outbox are written with the
// change or not at all; the outbox worker sends them later (outbox.ts). What is said is what
// happened and where to look: no figure is ever put in a notification or an email, so none can
// reach a person whose role may not see it.

export type Channel = 'email' | 'in Beacon' | 'digest';
// The daily digest is kept for in the tables but not offered until its email is built.
export const channels: readonly Channel[] = ['email', 'in Beacon'];

/** A kind of event a capability declares, for people to choose how they hear of it. */
export type NotificationKind = { key: string; title: string };

export type Notice = {
  kind: string;
  /** Told once per person: the same key again is not told again. */
  key: string;
  /** What happened, in a line: "Papers published for the Strategic Board, 10 December 2026". */
  title: string;
  /** Where to look, within Beacon. */
  href: string;
};

// An address a mail server could deliver to; anything else is told in Beacon only.
const deliverable = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Large enough lists are written in parts, within PostgreSQL's limit on parameters.
const part = 2000;

/** Notifies each person once; returns how many were newly told. */
export async function notify(tx: Database, userIds: readonly number[], notice: Notice): Promise<number> {
  const people = [...new Set(userIds)];
  if (people.length === 0) return 0;
  const created: { id: number; userId: number }[] = [];
  for (let at = 0; at < people.length; at += part) {
    created.push(
      ...(await tx
        .insert(notifications)
        .values(people.slice(at, at + part).map((userId) => ({ userId, ...notice })))
        .onConflictDoNothing()
        .returning({ id: notifications.id, userId: notifications.userId })),
    );
  }
  if (created.length === 0) return 0;
  const ids = created.map((c) => c.userId);
  const [accounts, chosen] = await Promise.all([
    tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(inArray(users.id, ids), eq(users.status, 'active'))),
    tx
      .select({ userId: notificationPreferences.userId, channel: notificationPreferences.channel })
      .from(notificationPreferences)
      .where(
        and(inArray(notificationPreferences.userId, ids), eq(notificationPreferences.kind, notice.kind)),
      ),
  ]);
  const channelOf = new Map(chosen.map((c) => [c.userId, c.channel]));
  const emailOf = new Map(accounts.map((a) => [a.id, a.email]));
  const mail = created.flatMap(({ id, userId }) => {
    const to = emailOf.get(userId);
    // Email unless the person chose otherwise; a digest gathers the day's into one message.
    if (to === undefined || !deliverable.test(to) || (channelOf.get(userId) ?? 'email') !== 'email')
      return [];
    return [
      {
        notificationId: id,
        toAddress: to,
        subject: notice.title,
        lines: [notice.title],
        links: [{ text: 'Open it in Beacon', href: notice.href }],
      },
    ];
  });
  for (let at = 0; at < mail.length; at += part)
    await tx.insert(emailOutbox).values(mail.slice(at, at + part));
  return created.length;
}
