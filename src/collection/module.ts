import { defineModule } from '../access/capability.ts';
import { collectionPermissions } from './permissions.ts';
import type { AgreementsService } from './agreements.ts';
import type { WindowsService } from './windows.ts';
import type { ReturnsService } from './returns.ts';
import type { AnalysisService } from './analysis.ts';
import { registerCollectionCommands } from './cli.ts';

declare module '../kernel/services.ts' {
  interface Services {
    agreements: AgreementsService;
    collectionWindows: WindowsService;
    inYearReturns: ReturnsService;
    inYearAnalysis: AnalysisService;
  }
}

/** Data collection from schools (C7): agreements, windows, returns, the LA's picture and accuracy. */
export const collectionModule = defineModule({
  name: 'Data collection from schools',
  permissions: collectionPermissions,
  services: async ({ db }) => {
    const [agreements, windows, returns, analysis] = await Promise.all([
      import('./agreements.ts'),
      import('./windows.ts'),
      import('./returns.ts'),
      import('./analysis.ts'),
    ]);
    const agreementsService = agreements.createAgreementsService(db);
    return {
      agreements: agreementsService,
      collectionWindows: windows.createWindowsService(db),
      inYearReturns: returns.createReturnsService(db, agreementsService),
      inYearAnalysis: analysis.createAnalysisService(db),
    };
  },
  routes: [
    async () => (await import('./routes.ts')).collectionRoutes,
    async () => (await import('./uploadRoutes.ts')).uploadRoutes,
  ],
  api: [
    async () => (await import('./api.ts')).collectionApi,
    async () => (await import('./uploadRoutes.ts')).uploadApi,
  ],
  // What needs attention on the home page, read when the page is.
  attention: [
    {
      permission: 'collection:read',
      items: async (services, actor, today) =>
        (await import('./attention.ts')).collectionAttention(services, actor, today),
    },
  ],
  notificationKinds: [
    {
      key: 'data-return',
      title:
        'A data return opens for your school, is late, or is accepted or returned with a comment by the council',
      roles: ['school_user', 'trust_leader'],
    },
  ],
  dailyWork: [
    {
      job: 'return-reminders',
      run: async (services, day) => (await import('./notices.ts')).returnReminders(services, day),
    },
  ],
  navigation: [
    { text: 'Data returns', href: '/collection', permission: 'collection:read', section: 'service' },
  ],
  cli: registerCollectionCommands,
});
