// Periods as DfE publishes them. Beacon keeps the label and the year the period ends: the API
// writes an academic year by its end ("2019" for 2018/19), pages write "2018/19".

export type ValueStatus = 'provisional' | 'revised' | 'final';
export type Period = { label: string; end: number; status: ValueStatus };

const statusWords: Record<string, ValueStatus> = {
  prov: 'provisional',
  provisional: 'provisional',
  rev: 'revised',
  revised: 'revised',
  final: 'final',
  // Outturn: the final figures of a financial year.
  ot: 'final',
};

function century(start: number, twoDigits: string): number {
  const end = Math.floor(start / 100) * 100 + Number(twoDigits);
  return end < start ? end + 100 : end;
}

/** Reads "2019", "2019 (Rev)", "2018/19", "2019-20 (OT)", "2014-16", "2013/14-15/16"; null if none of these. */
export function parsePeriod(text: string): Period | null {
  const match = /^(\d{4})(?:([/-])(\d{2}))?(?:-(\d{2})\/(\d{2}))?(?: \((\w+)\))?$/.exec(text.trim());
  if (!match) return null;
  const [, startText = '', separator, second, , fourth, suffix] = match;
  const start = Number(startText);
  if (start < 1990 || start > 2100) return null;
  const status = suffix === undefined ? 'final' : statusWords[suffix.toLowerCase()];
  if (!status) return null;
  const label = suffix === undefined ? text.trim() : text.trim().replace(/ \(\w+\)$/, '');
  if (second === undefined) return { label, end: start, status };
  const end = century(start, fourth ?? second);
  if (end - start > 10) return null;
  if (separator === '/' && fourth === undefined && end !== start + 1) return null;
  return { label, end, status };
}

/** An academic year ending in `end`, written as on pages: 2019 → "2018/19". */
export function academicYearLabel(end: number): string {
  return `${end - 1}/${String(end % 100).padStart(2, '0')}`;
}
