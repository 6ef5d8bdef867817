/**
 * The service's "today": the real date, except in the demonstration, which runs on a date of its
 * own that fits the council papers it is built from (autumn 2016), so that overdue actions, the
 * landscape's default dates, "not inspected for" and the review's date read as they did then.
 * Records are still stamped with the real time: only what is judged against "today" moves.
 */
export const demonstrationDate = '2016-11-14';

let serviceDate: string | null = null;

/** Set once when the app or a command opens a database: the demonstration's date, or null for the real one. */
export function setServiceDate(date: string | null): void {
  serviceDate = date;
}

/** Today's date as ISO (2026-12-02): the "as at" of registers, meetings and actions. */
export function todayIso(): string {
  return serviceDate ?? new Date().toISOString().slice(0, 10);
}

/** The year "today" falls in, for rules that look no later than the current year. */
export function currentYear(): number {
  return Number(todayIso().slice(0, 4));
}

/** True when the service runs on a date of its own (the demonstration). */
export function runsOnItsOwnDate(): boolean {
  return serviceDate !== null;
}
