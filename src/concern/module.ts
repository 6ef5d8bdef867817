import { defineModule } from '../access/capability.ts';
import { concernPermissions } from './permissions.ts';
import { createConcernService, type ConcernService } from './service.ts';
import { createSupportService, type SupportService } from './supportService.ts';
import { concernRoutes } from './routes.ts';
import { supportRoutes } from './supportRoutes.ts';
import { concernApi } from './api.ts';

declare module '../kernel/services.ts' {
  interface Services {
    concern: ConcernService;
    support: SupportService;
  }
}

/** Schools causing concern: the review, categories, support, visits and the board's report. */
export const concernModule = defineModule({
  name: 'Schools causing concern',
  permissions: concernPermissions,
  services: ({ db }) => {
    const concern = createConcernService(db);
    return { concern, support: createSupportService(db, concern.modelFor) };
  },
  routes: [concernRoutes, supportRoutes],
  api: [concernApi],
  navigation: [
    { text: 'Causing concern', href: '/concern', permission: 'concern:read', section: 'service' },
    { text: 'Concern report', href: '/concern/report', permission: 'concern:report', section: 'service' },
  ],
});
