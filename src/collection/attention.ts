import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { AttentionItem } from '../access/capability.ts';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import { establishments } from '../schools/schema.ts';
import { collectionWindows, inYearReturns } from './schema.ts';
import { schoolsInScope, seesEverySchool } from './scope.ts';

// What data returns put on the home page (SPEC C7; issue: a home page that says what needs
// attention): for the LA, returns waiting for its decision and schools late with one; for a school
// or trust, a return open and not yet sent, or one sent back to it.

const plural = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

export async function collectionAttention(
  services: Services,
  actor: Actor,
  today: string,
): Promise<AttentionItem[]> {
  const { db } = services.database;
  // Windows open now, or closed within the last eight weeks.
  const recent = new Date(Date.parse(today) - 56 * 86_400_000).toISOString().slice(0, 10);
  const windows = await db
    .select()
    .from(collectionWindows)
    .where(and(lte(collectionWindows.opensOn, today), gte(collectionWindows.closesOn, recent)));
  if (windows.length === 0) return [];
  const ids = windows.map((w) => w.id);
  if (seesEverySchool(actor)) {
    const waiting = await db
      .select({ windowId: inYearReturns.windowId, n: sql<number>`count(*)::int` })
      .from(inYearReturns)
      .where(and(inArray(inYearReturns.windowId, ids), eq(inYearReturns.status, 'submitted')))
      .groupBy(inYearReturns.windowId);
    const items: AttentionItem[] = [];
    for (const w of windows) {
      const n = waiting.find((r) => r.windowId === w.id)?.n ?? 0;
      items.push({
        text: `${plural(n, 'return waits', 'returns wait')} for your decision: ${w.name}`,
        count: n,
        href: `/collection/windows/${String(w.id)}?status=submitted`,
      });
      if (today > w.closesOn) {
        const late = (await services.collectionWindows.overview(actor, w.id, today)).late.length;
        items.push({
          text: `${plural(late, 'school is', 'schools are')} late with ${w.name}`,
          count: late,
          href: `/collection/windows/${String(w.id)}?late=yes`,
          date: w.closesOn,
        });
      }
    }
    return items;
  }
  const mine = await db
    .select({
      urn: establishments.urn,
      name: establishments.name,
      laCode: establishments.laCode,
      phase: establishments.phaseGroup,
    })
    .from(establishments)
    .where(schoolsInScope(actor));
  const held = await db
    .select({ windowId: inYearReturns.windowId, urn: inYearReturns.urn, status: inYearReturns.status })
    .from(inYearReturns)
    .where(
      and(
        inArray(inYearReturns.windowId, ids),
        inArray(inYearReturns.urn, mine.map((s) => s.urn).concat(-1)),
      ),
    );
  return windows.flatMap((w) =>
    mine
      .filter((s) => s.laCode === w.laCode && w.grids.some((g) => g.phase === s.phase))
      .flatMap((s) => {
        const status = held.find((r) => r.windowId === w.id && r.urn === s.urn)?.status ?? 'not started';
        const href = `/collection/windows/${String(w.id)}/schools/${String(s.urn)}`;
        if (status === 'returned')
          return [{ text: `${w.name} was sent back to ${s.name} with a comment`, count: 1, href }];
        if (status === 'submitted' || status === 'accepted' || today > w.closesOn) return [];
        return [
          {
            text: `${s.name}’s ${w.name} return is ${status === 'not started' ? 'not started' : status}: due by`,
            count: 1,
            href,
            date: w.closesOn,
          },
        ];
      }),
  );
}
