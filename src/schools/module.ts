import { defineModule } from '../access/capability.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { schoolsPermissions } from './permissions.ts';
import type { SchoolsService } from './service.ts';
import type { SchoolsImportService } from './importService.ts';
import { registerSchoolsImports } from './cli.ts';
import { registerFiles } from './imports/kinds.ts';
import { landscapeDates } from './queries.ts';
import { formatDate } from '../kernel/format.ts';

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
  // The landscape goes to a board as it stood on a named day, compared with a year before.
  paperKinds: [
    {
      key: 'landscape',
      title: 'The educational landscape',
      fields: ['laCode', 'to'],
      permission: 'landscape:read',
      build: async (services, { laCode = '', to = '' }) => {
        const dates = landscapeDates({ at: to }, to);
        const landscape = await services.schools.landscape(laCode, dates);
        return {
          title: `${landscape.la.name}: educational landscape on ${formatDate(dates.later)}`,
          template: 'schools/views/landscape-body.njk',
          context: { landscape },
          liveUrl: `/landscape?${new URLSearchParams({ la: laCode, at: dates.later }).toString()}`,
        };
      },
    },
  ],
  importKinds: registerFiles.map((kind) => ({
    key: kind.key,
    title: kind.title,
    hint: kind.hint,
    accept: kind.accept,
    columns: kind.columns,
    fields: [],
    run: (services, actor, file, _fields, progress = silentProgress) =>
      kind.run(services.register, actor, file, progress),
  })),
  cli: ({ importCommand, run }) => {
    registerSchoolsImports(importCommand, run);
  },
});
