import { z } from 'zod';

// Dates as DfE and Ofsted files write them, read into ISO dates. A date that does not exist
// (31-02-2019) is refused, not rolled over into March.

const isoDate = z.iso.date();

const layouts: { pattern: RegExp; toIso: (m: RegExpExecArray) => string }[] = [
  { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, toIso: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // GIAS: DD-MM-YYYY; some exports use slashes.
  { pattern: /^(\d{2})[-/](\d{2})[-/](\d{4})$/, toIso: (m) => `${m[3]}-${m[2]}-${m[1]}` },
  // Ofsted's scraped history: YYYYMMDD.
  { pattern: /^(\d{4})(\d{2})(\d{2})$/, toIso: (m) => `${m[1]}-${m[2]}-${m[3]}` },
];

/** An ISO date, null for an empty cell, or undefined when the text is not a real date. */
export function readDate(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  for (const { pattern, toIso } of layouts) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const iso = toIso(match);
    return isoDate.safeParse(iso).success ? iso : undefined;
  }
  return undefined;
}

/**
 * Whether a school was open on a date, from the dates it opened and closed. A school GIAS lists as
 * closed without a closing date counts as closed on every date: it cannot be placed in time.
 */
export function isOpenOn(
  school: { openedOn: string | null; closedOn: string | null; status: string },
  at: string,
): boolean {
  if (school.status === 'Closed' && school.closedOn === null) return false;
  if (school.openedOn !== null && school.openedOn > at) return false;
  return school.closedOn === null || school.closedOn > at;
}
