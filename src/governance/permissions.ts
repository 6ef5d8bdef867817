import { definePermissions } from '../access/permissions.ts';
import { roles } from '../access/roles.ts';

export const governancePermissions = definePermissions({
  // A board member reads only the boards they hold a seat on (the service's scope).
  'governance:read': {
    roles: ['officer', 'board_member'],
    means: 'read boards, meetings, papers and decisions (a board member, of the boards they sit on)',
  },
  // Everyone else sees nothing of governance but what a board publishes publicly.
  'governance:readPublic': {
    roles: roles.filter((role) => role !== 'admin'),
    means: 'read board papers published publicly (without their exempt items)',
  },
  'governance:decide': { roles: ['board_member'], means: 'record decisions in the meetings they belong to' },
  'governance:manage': {
    roles: ['officer'],
    means: 'set up boards, their terms of reference and seats, and who holds each seat',
  },
});

declare module '../access/permissions.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface PermissionRegistry extends Record<keyof typeof governancePermissions.grants, true> {}
}
