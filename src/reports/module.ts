import { defineModule } from '../access/capability.ts';
import { reportsPermissions } from './permissions.ts';
import type { LettersService } from './letters/service.ts';
import type { AreaProfileService } from './areaProfile/service.ts';
import { registerReportCommands } from './cli.ts';

declare module '../kernel/services.ts' {
  interface Services {
    letters: LettersService;
    areaProfiles: AreaProfileService;
  }
}

/** Reports (C8): annual performance letters and area profiles; the PDF printer every report page uses is in pdf/. */
export const reportsModule = defineModule({
  name: 'Reports',
  permissions: reportsPermissions,
  // A letter is a school's profile in the council's words: schools, results and concern come first.
  services: async ({ db }, built) => {
    const { createLettersService } = await import('./letters/service.ts');
    const { createAreaProfileService } = await import('./areaProfile/service.ts');
    return { letters: createLettersService(db, built), areaProfiles: createAreaProfileService(db) };
  },
  routes: [async () => (await import('./routes.ts')).reportsRoutes],
  api: [async () => (await import('./api.ts')).reportsApi],
  navigation: [
    { text: 'Area profile', href: '/area-profiles', permission: 'reports:areaProfile', section: 'service' },
    { text: 'Letters', href: '/letters', permission: 'reports:letters', section: 'service' },
  ],
  cli: ({ reportCommand, run }) => {
    registerReportCommands(reportCommand, run);
  },
});
