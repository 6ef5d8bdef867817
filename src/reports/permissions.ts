import { definePermissions } from '../access/permissions.ts';

export const reportsPermissions = definePermissions({
  'reports:letters': {
    roles: ['officer'],
    means: 'edit the annual performance letter and produce it for every school in a local authority',
  },
  // Figures for an area are its schools' together: a ward with one school is that school.
  'reports:areaProfile': {
    roles: ['officer', 'board_member'],
    means: 'read the area profile of a local authority’s constituencies and wards',
  },
});

declare module '../access/permissions.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface PermissionRegistry extends Record<keyof typeof reportsPermissions.grants, true> {}
}
