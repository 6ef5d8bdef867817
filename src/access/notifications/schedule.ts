import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { scheduledRuns } from '../schema.ts';

// Work done once a day per deployment (reminders of actions due and overdue), however many Beacon
// processes run: each claims the day's run by writing its row, and only the one whose row was
// written does the work. The day is today once the time of day has passed, otherwise yesterday, so
// a deployment that was down at the hour catches up when it starts.

const ukDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const ukTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The day whose run is due at `now`, for a run at `dailyAt` (HH:MM, UK time). */
export function dayDue(now: Date, dailyAt: string): string {
  const today = ukDate.format(now);
  if (ukTime.format(now) >= dailyAt) return today;
  return ukDate.format(new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000));
}

/** Claims the job's run for the day: true for the one process that may do it. */
export async function claimRun(db: Database, job: string, day: string): Promise<boolean> {
  const claimed = await db.insert(scheduledRuns).values({ job, day }).onConflictDoNothing().returning();
  return claimed.length > 0;
}

export async function finishRun(db: Database, job: string, day: string): Promise<void> {
  await db
    .update(scheduledRuns)
    .set({ finishedAt: new Date() })
    .where(and(eq(scheduledRuns.job, job), eq(scheduledRuns.day, day), isNull(scheduledRuns.finishedAt)));
}
