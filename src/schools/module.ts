import { defineModule } from '../access/capability.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { schoolsPermissions } from './permissions.ts';
import type { SchoolsService } from './service.ts';
import type { SchoolsImportService } from './importService.ts';
import { registerSchoolsImports } from './cli.ts';
import { registerFiles } from './imports/kinds.ts';

declare module '../kernel/services.ts' {
  interface Services {
    schools: SchoolsService;
    register: SchoolsImportService;
  }
}

/** Every school: the register from GIAS and Ofsted, profiles and the landscape. */
export const schoolsModule = defineModule({
  name: 'Schools',
  permissions: schoolsPermissions,
  services: async ({ db, kind }) => {
    const [{ createSchoolsService }, { createSchoolsImportService }] = await Promise.all([
      import('./service.ts'),
      import('./importService.ts'),
    ]);
    return { schools: createSchoolsService(db), register: createSchoolsImportService(db, kind) };
  },
  routes: [async () => (await import('./routes.ts')).schoolsRoutes],
  api: [async () => (await import('./api.ts')).schoolsApi],
  navigation: [
    { text: 'Schools', href: '/schools', permission: 'schools:read', section: 'service' },
    { text: 'Landscape', href: '/landscape', permission: 'landscape:read', section: 'service' },
  ],
  importKinds: registerFiles.map((kind) => ({
    key: kind.key,
    title: kind.title,
    hint: kind.hint,
    accept: kind.accept,
    columns: kind.columns,
    fields: [],
    run: (services, actor, file) => kind.run(services.register, actor, file, silentProgress),
  })),
  cli: ({ importCommand, run }) => {
    registerSchoolsImports(importCommand, run);
  },
});
