import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { emailOutbox } from '../schema.ts';
import { composeMail, type Mailer } from './mailer.ts';

// The outbox worker: takes the messages that are due, sends each, and marks it sent, or tries again
// later (1, 2, 4 … minutes, at most an hour apart) and gives up after `maxAttempts`, marking it
// failed for administrators to see. Rows are taken FOR UPDATE SKIP LOCKED inside a transaction,
// so two Beacon processes on one PostgreSQL never take the same message; a crash before the mark
// leaves the row pending, to be sent again with the same Message-ID.

export const maxAttempts = 5;
export type SendResult = { sent: number; retrying: number; failed: number; dropped: number };

/** When to try again after the given number of attempts. */
export function nextAttempt(attempts: number, now: Date): Date {
  const minutes = Math.min(60, 2 ** Math.max(0, attempts - 1));
  return new Date(now.getTime() + minutes * 60_000);
}

export async function sendPending(
  db: Database,
  mailer: Mailer,
  publicUrl: URL,
  options: { now?: () => Date; batch?: number } = {},
): Promise<SendResult> {
  const now = options.now ?? (() => new Date());
  const result: SendResult = { sent: 0, retrying: 0, failed: 0, dropped: 0 };
  for (;;) {
    const taken = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now())))
        .orderBy(asc(emailOutbox.id))
        .limit(options.batch ?? 25)
        .for('update', { skipLocked: true });
      for (const message of due) {
        // A notice whose notification was removed (its person's account deleted) is not sent.
        if (message.kind === 'notice' && message.notificationId === null) {
          await tx
            .update(emailOutbox)
            .set({ status: 'dropped', lastError: 'Its notification was removed before it was sent' })
            .where(eq(emailOutbox.id, message.id));
          result.dropped += 1;
          continue;
        }
        const attempts = message.attempts + 1;
        try {
          await mailer.send({
            to: message.toAddress,
            subject: message.subject,
            messageId: `<beacon-outbox-${String(message.id)}@${publicUrl.hostname}>`,
            ...composeMail(message, publicUrl),
          });
          await tx
            .update(emailOutbox)
            .set({ status: 'sent', attempts, sentAt: now(), lastError: null })
            .where(eq(emailOutbox.id, message.id));
          result.sent += 1;
        } catch (error) {
          const gaveUp = attempts >= maxAttempts;
          await tx
            .update(emailOutbox)
            .set({
              status: gaveUp ? 'failed' : 'pending',
              attempts,
              nextAttemptAt: nextAttempt(attempts, now()),
              lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
            })
            .where(eq(emailOutbox.id, message.id));
          if (gaveUp) result.failed += 1;
          else result.retrying += 1;
        }
      }
      return due.length;
    });
    if (taken === 0) return result;
  }
}

/** What the outbox holds, by status: for administrators and the CLI. */
export async function outboxCounts(db: Database): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: emailOutbox.status, n: sql<number>`count(*)::int` })
    .from(emailOutbox)
    .groupBy(emailOutbox.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
