import type { Role } from './roles.ts';

/** Whoever is acting: a signed-in user, an API token's user, or the operator at the command line. */
export type Actor = {
  userId: number | null;
  label: string;
  role: Role;
  schoolUrn: number | null;
  trustId: string | null;
};

export type SignedInUser = Actor & { userId: number; email: string; name: string };

/** A person's name as a record of what they did gives it; the command line's operator by its label. */
export const nameOf = (actor: Actor): string =>
  'name' in actor && typeof actor.name === 'string' ? actor.name : actor.label;
