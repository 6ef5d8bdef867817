import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AttentionItem } from '../access/capability.ts';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import { supportPermissions } from './permissions.ts';
import { deployments, systemLeaders } from './schema.ts';

// What support brokering puts on the home page: for the officer, deployments proposed and not yet
// agreed; for a system leader, their deployments proposed to them and those under way.
export async function supportAttention(
  services: Services,
  actor: Actor,
  _today: string,
): Promise<AttentionItem[]> {
  const { db } = services.database;
  const officer = supportPermissions.has(actor.role, 'support:manage');
  const own =
    officer || actor.userId === null
      ? null
      : (
          await db
            .select({ id: systemLeaders.id })
            .from(systemLeaders)
            .where(eq(systemLeaders.userId, actor.userId))
        ).map((l) => l.id);
  if (own !== null && own.length === 0) return [];
  const rows = await db
    .select({ status: deployments.status, n: sql<number>`count(*)::int` })
    .from(deployments)
    .where(
      and(
        inArray(deployments.status, ['proposed', 'agreed', 'deployed']),
        own === null ? undefined : inArray(deployments.leaderId, own),
      ),
    )
    .groupBy(deployments.status);
  const n = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  const proposed = n('proposed');
  const underWay = n('agreed') + n('deployed');
  return [
    {
      text: officer
        ? `${String(proposed)} ${proposed === 1 ? 'deployment is' : 'deployments are'} proposed and not yet agreed with the school`
        : `${String(proposed)} ${proposed === 1 ? 'deployment is' : 'deployments are'} proposed to you`,
      count: proposed,
      href: '/support',
    },
    ...(officer
      ? []
      : [
          {
            text: `${String(underWay)} of your deployments ${underWay === 1 ? 'is' : 'are'} under way: log your visits`,
            count: underWay,
            href: '/support',
          },
        ]),
  ];
}
