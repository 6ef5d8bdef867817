import { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';

// What the governance pages share: the addresses' numbers, forms as posted, and the person asking.

const id = z.coerce.number().int().positive().max(2_147_483_647);
export const idParams = z.object({ id });
export const itemParams = z.object({ id, itemId: id });
export const read = { permission: 'governance:read' as const };
export const readPublic = { permission: 'governance:readPublic' as const };
export const clerk = { permission: 'governance:manage' as const };
// A form's fields as posted: each a string (a checkbox is there only when ticked).
export const formBody = z.record(z.string(), z.string().max(10_000));

export const optional = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? null : text;

/** A choice from a list (a meeting, a member, an item): its number, or nothing chosen; a number that is not one fails the check. */
export const chosenNumber = (value: string | undefined) => {
  const chosen = optional(value);
  return chosen === null ? null : Number(chosen);
};

/** A text box's lines, blank ones left out: purposes, recommendations, responsibilities, seats. */
export const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export const actorOf = (request: { actor?: Actor }) => {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
};
