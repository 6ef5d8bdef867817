import { definePermissions } from '../access/permissions.ts';

export const concernPermissions = definePermissions({
  'concern:read': {
    roles: ['officer'],
    means: 'read the review of schools causing concern and its evidence',
  },
  'concern:decide': {
    roles: ['officer'],
    means: 'categorise schools and record support and intervention',
  },
  // Board members read the Operational Group's report, not the review's evidence, which includes
  // what officers know of safeguarding and complaints.
  'concern:report': {
    roles: ['officer', 'board_member'],
    means: 'read the report on schools causing concern',
  },
  'concern:configure': { roles: [], means: 'configure the risk model and the support allowance' },
  'visits:respond': { roles: ['school_user'], means: 'respond to notes of visits to their own school' },
});

declare module '../access/permissions.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface PermissionRegistry extends Record<keyof typeof concernPermissions.grants, true> {}
}
