import { roles, type Role } from '../access/roles.ts';
import type { Permission, PermissionGrant, PermissionSet } from '../access/permissions.ts';
import { capabilityModules } from './modules.ts';

export type { Permission };

/** Each set of permissions with the part of Beacon that declares it. */
export const permissionSets: readonly { name: string; set: PermissionSet }[] = [
  ...capabilityModules.map((module) => ({ name: module.name, set: module.permissions })),
];

const grants = new Map<Permission, PermissionGrant>();
for (const { set } of permissionSets) {
  for (const [permission, grant] of Object.entries(set.grants)) {
    if (grants.has(permission as Permission)) throw new Error(`${permission} is declared twice`);
    grants.set(permission as Permission, grant);
  }
}

/** Every permission, in the order the modules declare them. */
export const permissions: readonly Permission[] = [...grants.keys()];

/** The one role → permission table (SPEC "Users and what they may do"), printed in docs/permissions.md. */
export const rolePermissions: Record<Role, readonly Permission[]> = Object.fromEntries(
  roles.map((role) => [role, permissions.filter((permission) => roleHasPermission(role, permission))]),
) as unknown as Record<Role, readonly Permission[]>;

export function roleHasPermission(role: Role, permission: Permission): boolean {
  const grant = grants.get(permission);
  return grant !== undefined && (role === 'admin' || grant.roles.includes(role));
}

export function grantOf(permission: Permission): PermissionGrant {
  const grant = grants.get(permission);
  if (!grant) throw new Error(`${permission} is not declared`);
  return grant;
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && grants.has(value as Permission);
}
