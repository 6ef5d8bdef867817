import { defineModule } from '../access/capability.ts';
import { supportPermissions } from './permissions.ts';
import type { DirectoryService } from './directory.ts';
import type { DeploymentsService } from './deployments.ts';
import type { CommissioningService } from './commissioning.ts';
import type { ProgrammesService } from './programmes.ts';
import type { QualityService } from './quality.ts';
import type { ImpactReportsService } from './impactReports.ts';
import { supportPaperKinds } from './papers.ts';
import { registerSupportCommands } from './cli.ts';

declare module '../kernel/services.ts' {
  interface Services {
    systemLeaders: DirectoryService;
    deployments: DeploymentsService;
    commissioning: CommissioningService;
    programmes: ProgrammesService;
    qualityReviews: QualityService;
    impactReports: ImpactReportsService;
  }
}

/** Support brokering (C6): system leaders, their deployments, programmes, the commissioning plan, impact. */
export const supportModule = defineModule({
  name: 'Support brokering',
  permissions: supportPermissions,
  services: async ({ db }) => {
    const [directory, deployment, commissioning, programme, quality, impact] = await Promise.all([
      import('./directory.ts'),
      import('./deployments.ts'),
      import('./commissioning.ts'),
      import('./programmes.ts'),
      import('./quality.ts'),
      import('./impactReports.ts'),
    ]);
    const systemLeaders = directory.createDirectoryService(db);
    return {
      systemLeaders,
      deployments: deployment.createDeploymentsService(db, systemLeaders),
      commissioning: commissioning.createCommissioningService(db),
      programmes: programme.createProgrammesService(db),
      qualityReviews: quality.createQualityService(db),
      impactReports: impact.createImpactReportsService(db),
    };
  },
  routes: [
    async () => (await import('./routes.ts')).supportRoutes,
    async () => (await import('./commissioningRoutes.ts')).commissioningRoutes,
  ],
  api: [async () => (await import('./api.ts')).supportApi],
  // What needs attention on the home page, read when the page is.
  attention: [
    {
      permission: 'support:read',
      items: async (services, actor, today) =>
        (await import('./attention.ts')).supportAttention(services, actor, today),
    },
  ],
  notificationKinds: [
    {
      key: 'deployment-proposed',
      title: 'You are proposed for a deployment to support a school',
      roles: ['system_leader'],
    },
  ],
  navigation: [{ text: 'Support', href: '/support', permission: 'support:read', section: 'service' }],
  paperKinds: supportPaperKinds,
  cli: registerSupportCommands,
});
