import { definePermissions } from '../access/permissions.ts';

// Data collection from schools (SPEC C7): a school's data lead and headteacher, and a trust's leader
// for its schools, send returns; officers run the windows, keep the agreements and accept or return
// what arrives; officers and board members read the LA's in-year picture.
export const collectionPermissions = definePermissions({
  'collection:read': {
    roles: ['officer', 'trust_leader', 'school_user'],
    means: 'see in-year returns: every school’s for an officer, their own school’s or trust’s otherwise',
  },
  'collection:submit': {
    roles: ['trust_leader', 'school_user'],
    means: 'draft, send and (as the school’s authoriser or its trust’s leader) authorise their returns',
  },
  'collection:manage': {
    roles: ['officer'],
    means:
      'open collection windows, keep data-sharing agreements, accept or return returns and chase late ones',
  },
  'collection:analyse': {
    roles: ['officer', 'board_member'],
    means: 'see the LA’s in-year picture and how accurate schools’ predictions were',
  },
});

declare module '../access/permissions.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface PermissionRegistry extends Record<keyof typeof collectionPermissions.grants, true> {}
}
