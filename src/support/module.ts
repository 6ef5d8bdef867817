import { defineModule } from '../access/capability.ts';
import { supportPermissions } from './permissions.ts';
import type { DirectoryService } from './directory.ts';
import type { DeploymentsService } from './deployments.ts';

declare module '../kernel/services.ts' {
  interface Services {
    systemLeaders: DirectoryService;
    deployments: DeploymentsService;
  }
}

/** Support brokering (C6): the directory of system leaders and their deployments to schools. */
export const supportModule = defineModule({
  name: 'Support brokering',
  permissions: supportPermissions,
  services: async ({ db }) => {
    const [{ createDirectoryService }, { createDeploymentsService }] = await Promise.all([
      import('./directory.ts'),
      import('./deployments.ts'),
    ]);
    const systemLeaders = createDirectoryService(db);
    return { systemLeaders, deployments: createDeploymentsService(db, systemLeaders) };
  },
  routes: [async () => (await import('./routes.ts')).supportRoutes],
  api: [async () => (await import('./api.ts')).supportApi],
  navigation: [{ text: 'Support', href: '/support', permission: 'support:read', section: 'service' }],
});
