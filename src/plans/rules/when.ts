// "When" an action is due, as councils write it (seed 000's "By whom and when" column): a month,
// "by" or "from" a month, a range of months, a school term, an academic year, a recurrence, or
// "on-going".
// What cannot be understood is kept as written and flagged; a date is never guessed.

export type Recurrence = 'half termly' | 'termly' | 'annual' | 'monthly' | 'weekly';

export type When = {
  text: string;
  understood: boolean;
  /** The last day the action is due by, when the text gives one. */
  dueBy: string | null;
  /** The first day of the action, when the text says "from". */
  startsOn: string | null;
  recurrence: Recurrence | null;
  ongoing: boolean;
};

const months: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
/** A term's first and last month. */
const terms: Record<string, [number, number]> = { autumn: [9, 12], spring: [1, 4], summer: [4, 7] };

const monthWord = Object.keys(months)
  .sort((a, b) => b.length - a.length)
  .join('|');

const iso = (year: number, month: number, day: number) =>
  `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const firstOf = (year: number, month: number) => iso(year, month, 1);
const lastOf = (year: number, month: number) =>
  iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
const month = (word: string) => months[word.toLowerCase()] ?? 0;

const patterns: { pattern: RegExp; read: (m: RegExpExecArray, found: Found) => void }[] = [
  {
    // "May - Sept 2016": a range in one year.
    pattern: new RegExp(`\\b(${monthWord})\\s*[-–]\\s*(${monthWord})\\s+(20\\d{2})\\b`, 'gi'),
    read: (m, found) => {
      const year = Number(m[3]);
      found.starts.push(firstOf(year, month(m[1] ?? '')));
      found.dues.push(lastOf(year, month(m[2] ?? '')));
    },
  },
  {
    pattern: new RegExp(`\\bby\\s+(?:the\\s+end\\s+of\\s+)?(${monthWord})\\s+(20\\d{2})\\b`, 'gi'),
    read: (m, found) => found.dues.push(lastOf(Number(m[2]), month(m[1] ?? ''))),
  },
  {
    pattern: new RegExp(`\\bfrom\\s+(${monthWord})\\s+(20\\d{2})\\b`, 'gi'),
    read: (m, found) => found.starts.push(firstOf(Number(m[2]), month(m[1] ?? ''))),
  },
  {
    // A month on its own ("June 2016") is due by its end.
    pattern: new RegExp(`(?<!by\\s|from\\s|[-–]\\s?)\\b(${monthWord})\\s+(20\\d{2})\\b`, 'gi'),
    read: (m, found) => found.dues.push(lastOf(Number(m[2]), month(m[1] ?? ''))),
  },
  {
    // A school term: autumn is September to December, spring January to Easter (April at the
    // latest), summer Easter (April at the earliest) to July. "By" a term is due at its end, "from"
    // a term starts with it, and a term on its own is both.
    pattern: /\b(by|from)?\s*(?:the\s+)?\b(autumn|spring|summer)(?:\s+term)?\s+(20\d{2})\b/gi,
    read: (m, found) => {
      const year = Number(m[3]);
      const [first, last] = terms[(m[2] ?? '').toLowerCase()] ?? [1, 12];
      const prefix = (m[1] ?? '').toLowerCase();
      if (prefix !== 'by') found.starts.push(firstOf(year, first));
      if (prefix !== 'from') found.dues.push(lastOf(year, last));
    },
  },
  {
    // An academic year "2016/17" runs to 31 August 2017.
    pattern: /\b(20\d{2})\/(\d{2})\b/g,
    read: (m, found) => {
      const start = Number(m[1]);
      if ((start + 1) % 100 !== Number(m[2])) return;
      found.dues.push(iso(start + 1, 8, 31));
    },
  },
];

const recurrences: [RegExp, Recurrence][] = [
  [/\bhalf[\s-]?termly\b/i, 'half termly'],
  [/\btermly\b/i, 'termly'],
  [/\bannual(ly)?\b|\beach year\b|\byearly\b/i, 'annual'],
  [/\bmonthly\b/i, 'monthly'],
  [/\bweekly\b/i, 'weekly'],
];

type Found = { dues: string[]; starts: string[] };

export function readWhen(text: string): When {
  const found: Found = { dues: [], starts: [] };
  for (const { pattern, read } of patterns) {
    for (const match of text.matchAll(pattern)) read(match, found);
  }
  const recurrence = recurrences.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  const ongoing = /\bon[\s-]?going\b/i.test(text);
  const dueBy = found.dues.sort()[0] ?? null;
  const startsOn = found.starts.sort()[0] ?? null;
  return {
    text,
    understood: dueBy !== null || startsOn !== null || recurrence !== null || ongoing,
    dueBy,
    startsOn,
    recurrence,
    ongoing,
  };
}

export type Timeliness = 'overdue' | 'due soon' | 'not due' | 'no date';

/** Overdue once the due date has passed unfinished; due soon within the next 30 days. */
export function timelinessOf(when: When, today: string, complete: boolean, soonDays = 30): Timeliness {
  if (when.dueBy === null) return 'no date';
  if (complete) return 'not due';
  if (when.dueBy < today) return 'overdue';
  const soon = new Date(Date.parse(today) + soonDays * 86_400_000).toISOString().slice(0, 10);
  return when.dueBy <= soon ? 'due soon' : 'not due';
}
