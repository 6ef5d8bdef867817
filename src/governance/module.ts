import { defineModule } from '../access/capability.ts';
import { governancePermissions } from './permissions.ts';
import type { BoardsService } from './boards/service.ts';

declare module '../kernel/services.ts' {
  interface Services {
    boards: BoardsService;
  }
}

/** Partnership governance (C5): boards, their terms of reference and seats. */
export const governanceModule = defineModule({
  name: 'Governance',
  permissions: governancePermissions,
  services: async ({ db }) => {
    const { createBoardsService } = await import('./boards/service.ts');
    return { boards: createBoardsService(db) };
  },
  routes: [async () => (await import('./routes.ts')).governanceRoutes],
  navigation: [{ text: 'Boards', href: '/boards', permission: 'governance:read', section: 'service' }],
});
