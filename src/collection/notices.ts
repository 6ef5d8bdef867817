import { and, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Services } from '../kernel/services.ts';
import { notifyEach, type Delivery } from '../access/notifications/notify.ts';
import { formatDate } from '../kernel/format.ts';
import { establishments } from '../schools/schema.ts';
import { peopleOfSchools } from '../schools/people.ts';
import { collectionWindows, inYearReturns } from './schema.ts';
import { windowSchools } from './scope.ts';
import { isLate } from './rules/workflow.ts';

// What a school hears of its data returns: a window open for its return, a reminder that it is
// late (chased by an officer, or the day after it closes), and the LA's decision on what it sent.
// Its own people hear, and the leader of its trust, who may send an academy's return.

type Window = typeof collectionWindows.$inferSelect;
export type ReturnEvent = 'open' | 'chased' | 'late' | 'returned' | 'accepted';

const returnPage = (window: Window, urn: number) =>
  `/collection/windows/${String(window.id)}/schools/${String(urn)}`;

/** What the school is told, in a line, and the key that tells it once (pure). */
export function returnNotice(window: Window, urn: number, event: ReturnEvent, once: string) {
  const titles: Record<ReturnEvent, string> = {
    open: `${window.name} is open for your school’s return until ${formatDate(window.closesOn)}`,
    chased: `A reminder from the council: your school’s return for ${window.name} was due by ${formatDate(window.closesOn)}`,
    late: `Your school’s return for ${window.name} is late: it was due by ${formatDate(window.closesOn)}`,
    returned: `The council has returned your school’s return for ${window.name} with a comment to act on`,
    accepted: `The council has accepted your school’s return for ${window.name}`,
  };
  return {
    kind: 'data-return',
    key: `return-${event}:${String(window.id)}:${String(urn)}:${once}`,
    title: titles[event],
    href: returnPage(window, urn),
  };
}

/** Tells the people of each school named. */
export async function tellSchools(
  tx: Database,
  window: Window,
  events: readonly { urn: number; event: ReturnEvent; once: string }[],
): Promise<number> {
  const people = await peopleOfSchools(
    tx,
    events.map((e) => e.urn),
    { withTrustLeaders: true },
  );
  const deliveries: Delivery[] = events.map((e) => ({
    userIds: people.get(e.urn) ?? [],
    notice: returnNotice(window, e.urn, e.event, e.once),
  }));
  return notifyEach(tx, deliveries);
}

/** Every school a window is for hears it is open, once: when it is opened, or on the day it opens. */
export async function tellWindowOpen(tx: Database, window: Window): Promise<number> {
  const schools = await tx
    .select({ urn: establishments.urn })
    .from(establishments)
    .where(windowSchools(window));
  return tellSchools(
    tx,
    window,
    schools.map((s) => ({ urn: s.urn, event: 'open' as const, once: '' })),
  );
}

/**
 * The day's work: windows opening today are told, and schools whose return became late (the window
 * closed and nothing was sent) hear once. The LA's overview marks late by the same rule.
 */
export async function returnReminders(services: Services, day: string): Promise<number> {
  const { db } = services.database;
  // As the home page reads them: windows open now, or closed within the last eight weeks.
  const recent = new Date(Date.parse(day) - 56 * 86_400_000).toISOString().slice(0, 10);
  const windows = await db
    .select()
    .from(collectionWindows)
    .where(and(lte(collectionWindows.opensOn, day), gte(collectionWindows.closesOn, recent)));
  return db.transaction(async (tx) => {
    let told = 0;
    for (const window of windows) {
      if (window.closesOn >= day) {
        told += await tellWindowOpen(tx, window);
        continue;
      }
      const schools = await tx
        .select({ urn: establishments.urn, status: inYearReturns.status })
        .from(establishments)
        .leftJoin(
          inYearReturns,
          and(eq(inYearReturns.urn, establishments.urn), eq(inYearReturns.windowId, window.id)),
        )
        .where(windowSchools(window));
      const late = schools.filter((s) => isLate(window.closesOn, s.status ?? 'not started', day));
      told += await tellSchools(
        tx,
        window,
        late.map((s) => ({ urn: s.urn, event: 'late' as const, once: '' })),
      );
    }
    return told;
  });
}
