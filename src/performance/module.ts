import { defineModule } from '../access/capability.ts';
import { performancePermissions } from './permissions.ts';
import type { PerformanceService } from './service.ts';
import type { PerformanceReadService } from './readService.ts';
import { performanceImportKinds } from './importKinds.ts';
import { registerPerformanceImports, registerPerformanceReports } from './cli.ts';

declare module '../kernel/services.ts' {
  interface Services {
    performance: PerformanceService;
    results: PerformanceReadService;
  }
}

/** Results against national, regional and statistical-neighbour comparators, and the catalogue. */
export const performanceModule = defineModule({
  name: 'Results',
  permissions: performancePermissions,
  services: async ({ db, kind }) => {
    const [{ createPerformanceService }, { createPerformanceReadService }] = await Promise.all([
      import('./service.ts'),
      import('./readService.ts'),
    ]);
    return { performance: createPerformanceService(db, kind), results: createPerformanceReadService(db) };
  },
  routes: [
    async () => (await import('./routes.ts')).performanceRoutes,
    async () => (await import('./resultsRoutes.ts')).resultsRoutes,
    async () => (await import('./catalogueRoutes.ts')).catalogueRoutes,
  ],
  api: [async () => (await import('./api.ts')).performanceApi],
  notificationKinds: [
    {
      key: 'results-arrived',
      title: 'Your school’s results from DfE arrive in Beacon',
      roles: ['school_user', 'trust_leader'],
    },
  ],
  navigation: [
    { text: 'Results', href: '/areas', permission: 'performance:read', section: 'service' },
    {
      text: 'Indicators',
      href: '/admin/indicators',
      permission: 'catalogue:edit',
      section: 'administration',
    },
  ],
  importKinds: performanceImportKinds,
  paperKinds: [
    {
      key: 'results-summary',
      title: 'LA results summary',
      fields: ['laCode', 'period'],
      permission: 'performance:read',
      build: async (services, { laCode = '', period = 0 }) => {
        const page = await services.results.resultsSummaryPage(laCode, period);
        return {
          title: `${page.summary.area.name}: results ${page.summary.periodLabel}`,
          template: 'performance/views/results-summary-body.njk',
          context: { tables: page.tables, summary: page.summary },
          liveUrl: `/areas/${laCode}/results/${String(period)}`,
        };
      },
    },
  ],
  cli: ({ importCommand, reportCommand, run }) => {
    registerPerformanceImports(importCommand, run);
    registerPerformanceReports(reportCommand, run);
  },
});
