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
