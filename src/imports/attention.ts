import { and, count, desc, eq, gt, sql } from 'drizzle-orm';
import type { AttentionItem } from '../access/capability.ts';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import { auditLog } from '../access/schema.ts';
import { valueImports } from '../performance/schema.ts';

// What the home page says about the data itself: files imported since the person last signed in,
// and, for administrators, how fresh each source's figures are.

/** Files of figures imported since the person's sign-in before this one. */
export async function newDataAttention(services: Services, actor: Actor): Promise<AttentionItem[]> {
  if (actor.userId === null) return [];
  const { db } = services.database;
  const signIns = await db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'user'),
        eq(auditLog.entityId, String(actor.userId)),
        eq(auditLog.action, 'user.signIn'),
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(2);
  const previous = signIns[1]?.at;
  if (!previous) return [];
  const [imported] = await db
    .select({ n: count(), latest: sql<string | null>`max(${valueImports.importedAt})::date::text` })
    .from(valueImports)
    .where(gt(valueImports.importedAt, previous));
  const n = imported?.n ?? 0;
  return [
    {
      text: `${String(n)} ${n === 1 ? 'file of figures was' : 'files of figures were'} imported since you last signed in`,
      count: n,
      href: '/indicators',
      date: imported?.latest ?? null,
    },
  ];
}

/** The latest period each source's figures reach, from the indicator catalogue. */
export async function freshnessAttention(services: Services): Promise<AttentionItem[]> {
  const { shown } = await services.results.indicatorCatalogue({});
  const latest = new Map<string, { period: number; label: string }>();
  for (const entry of shown) {
    if (entry.latestPeriod === null || entry.latestPeriodLabel === null) continue;
    const held = latest.get(entry.source);
    if (!held || entry.latestPeriod > held.period)
      latest.set(entry.source, { period: entry.latestPeriod, label: entry.latestPeriodLabel });
  }
  return [...latest.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, held]) => ({
      text: `${source}: figures up to ${held.label}`,
      count: 1,
      href: `/indicators?source=${encodeURIComponent(source)}`,
      standing: true,
    }));
}
