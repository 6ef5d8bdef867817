import { definePermissions } from '../access/permissions.ts';

// Support brokering (SPEC C6): officers broker and commission; a system leader sees and updates
// only their own deployments (the service's scope).
export const supportPermissions = definePermissions({
  'support:read': { roles: ['officer', 'system_leader'], means: 'see support programmes and deployments' },
  'support:manage': {
    roles: ['officer'],
    means: 'keep the directory of system leaders, broker deployments and review them',
  },
  'deployments:updateOwn': { roles: ['system_leader'], means: 'update the deployments assigned to them' },
});

declare module '../access/permissions.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface PermissionRegistry extends Record<keyof typeof supportPermissions.grants, true> {}
}
