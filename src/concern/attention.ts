import { and, between, eq, inArray } from 'drizzle-orm';
import type { AttentionItem } from '../access/capability.ts';
import type { Services } from '../kernel/services.ts';
import type { Actor } from '../access/actor.ts';
import { interventions, supportVisits } from './schema.ts';

// What the concern work puts on an officer's home page: warning notices whose compliance period
// ends in the next 14 days, and support visits planned for the next 7.
const inDays = (today: string, days: number) =>
  new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);

export async function concernAttention(
  services: Services,
  _actor: Actor,
  today: string,
): Promise<AttentionItem[]> {
  const { db } = services.database;
  const [deadlines, visits] = await Promise.all([
    db
      .select({ complianceBy: interventions.complianceBy })
      .from(interventions)
      .where(
        and(
          eq(interventions.status, 'in force'),
          between(interventions.complianceBy, today, inDays(today, 14)),
        ),
      ),
    db
      .select({ visitOn: supportVisits.visitOn })
      .from(supportVisits)
      .where(
        and(
          inArray(supportVisits.status, ['planned']),
          between(supportVisits.visitOn, today, inDays(today, 7)),
        ),
      ),
  ]);
  const first = (dates: (string | null)[]) => dates.filter((d) => d !== null).sort()[0] ?? null;
  return [
    {
      text: `${String(deadlines.length)} ${deadlines.length === 1 ? 'intervention’s' : 'interventions’'} compliance period ends in the next 14 days`,
      count: deadlines.length,
      href: '/concern',
      date: first(deadlines.map((d) => d.complianceBy)),
    },
    {
      text: `${String(visits.length)} support ${visits.length === 1 ? 'visit is' : 'visits are'} planned for the next 7 days`,
      count: visits.length,
      href: '/concern/support',
      date: first(visits.map((v) => v.visitOn)),
    },
  ];
}
