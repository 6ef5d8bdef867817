import type { Role } from './roles.ts';

// Every page, API route and CLI command names one of these. `public` is for what a person must reach
// before signing in (the sign-in page, health, static assets); `signedIn` is for any account.
export const permissions = [
  'public',
  'signedIn',
  'audit:read',
  'users:manage',
  'tokens:manage',
  'system:operate',
  'schools:read',
  'landscape:read',
  'imports:run',
  'catalogue:edit',
  'performance:read',
  // Figures for cohorts below the small-cohort threshold (SPEC "Rules"): officers and above.
  'results:smallCohorts',
  'concern:read',
  'concern:decide',
  'concern:report',
  'concern:configure',
  'visits:respond',
  'plans:read',
  'plans:edit',
  'plans:updateOwn',
  'governance:read',
  'governance:decide',
  'support:read',
  'deployments:updateOwn',
  'collection:submit',
] as const;

export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['public', 'signedIn'];
const readsTheSystem: Permission[] = [
  'schools:read',
  'landscape:read',
  'performance:read',
  'plans:read',
  'governance:read',
];

// The single role → permission table (SPEC "Users and what they may do"). What a scoped role sees
// inside a permission (one school, one trust) is decided by the scope rules in scope.ts.
export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [...permissions],
  officer: [
    ...everyone,
    ...readsTheSystem,
    'imports:run',
    'results:smallCohorts',
    'concern:read',
    'concern:decide',
    'concern:report',
    'plans:edit',
    'plans:updateOwn',
    'support:read',
  ],
  // Board members read the Operational Group's report on schools causing concern, not the review's
  // evidence, which includes what officers know of safeguarding and complaints.
  board_member: [...everyone, ...readsTheSystem, 'concern:report', 'governance:decide'],
  action_owner: [...everyone, 'schools:read', 'plans:read', 'plans:updateOwn'],
  trust_leader: [...everyone, 'schools:read', 'performance:read', 'collection:submit'],
  school_user: [...everyone, 'schools:read', 'performance:read', 'collection:submit', 'visits:respond'],
  system_leader: [...everyone, 'schools:read', 'support:read', 'deployments:updateOwn'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (permissions as readonly string[]).includes(value);
}
