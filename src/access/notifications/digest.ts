import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { emailOutbox, notifications, users } from '../schema.ts';
import { deliverable } from './notify.ts';

// The daily digest: for each person who chose it for some kinds of event, one email listing what
// they were told since the last one, each a link. What they have already opened in Beacon is left
// out; everything gathered is marked, so nothing is in two digests. Written in one transaction
// with the outbox, like every other email.

/** The lines of one person's digest, from what they were told (pure). */
export function digestOf(told: readonly { title: string; href: string }[]) {
  return {
    subject:
      told.length === 1
        ? 'Beacon: 1 thing for you today'
        : `Beacon: ${String(told.length)} things for you today`,
    lines: ['What Beacon has told you since your last digest:'],
    links: told.map((t) => ({ text: t.title, href: t.href })),
  };
}

/** Writes the day's digests to the outbox; returns how many people get one. */
export async function writeDigests(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const gathered = await tx
      .select({
        id: notifications.id,
        userId: notifications.userId,
        title: notifications.title,
        href: notifications.href,
        readAt: notifications.readAt,
        email: users.email,
      })
      .from(notifications)
      .innerJoin(users, and(eq(users.id, notifications.userId), eq(users.status, 'active')))
      .where(and(eq(notifications.channel, 'digest'), isNull(notifications.digestedAt)))
      .orderBy(asc(notifications.userId), asc(notifications.id))
      .for('update', { of: notifications, skipLocked: true });
    if (gathered.length === 0) return 0;
    const byPerson = new Map<number, typeof gathered>();
    for (const row of gathered) byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), row]);
    const mail = [...byPerson.values()].flatMap((told) => {
      const unread = told.filter((t) => t.readAt === null);
      const to = told[0]?.email ?? '';
      if (unread.length === 0 || !deliverable.test(to)) return [];
      return [{ kind: 'digest' as const, toAddress: to, ...digestOf(unread) }];
    });
    if (mail.length > 0) await tx.insert(emailOutbox).values(mail);
    const ids = gathered.map((g) => g.id);
    for (let at = 0; at < ids.length; at += 2000)
      await tx
        .update(notifications)
        .set({ digestedAt: new Date() })
        .where(inArray(notifications.id, ids.slice(at, at + 2000)));
    return mail.length;
  });
}
