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
