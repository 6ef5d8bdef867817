import { defineModule } from '../access/capability.ts';
import { importsPermissions } from './permissions.ts';
import { registerFolderImport } from './cli.ts';

/** The upload page: every kind of data file the other capabilities declare, imported all-or-nothing. */
export const importsModule = defineModule({
  name: 'Importing data',
  permissions: importsPermissions,
  routes: [async () => (await import('./routes.ts')).importRoutes],
  api: [async () => (await import('./api.ts')).importsApi],
  // What needs attention on the home page, read when the page is.
  attention: [
    {
      permission: 'performance:read',
      items: async (services, actor) => (await import('./attention.ts')).newDataAttention(services, actor),
    },
    {
      permission: 'users:manage',
      items: async (services) => (await import('./attention.ts')).freshnessAttention(services),
    },
  ],
  cli: ({ importCommand, run }) => {
    registerFolderImport(importCommand, run);
  },
  notificationKinds: [
    {
      key: 'import-refused',
      title: 'An import of a data file is refused',
      roles: ['admin'],
    },
  ],
  navigation: [
    { text: 'Import data', href: '/admin/imports', permission: 'imports:run', section: 'administration' },
  ],
});
