import { definePermissions } from '../access/permissions.ts';

export const importsPermissions = definePermissions({
  'imports:run': { roles: ['officer'], means: 'import data files (all-or-nothing)' },
});

declare module '../access/permissions.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface PermissionRegistry extends Record<keyof typeof importsPermissions.grants, true> {}
}
