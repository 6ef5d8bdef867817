// A system leader gives a number of days a year (seed 000, 2.5: "NLEs, LLEs and SLEs ... commissioned
// for an agreed number of days"). A deployment is refused when it would take them over those days,
// counting every deployment that still holds days in the same academic year.

export type Committed = { days: number; academicYear: number };

export function daysLeft(daysPerYear: number, committed: readonly Committed[], academicYear: number): number {
  const used = committed.filter((c) => c.academicYear === academicYear).reduce((n, c) => n + c.days, 0);
  return Math.round((daysPerYear - used) * 10) / 10;
}

/** Why the days cannot be given, or null when they can. */
export function capacityProblem(
  leader: { name: string; daysPerYear: number },
  committed: readonly Committed[],
  academicYear: number,
  days: number,
): string | null {
  const left = daysLeft(leader.daysPerYear, committed, academicYear);
  if (days <= left) return null;
  const plural = (n: number) => `${String(n)} ${n === 1 ? 'day' : 'days'}`;
  return `${leader.name} has ${plural(Math.max(0, left))} left of ${plural(leader.daysPerYear)} this year: ${plural(days)} would put them over`;
}
