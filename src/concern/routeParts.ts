import { z } from 'zod';
import { UnauthenticatedError } from '../kernel/errors.ts';
import type { Actor } from '../access/actor.ts';

// What the concern pages' routes share: their parameters, the shape of form text, and the actor.

export { todayIso as today } from '../kernel/format.ts';
export const id = z.coerce.number().int().positive().max(2_147_483_647);
export const urn = z.coerce.number().int().min(100_000).max(999_999);
export const laCode = z.string().regex(/^\d{3}$/, 'Choose a local authority');
// Forms send text; the service checks what it means.
export const text = z.string().default('');
export const csrf = { _csrf: z.string().optional() };

export function actorOf(request: { actor?: Actor }): Actor {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
}

/** Said to a school or trust when the council does not share categories with them. */
export const cannotSeeCategory =
  'Your account cannot see this school’s category. Ask the council if you think it should.';
