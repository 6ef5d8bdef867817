import { eq, ne } from 'drizzle-orm';
import type { Services } from '../kernel/services.ts';
import { notifyEach } from '../access/notifications/notify.ts';
import { actions, planRoleHolders, plans, priorities } from './schema.ts';
import { readWhen, timelinessOf, type When } from './rules/when.ts';
import { formatDate } from '../kernel/format.ts';

// The daily reminders of plans: the holders of an action's lead roles hear when it is due in the
// next 7 days and again when it is overdue, and the holders of a success measure's lead role when its
// latest figure has put it off track; once each (the key), all written in one transaction. The home
// page reads the same rules (timeliness, newly off track), so the two never disagree.

/** Whether an action is to be reminded of on `day`: its timeliness (rules/when.ts) with a 7-day window. */
export function reminderOf(when: When, day: string): 'due soon' | 'overdue' | null {
  const timeliness = timelinessOf(when, day, false, 7);
  return timeliness === 'due soon' || timeliness === 'overdue' ? timeliness : null;
}

type Holder = typeof planRoleHolders.$inferSelect;
/** The people holding any of a plan's roles named. */
const holdersOf = (holders: readonly Holder[], planId: number, codes: readonly string[]) =>
  holders.filter((h) => h.planId === planId && codes.includes(h.code)).map((h) => h.userId);

export async function actionReminders(services: Services, day: string): Promise<number> {
  const { db } = services.database;
  const [rows, holders] = await Promise.all([
    db
      .select({
        id: actions.id,
        number: actions.number,
        whenText: actions.whenText,
        leads: actions.leads,
        planId: plans.id,
        plan: plans.title,
      })
      .from(actions)
      .innerJoin(priorities, eq(priorities.id, actions.priorityId))
      .innerJoin(plans, eq(plans.id, priorities.planId))
      .where(ne(actions.rag, 'complete')),
    db.select().from(planRoleHolders),
  ]);
  const deliveries = rows.flatMap((action) => {
    const when = readWhen(action.whenText);
    const due = when.dueBy;
    const reminder = reminderOf(when, day);
    if (reminder === null || due === null) return [];
    return [
      {
        userIds: holdersOf(holders, action.planId, action.leads),
        notice: {
          kind: 'action-due',
          key: `action-${reminder === 'overdue' ? 'overdue' : 'due-soon'}:${String(action.id)}:${due}`,
          title:
            reminder === 'overdue'
              ? `Action ${action.number} of ${action.plan} is overdue: it was due by ${formatDate(due)}`
              : `Action ${action.number} of ${action.plan} is due by ${formatDate(due)}`,
          href: `/actions/${String(action.id)}`,
        },
      },
    ];
  });
  return db.transaction(async (tx) => notifyEach(tx, deliveries));
}

/** Success measures newly off track: their lead role's holders (the plan's owner where none is named). */
export async function offTrackReminders(services: Services): Promise<number> {
  const { db } = services.database;
  const [offTrack, planRows, holders] = await Promise.all([
    services.plans.offTrackKpis(),
    db.select({ id: plans.id, title: plans.title, ownerRole: plans.ownerRole }).from(plans),
    db.select().from(planRoleHolders),
  ]);
  const planOf = new Map(planRows.map((p) => [p.id, p]));
  const deliveries = offTrack.flatMap((kpi) => {
    const plan = planOf.get(kpi.planId);
    if (!kpi.newly || !plan) return [];
    const named = kpi.outcomeLead.trim();
    const lead = named === '' ? (plan.ownerRole ?? '') : named;
    return [
      {
        userIds: holdersOf(holders, plan.id, [lead]),
        notice: {
          kind: 'kpi-off-track',
          key: `kpi-off-track:${String(kpi.id)}:${String(kpi.latestPeriod)}`,
          title: `Success measure ${kpi.number} of ${plan.title} has gone off track with its latest figures`,
          href: `/kpis/${String(kpi.id)}`,
        },
      },
    ];
  });
  return db.transaction(async (tx) => notifyEach(tx, deliveries));
}
