import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, ValidationError } from '../../kernel/errors.ts';
import { emailOutbox, notificationPreferences, notifications, users } from '../schema.ts';
import { channels, type Channel, type NotificationKind } from './notify.ts';
import { outboxCounts } from './outbox.ts';

// A person's notifications in Beacon: the count in the header, the list (newest first), opening
// one (which marks it read), marking all read, and choosing per kind of event how to hear of it.

const signedIn = (actor: Actor): number => {
  if (actor.userId === null) throw new NotFoundError('Notifications are for people signed in');
  return actor.userId;
};

export function createNotificationsService(db: Database, allKinds: readonly NotificationKind[]) {
  /** The kinds of event that can reach this person: only those are theirs to choose for. */
  const kindsFor = (actor: Actor) => allKinds.filter((k) => k.roles.includes(actor.role));
  return {
    kindsFor,

    async unreadCount(actor: Actor): Promise<number> {
      if (actor.userId === null) return 0;
      const [row] = await db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
      return row?.n ?? 0;
    },

    async list(actor: Actor, limit = 100) {
      return db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, signedIn(actor)))
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(limit);
    },

    /** Opens one of the person's own notifications: marked read, and where it points. */
    async open(actor: Actor, id: number): Promise<string> {
      const userId = signedIn(actor);
      return db.transaction(async (tx) => {
        const [found] = await tx
          .select()
          .from(notifications)
          .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
        if (!found) throw new NotFoundError('There is no such notification');
        if (found.readAt === null) {
          await tx.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, id));
          await recordAudit(tx, actor, {
            action: 'notification.read',
            entityType: 'notification',
            entityId: id,
          });
        }
        return found.href;
      });
    },

    async markAllRead(actor: Actor): Promise<number> {
      const userId = signedIn(actor);
      return db.transaction(async (tx) => {
        const read = await tx
          .update(notifications)
          .set({ readAt: new Date() })
          .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
          .returning({ id: notifications.id });
        if (read.length > 0)
          await recordAudit(tx, actor, {
            action: 'notification.readAll',
            entityType: 'user',
            entityId: userId,
            after: { read: read.length },
          });
        return read.length;
      });
    },

    async preferences(actor: Actor): Promise<Record<string, Channel>> {
      const kinds = kindsFor(actor);
      const rows = await db
        .select()
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, signedIn(actor)));
      const chosen = new Map(rows.map((r) => [r.kind, r.channel]));
      return Object.fromEntries(kinds.map((k) => [k.key, chosen.get(k.key) ?? 'email']));
    },

    /** Sets how the person hears of each kind; a choice that is not one of the three is refused whole. */
    async setPreferences(actor: Actor, choices: Readonly<Record<string, string | undefined>>) {
      const userId = signedIn(actor);
      const kinds = kindsFor(actor);
      const problems = kinds
        .filter((k) => !(channels as readonly (string | undefined)[]).includes(choices[k.key]))
        .map((k) => ({ field: k.key, message: `Choose how to hear when ${lowerFirst(k.title)}` }));
      if (problems.length > 0) throw new ValidationError(problems);
      await db.transaction(async (tx) => {
        await tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId));
        await tx
          .insert(notificationPreferences)
          .values(kinds.map((k) => ({ userId, kind: k.key, channel: choices[k.key] as Channel })));
        await recordAudit(tx, actor, {
          action: 'notification.preferences',
          entityType: 'user',
          entityId: userId,
          after: Object.fromEntries(kinds.map((k) => [k.key, choices[k.key]])),
        });
      });
    },

    outboxCounts: () => outboxCounts(db),

    /** Emails that could not be delivered after every retry, for administrators. */
    async failedEmails() {
      return db
        .select({
          id: emailOutbox.id,
          to: emailOutbox.toAddress,
          subject: emailOutbox.subject,
          error: emailOutbox.lastError,
          attempts: emailOutbox.attempts,
          createdAt: emailOutbox.createdAt,
          name: users.name,
        })
        .from(emailOutbox)
        .leftJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
        .leftJoin(users, eq(users.id, notifications.userId))
        .where(eq(emailOutbox.status, 'failed'))
        .orderBy(desc(emailOutbox.id))
        .limit(50);
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
