import { z } from 'zod';

// What a page's forms share: the numbers in its addresses, and its fields as posted.

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const idParams = z.object({ id });
export const itemParams = z.object({ id, itemId: id });
// A form's fields as posted: each a string (a checkbox is there only when ticked).
export const formBody = z.record(z.string(), z.string().max(10_000));

export const optional = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? null : text;

/** A number typed or chosen: the number, nothing when left empty, or NaN (which the checks refuse). */
export const numberFrom = (text: string | undefined) => {
  const chosen = optional(text);
  return chosen === null ? null : Number(chosen.trim());
};

/** A text box's lines, blank ones left out: purposes, recommendations, objectives, seats. */
export const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A comma-separated list as typed: "maths, SEND" → ["maths", "SEND"]. */
export const listFrom = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

// GOV.UK's date input posts a date as three boxes ("heldOn-day", "heldOn-month", "heldOn-year");
// the services take one YYYY-MM-DD field. Folded before validation, so each service keeps its own
// check of a real date: boxes left empty fold to an empty field, a box that is not a number to
// text that no check takes, and 31 2 2017 to 2017-02-31, which z.iso.date() refuses.
const datePart = /^(.+)-(day|month|year)$/;

/** A form's or query's fields with each GOV.UK date input's three boxes folded into one field. */
export function foldDateParts(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const dates = new Map<string, string>();
  for (const key of Object.keys(fields)) {
    const name = datePart.exec(key)?.[1];
    if (name === undefined || !key.endsWith('-day')) continue;
    const [day, month, year] = ['day', 'month', 'year'].map((part) => fields[`${name}-${part}`]);
    if (typeof day !== 'string' || typeof month !== 'string' || typeof year !== 'string') continue;
    const [d, m, y] = [day.trim(), month.trim(), year.trim()];
    if (d === '' && m === '' && y === '') dates.set(name, '');
    else if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y))
      dates.set(name, `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
    // Kept as typed, so the boxes show it again beside the check's message.
    else dates.set(name, `${y}-${m}-${d}`);
  }
  const folded = Object.entries(fields).filter(([key]) => {
    const name = datePart.exec(key)?.[1];
    return name === undefined || !dates.has(name);
  });
  return { ...Object.fromEntries(folded), ...Object.fromEntries(dates) };
}
