import { defineModule } from '../access/capability.ts';
import { importsPermissions } from './permissions.ts';

/** The upload page: every kind of data file the other capabilities declare, imported all-or-nothing. */
export const importsModule = defineModule({
  name: 'Importing data',
  permissions: importsPermissions,
  routes: [async () => (await import('./routes.ts')).importRoutes],
  navigation: [
    { text: 'Import data', href: '/admin/imports', permission: 'imports:run', section: 'administration' },
  ],
});
