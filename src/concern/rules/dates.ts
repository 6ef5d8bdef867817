// The school calendar the concern rules count in. DfE's school year runs from 1 September to
// 31 August; a summer's results reach schools and councils from 1 September, when DfE's first
// (provisional) KS2 figures are out.

/** The academic year (1 September to 31 August) a date falls in, as its first and last days. */
export function academicYearOf(date: string): { from: string; to: string } {
  const year = Number(date.slice(0, 4));
  const start = date.slice(5) >= '09-01' ? year : year - 1;
  return { from: `${String(start)}-09-01`, to: `${String(start + 1)}-08-31` };
}

/** The latest summer whose results are known on a date: the year the current academic year began. */
export function latestResultsYear(date: string): number {
  return Number(academicYearOf(date).from.slice(0, 4));
}

/** The same day a year earlier (29 February becomes the 28th): how far back intelligence counts. */
export function yearBefore(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const monthDay = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4);
  return `${String(year)}${monthDay}`;
}
