import { roles, type Role } from './roles.ts';

// Every page, API route and CLI command names one permission. Access declares the permissions every
// capability relies on (signing in, users, the audit log); each capability declares its own in its
// permissions.ts, with the roles that hold them (SPEC "Users and what they may do"). The
// composition root gathers them into the one role → permission table (src/app/permissions.ts),
// printed for reviewers in docs/permissions.md.

/** Who holds a permission besides the administrator, who holds every one, and what it allows. */
export type PermissionGrant = { readonly roles: readonly Role[]; readonly means: string };
export type PermissionGrants = Readonly<Record<string, PermissionGrant>>;

/**
 * The name of every permission. Each capability's permissions.ts adds its own names here
 * (declaration merging, as Fastify's decorators do), so a route naming a permission that no one
 * declared does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface PermissionRegistry extends Record<keyof typeof accessPermissions.grants, true> {}

export type Permission = Extract<keyof PermissionRegistry, string>;

/** A set of permissions with the check a capability's pages and services make against it. */
export type PermissionSet<G extends PermissionGrants = PermissionGrants> = {
  readonly grants: G;
  has(role: Role, permission: keyof G & string): boolean;
};

export function definePermissions<const G extends PermissionGrants>(grants: G): PermissionSet<G> {
  return {
    grants,
    has: (role, permission) => role === 'admin' || (grants[permission]?.roles.includes(role) ?? false),
  };
}

const everyRole = roles.filter((role) => role !== 'admin');

export const accessPermissions = definePermissions({
  // What a person must reach before signing in: the sign-in page, health, static assets.
  public: { roles: everyRole, means: 'reach the sign-in page, the health check and the API description' },
  signedIn: { roles: everyRole, means: 'see the home page and their own account' },
  'audit:read': { roles: [], means: 'read the audit log' },
  'users:manage': { roles: [], means: 'add, change and disable accounts' },
  'tokens:manage': { roles: [], means: 'issue and revoke API tokens' },
  'system:operate': { roles: [], means: 'run Beacon: serve, migrate, back up and restore' },
});
