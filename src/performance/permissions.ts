import { definePermissions } from '../access/permissions.ts';

export const performancePermissions = definePermissions({
  'catalogue:edit': { roles: [], means: 'edit the indicator catalogue' },
  'performance:read': {
    roles: ['officer', 'board_member', 'trust_leader', 'school_user'],
    means: 'read results against national, regional and statistical-neighbour comparators',
  },
  // Figures for cohorts below the small-cohort threshold (SPEC "Rules"): officers and above.
  'results:smallCohorts': {
    roles: ['officer'],
    means: 'see figures for cohorts below the small-cohort threshold',
  },
});

declare module '../access/permissions.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface PermissionRegistry extends Record<keyof typeof performancePermissions.grants, true> {}
}
