import { definePermissions } from '../access/permissions.ts';

export const plansPermissions = definePermissions({
  'plans:read': {
    roles: ['officer', 'board_member', 'action_owner'],
    means: 'read action plans, their actions and KPIs',
  },
  'plans:edit': { roles: ['officer'], means: 'edit plans and import plan workbooks' },
  'plans:updateOwn': {
    roles: ['officer', 'action_owner'],
    means: 'update progress, RAG and evidence on what they own',
  },
});

declare module '../access/permissions.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface PermissionRegistry extends Record<keyof typeof plansPermissions.grants, true> {}
}
