import type { Actor } from './actor.ts';
import { ForbiddenError } from '../kernel/errors.ts';

// A school user sees only their own school; a trust leader only their trust's schools. Every other
// role with `schools:read` sees every school in the register.
export type SchoolRef = { urn: number; trustId: string | null };

export function canSeeSchool(actor: Actor, school: SchoolRef): boolean {
  switch (actor.role) {
    case 'school_user':
      return actor.schoolUrn === school.urn;
    case 'trust_leader':
      return actor.trustId !== null && actor.trustId === school.trustId;
    default:
      return true;
  }
}

export function assertCanSeeSchool(actor: Actor, school: SchoolRef): void {
  if (!canSeeSchool(actor, school)) {
    throw new ForbiddenError('You can only see the schools your account is set up for.');
  }
}
