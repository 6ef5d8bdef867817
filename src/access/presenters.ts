import type { ApiTokenRow, UserRow } from './repository.ts';
import { roleTitles } from './roles.ts';
import type { SignedInUser } from './actor.ts';

// What leaves Beacon about a user: never the password hash or lock counters.
export function presentUser(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    roleTitle: roleTitles[user.role],
    schoolUrn: user.schoolUrn,
    trustId: user.trustId,
    status: user.status,
    signsInWith: [...(user.passwordHash ? ['password'] : []), ...(user.oidcSubject ? ['sso'] : [])],
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    // Locked after too many wrong passwords, until this time (or an administrator unlocks it).
    lockedUntil: user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
  };
}

export type PresentedUser = ReturnType<typeof presentUser>;

export function presentToken(
  token: Pick<
    ApiTokenRow,
    | 'id'
    | 'prefix'
    | 'name'
    | 'readOnly'
    | 'permissions'
    | 'expiresAt'
    | 'createdAt'
    | 'lastUsedAt'
    | 'revokedAt'
  >,
) {
  return {
    id: token.id,
    prefix: token.prefix,
    name: token.name,
    readOnly: token.readOnly,
    permissions: token.permissions ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

export function actorFromUser(user: UserRow): SignedInUser {
  return {
    userId: user.id,
    label: user.email,
    email: user.email,
    name: user.name,
    role: user.role,
    schoolUrn: user.schoolUrn,
    trustId: user.trustId,
  };
}
