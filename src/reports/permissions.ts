import { definePermissions } from '../access/permissions.ts';

export const reportsPermissions = definePermissions({
  'reports:letters': {
    roles: ['officer'],
    means: 'edit the annual performance letter and produce it for every school in a local authority',
  },
});

declare module '../access/permissions.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface PermissionRegistry extends Record<keyof typeof reportsPermissions.grants, true> {}
}
