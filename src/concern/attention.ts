import { and, between, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { AttentionItem } from '../access/capability.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { movement } from './rules/movement.ts';
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
  const [deadlines, visits, notesToWrite] = await Promise.all([
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
    db
      .select({ visitOn: supportVisits.visitOn })
      .from(supportVisits)
      .where(and(eq(supportVisits.status, 'done'), eq(supportVisits.notes, ''))),
  ]);
  const first = (dates: (string | null)[]) => dates.filter((d) => d !== null).sort()[0] ?? null;
  return [
    {
      text: `${String(notesToWrite.length)} ${notesToWrite.length === 1 ? 'visit has' : 'visits have'} no notes written yet`,
      count: notesToWrite.length,
      href: '/concern/support',
      date: first(notesToWrite.map((v) => v.visitOn)),
    },
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

/**
 * What a school user is told: visit notes the council has shared and the school has not answered,
 * and the school's category when the council shares categories with its schools.
 */
export async function schoolConcernAttention(services: Services, actor: Actor): Promise<AttentionItem[]> {
  const urn = actor.schoolUrn;
  if (urn === null) return [];
  const { db } = services.database;
  const [toAnswer, category] = await Promise.all([
    db
      .select({ visitOn: supportVisits.visitOn })
      .from(supportVisits)
      .where(
        and(
          eq(supportVisits.urn, urn),
          isNotNull(supportVisits.notesSharedAt),
          isNull(supportVisits.respondedAt),
        ),
      ),
    services.concern.schoolConcern(actor, urn),
  ]);
  const items: AttentionItem[] = [
    {
      text: `${String(toAnswer.length)} ${toAnswer.length === 1 ? 'visit’s notes wait' : 'visits’ notes wait'} for your response`,
      count: toAnswer.length,
      href: `/schools/${String(urn)}/visits`,
      date: toAnswer.map((v) => v.visitOn).sort()[0] ?? null,
    },
  ];
  // Null unless the council shares categories with its schools.
  const latest = category?.history[0];
  if (category?.category && latest)
    items.push({
      text: `Your school’s category: ${category.category}`,
      count: 1,
      href: `/schools/${String(urn)}`,
      date: latest.decidedOn,
    });
  return items;
}

/**
 * Schools the desk-top review now proposes for a higher category than the one confirmed: what a
 * School Assessment Meeting should look at next. Read from the same review the concern page runs.
 */
export async function proposedAboveConfirmed(
  services: Services,
  laCode: string,
  today: string,
): Promise<AttentionItem[]> {
  if (laCode === '') return [];
  const review = await services.concern.review(laCode, today).catch((error: unknown) => {
    // A new deployment whose register does not yet hold its LA has nothing to review.
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (review === null) return [];
  // Not yet categorised counts as the lowest category; above it is a move up (rules/movement.ts).
  const order = review.model.categories.map((c) => c.name);
  const above = review.entries.filter(
    (e) => movement(order, e.currentCategory ?? order[0] ?? null, e.proposedCategory) === 'up',
  );
  return [
    {
      text: `${String(above.length)} ${above.length === 1 ? 'school is' : 'schools are'} proposed for a higher category than the one confirmed`,
      count: above.length,
      href: `/concern?la=${laCode}&sort=flagged.score&order=descending#flagged`,
      date: null,
    },
  ];
}
