import { defineModule } from '../access/capability.ts';
import { concernPermissions } from './permissions.ts';
import type { ConcernService } from './service.ts';
import type { SupportService } from './supportService.ts';

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
  services: async ({ db }) => {
    const [{ createConcernService }, { createSupportService }] = await Promise.all([
      import('./service.ts'),
      import('./supportService.ts'),
    ]);
    const concern = createConcernService(db);
    return { concern, support: createSupportService(db, concern.modelFor) };
  },
  routes: [
    async () => (await import('./routes.ts')).concernRoutes,
    async () => (await import('./supportRoutes.ts')).supportRoutes,
  ],
  api: [async () => (await import('./api.ts')).concernApi],
  navigation: [
    { text: 'Causing concern', href: '/concern', permission: 'concern:read', section: 'service' },
    { text: 'Concern report', href: '/concern/report', permission: 'concern:report', section: 'service' },
  ],
});
