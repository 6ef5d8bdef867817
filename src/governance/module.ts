import { defineModule } from '../access/capability.ts';
import { governancePermissions } from './permissions.ts';
import type { BoardsService } from './boards/service.ts';
import type { MeetingsService } from './meetings/service.ts';
import type { PapersService } from './papers/service.ts';
import type { MeetingActionsService } from './actions/service.ts';
import type { DeclarationsService } from './meetings/declarations.ts';
import type { WorkProgrammeService } from './programme/service.ts';
import { registerGovernanceReports } from './cli.ts';

declare module '../kernel/services.ts' {
  interface Services {
    boards: BoardsService;
    meetings: MeetingsService;
    papers: PapersService;
    meetingActions: MeetingActionsService;
    declarations: DeclarationsService;
    workProgramme: WorkProgrammeService;
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
      { createDeclarationsService },
      { createWorkProgrammeService },
    ] = await Promise.all([
      import('./boards/service.ts'),
      import('./meetings/service.ts'),
      import('./papers/service.ts'),
      import('./actions/service.ts'),
      import('./meetings/declarations.ts'),
      import('./programme/service.ts'),
    ]);
    const boards = createBoardsService(db);
    const meetings = createMeetingsService(db, boards);
    return {
      boards,
      meetings,
      papers: createPapersService(db, built, meetings),
      meetingActions: createMeetingActionsService(db, meetings),
      declarations: createDeclarationsService(db, meetings),
      workProgramme: createWorkProgrammeService(db, boards),
    };
  },
  routes: [
    async () => (await import('./boardRoutes.ts')).boardRoutes,
    async () => (await import('./routes.ts')).governanceRoutes,
    async () => (await import('./documentRoutes.ts')).documentRoutes,
  ],
  api: [
    async () => (await import('./api.ts')).governanceApi,
    async () => (await import('./documentRoutes.ts')).documentApi,
  ],
  // Everyone signed in finds the papers published publicly here; members and officers their boards.
  // What needs attention on the home page, read when the page is.
  attention: [
    {
      permission: 'governance:read',
      items: async (services, actor, today) =>
        (await import('./attention.ts')).governanceAttention(services, actor, today),
    },
  ],
  notificationKinds: [
    {
      key: 'papers-published',
      title: 'Papers are published for a meeting of a board you sit on',
      roles: ['officer', 'board_member'],
    },
    {
      key: 'meeting-action',
      title: 'An action arising from a meeting is given to you',
      roles: ['officer', 'board_member', 'action_owner'],
    },
    {
      key: 'term-ending',
      title: 'Your term on a board is ending',
      roles: ['officer', 'board_member'],
    },
  ],
  dailyWork: [
    {
      job: 'term-reminders',
      run: async (services, day) => (await import('./reminders.ts')).termReminders(services, day),
    },
  ],
  navigation: [{ text: 'Boards', href: '/boards', permission: 'governance:readPublic', section: 'service' }],
  cli: ({ reportCommand, run }) => {
    registerGovernanceReports(reportCommand, run);
  },
});
