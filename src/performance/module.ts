import { defineModule } from '../access/capability.ts';
import { performancePermissions } from './permissions.ts';
import { createPerformanceService, type PerformanceService } from './service.ts';
import { createPerformanceReadService, type PerformanceReadService } from './readService.ts';
import { performanceRoutes } from './routes.ts';
import { resultsRoutes } from './resultsRoutes.ts';
import { performanceApi } from './api.ts';
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
  services: ({ db, kind }) => ({
    performance: createPerformanceService(db, kind),
    results: createPerformanceReadService(db),
  }),
  routes: [performanceRoutes, resultsRoutes],
  api: [performanceApi],
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
  cli: ({ importCommand, reportCommand, run }) => {
    registerPerformanceImports(importCommand, run);
    registerPerformanceReports(reportCommand, run);
  },
});
