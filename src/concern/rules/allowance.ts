// Support "in inverse proportion to success" (seed 000, action 3.1): each category of concern has an
// allowance of support days a year, and each school's visits are counted against its category's.

export type VisitDays = { days: number; status: 'planned' | 'done' | 'cancelled' };

export type AllowanceUse = {
  allowance: number;
  done: number;
  planned: number;
  /** Allowance left once the planned visits are made; negative when more is planned than allowed. */
  remaining: number;
  overPlanned: boolean;
};

// Days are counted in halves: a visit is a half day, a day, or more.
const halves = (n: number) => Math.round(n * 2) / 2;

/** How a school's visits this year stand against its allowance; cancelled visits do not count. */
export function allowanceUse(allowance: number, visits: readonly VisitDays[]): AllowanceUse {
  const sum = (status: VisitDays['status']) =>
    halves(visits.filter((v) => v.status === status).reduce((total, v) => total + v.days, 0));
  const done = sum('done');
  const planned = sum('planned');
  const remaining = halves(allowance - done - planned);
  return { allowance, done, planned, remaining, overPlanned: remaining < 0 };
}

/** Beacon's allowance until an LA sets its own: more days for the schools that need more. */
export const defaultAllowances: Record<string, number> = { minimum: 1, moderate: 4, maximum: 10 };
