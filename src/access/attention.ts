import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { AttentionItem } from './capability.ts';
import type { Services } from '../kernel/services.ts';
import { auditLog, emailOutbox, users } from './schema.ts';

// What an administrator is told on the home page about accounts and imports: accounts locked after
// too many wrong passwords, imports refused in the last 7 days (each audited as refused), and
// emails that could not be delivered after every retry.
export async function adminAttention(services: Services): Promise<AttentionItem[]> {
  const { db } = services.database;
  const [[locked], [refused], [undelivered]] = await Promise.all([
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.status, 'active'), gt(users.lockedUntil, sql`now()`))),
    db
      .select({ n: count(), latest: sql<string | null>`max(${auditLog.at})::date::text` })
      .from(auditLog)
      .where(and(gt(auditLog.at, sql`now() - interval '7 days'`), eq(auditLog.action, 'import.refused'))),
    db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, 'failed')),
  ]);
  const undeliveredCount = undelivered?.n ?? 0;
  const lockedCount = locked?.n ?? 0;
  const refusedCount = refused?.n ?? 0;
  return [
    {
      text: `${String(lockedCount)} ${lockedCount === 1 ? 'account is' : 'accounts are'} locked after too many wrong passwords`,
      count: lockedCount,
      href: '/admin/users',
    },
    {
      text: `${String(refusedCount)} ${refusedCount === 1 ? 'import was' : 'imports were'} refused in the last 7 days`,
      count: refusedCount,
      href: '/admin/audit?action=import.refused',
      date: refused?.latest ?? null,
    },
    {
      text: `${String(undeliveredCount)} ${undeliveredCount === 1 ? 'email' : 'emails'} could not be delivered`,
      count: undeliveredCount,
      href: '/admin/emails',
    },
  ];
}
