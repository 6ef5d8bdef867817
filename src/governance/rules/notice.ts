import { bankHolidaysInEngland } from './bankHolidays.ts';

// How long before a meeting its papers must be published.
// - Seed 001's Strategic Board and Operational Group: "The agenda and supporting papers will be sent
//   out at least one week in advance of each meeting": seven days, counted on the calendar.
// - A council committee: five clear working days (Local Government Act 1972, s.100B(3)). "Clear"
//   leaves out the day the papers are published and the day of the meeting (R v Swansea City
//   Council, ex parte Elitestone, 1993); working days leave out weekends and bank holidays in England.

export type NoticeRule = { days: number; counted: 'calendar' | 'clearWorking' };

export function noticeRuleProblem(rule: NoticeRule): string | null {
  if (!Number.isInteger(rule.days) || rule.days < 0) return 'Notice is a whole number of days, 0 or more';
  return null;
}

const dayMs = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function isWorkingDay(iso: string): boolean {
  const weekday = new Date(toDay(iso)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !bankHolidaysInEngland.has(iso);
}

/**
 * The notice the papers gave: calendar days from publication to the meeting ("a week before" a
 * Friday is the Friday before), or the clear working days strictly between them.
 */
export function noticeGiven(published: string, meeting: string, counted: NoticeRule['counted']): number {
  if (counted === 'calendar') return Math.max(0, Math.round((toDay(meeting) - toDay(published)) / dayMs));
  let days = 0;
  for (let t = toDay(published) + dayMs; t < toDay(meeting); t += dayMs) {
    if (isWorkingDay(toIso(t))) days += 1;
  }
  return days;
}

/** The last day the papers can be published and still give the notice the rule asks. */
export function publishBy(meeting: string, rule: NoticeRule): string {
  if (rule.days === 0) return meeting;
  if (rule.counted === 'calendar') return toIso(toDay(meeting) - rule.days * dayMs);
  let t = toDay(meeting) - dayMs;
  let clear = 0;
  for (;;) {
    if (isWorkingDay(toIso(t))) clear += 1;
    // The day before the earliest clear day is the last one to publish on.
    t -= dayMs;
    if (clear === rule.days) return toIso(t);
  }
}

/** Papers published after the day the rule allows are late. */
export function isLate(published: string, meeting: string, rule: NoticeRule): boolean {
  return published > publishBy(meeting, rule);
}
