import { defineModule } from '../access/capability.ts';
import { governancePermissions } from './permissions.ts';
import type { BoardsService } from './boards/service.ts';
import type { MeetingsService } from './meetings/service.ts';

declare module '../kernel/services.ts' {
  interface Services {
    boards: BoardsService;
    meetings: MeetingsService;
  }
}

/** Partnership governance (C5): boards, their terms of reference and seats, meetings and decisions. */
export const governanceModule = defineModule({
  name: 'Governance',
  permissions: governancePermissions,
  services: async ({ db }) => {
    const [{ createBoardsService }, { createMeetingsService }] = await Promise.all([
      import('./boards/service.ts'),
      import('./meetings/service.ts'),
    ]);
    const boards = createBoardsService(db);
    return { boards, meetings: createMeetingsService(db, boards) };
  },
  routes: [async () => (await import('./routes.ts')).governanceRoutes],
  navigation: [{ text: 'Boards', href: '/boards', permission: 'governance:read', section: 'service' }],
});
