// The academic year a day falls in, as English schools count it: 1 September to 31 August. Seed
// 001's terms of reference agree the membership "annually at the first meeting of the academic
// year", and its work programme runs by academic year.

/** The year the academic year starts in: 2016 for a day in 2016/17. */
export function academicYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 9 ? year : year - 1;
}

export const academicYearName = (startYear: number) =>
  `${String(startYear)}/${String((startYear + 1) % 100).padStart(2, '0')}`;

/** Whether the membership needs agreeing: never agreed, or last agreed in an earlier academic year. */
export function membershipDue(agreedOn: string | null, today: string): boolean {
  return agreedOn === null || academicYearOf(agreedOn) < academicYearOf(today);
}

/**
 * The months of an academic year in order, September first, with the calendar year each falls in:
 * a work programme plans items to them.
 */
export function monthsOf(startYear: number): { month: number; year: number }[] {
  return [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8].map((month) => ({
    month,
    year: month >= 9 ? startYear : startYear + 1,
  }));
}
