import { defineModule } from '../access/capability.ts';
import { governancePermissions } from './permissions.ts';
import type { BoardsService } from './boards/service.ts';
import type { MeetingsService } from './meetings/service.ts';
import type { PapersService } from './papers/service.ts';
import type { MeetingActionsService } from './actions/service.ts';
import { registerGovernanceReports } from './cli.ts';

declare module '../kernel/services.ts' {
  interface Services {
    boards: BoardsService;
    meetings: MeetingsService;
    papers: PapersService;
    meetingActions: MeetingActionsService;
  }
}

/** Partnership governance (C5): boards, their terms of reference and seats, meetings and decisions. */
export const governanceModule = defineModule({
  name: 'Governance',
  permissions: governancePermissions,
  // A paper is another capability's report: those modules' services come first.
  services: async ({ db }, built) => {
    const [
      { createBoardsService },
      { createMeetingsService },
      { createPapersService },
      { createMeetingActionsService },
    ] = await Promise.all([
      import('./boards/service.ts'),
      import('./meetings/service.ts'),
      import('./papers/service.ts'),
      import('./actions/service.ts'),
    ]);
    const boards = createBoardsService(db);
    const meetings = createMeetingsService(db, boards);
    return {
      boards,
      meetings,
      papers: createPapersService(db, built, meetings),
      meetingActions: createMeetingActionsService(db, meetings),
    };
  },
  routes: [async () => (await import('./routes.ts')).governanceRoutes],
  api: [async () => (await import('./api.ts')).governanceApi],
  navigation: [{ text: 'Boards', href: '/boards', permission: 'governance:read', section: 'service' }],
  cli: ({ reportCommand, run }) => {
    registerGovernanceReports(reportCommand, run);
  },
});
