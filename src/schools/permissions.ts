import { definePermissions } from '../access/permissions.ts';

export const schoolsPermissions = definePermissions({
  'schools:read': {
    roles: ['officer', 'board_member', 'action_owner', 'trust_leader', 'school_user', 'system_leader'],
    means: 'read school profiles (a school or trust account: its own schools only)',
  },
  'landscape:read': { roles: ['officer', 'board_member'], means: 'read the landscape of all schools' },
});

declare module '../access/permissions.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface PermissionRegistry extends Record<keyof typeof schoolsPermissions.grants, true> {}
}
