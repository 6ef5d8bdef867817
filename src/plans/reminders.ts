import { eq, ne } from 'drizzle-orm';
import type { Services } from '../kernel/services.ts';
import { notify } from '../access/notifications/notify.ts';
import { actions, planRoleHolders, plans, priorities } from './schema.ts';
import { readWhen, timelinessOf, type When } from './rules/when.ts';
import { formatDate } from '../kernel/format.ts';

// The daily reminders of plan actions: the holders of an action's lead roles hear when it is due in
// the next 7 days and again when it is overdue, once each (the key), in one transaction.

/** Whether an action is to be reminded of on `day`: its timeliness (rules/when.ts) with a 7-day window. */
export function reminderOf(when: When, day: string): 'due soon' | 'overdue' | null {
  const timeliness = timelinessOf(when, day, false, 7);
  return timeliness === 'due soon' || timeliness === 'overdue' ? timeliness : null;
}

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
  let told = 0;
  await db.transaction(async (tx) => {
    for (const action of rows) {
      const when = readWhen(action.whenText);
      const due = when.dueBy;
      const reminder = reminderOf(when, day);
      if (reminder === null || due === null) continue;
      const people = holders
        .filter((h) => h.planId === action.planId && action.leads.includes(h.code))
        .map((h) => h.userId);
      told += await notify(tx, people, {
        kind: 'action-due',
        key: `action-${reminder === 'overdue' ? 'overdue' : 'due-soon'}:${String(action.id)}:${due}`,
        title:
          reminder === 'overdue'
            ? `Action ${action.number} of ${action.plan} is overdue: it was due by ${formatDate(due)}`
            : `Action ${action.number} of ${action.plan} is due by ${formatDate(due)}`,
        href: `/actions/${String(action.id)}`,
      });
    }
  });
  return told;
}
