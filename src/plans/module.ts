import { defineModule } from '../access/capability.ts';
import { plansPermissions } from './permissions.ts';
import type { PlansService } from './service.ts';
import type { PlanWorkbookService } from './workbookService.ts';
import type { PlanEditingService } from './editService.ts';
import { registerPlanImports } from './cli.ts';

declare module '../kernel/services.ts' {
  interface Services {
    plans: PlansService;
    planWorkbooks: PlanWorkbookService;
    planEditing: PlanEditingService;
  }
}

/** Action plans: actions with owners, dates and RAG, and KPIs with measurable targets. */
export const plansModule = defineModule({
  name: 'Plans',
  permissions: plansPermissions,
  // A KPI's evidence is read from the results and the schools, so those modules come first.
  services: async ({ db }, { results, schools }) => {
    const [
      { createPlansService },
      { createPlanWorkbookService },
      { kpiEvidenceSources },
      { createPlanEditingService },
    ] = await Promise.all([
      import('./service.ts'),
      import('./workbookService.ts'),
      import('./evidence.ts'),
      import('./editService.ts'),
    ]);
    return {
      plans: createPlansService(db, kpiEvidenceSources(db, results, schools)),
      planWorkbooks: createPlanWorkbookService(db),
      planEditing: createPlanEditingService(db),
    };
  },
  routes: [
    async () => (await import('./routes.ts')).plansRoutes,
    async () => (await import('./editRoutes.ts')).planEditRoutes,
  ],
  api: [async () => (await import('./api.ts')).plansApi],
  // What needs attention on the home page, read when the page is.
  attention: [
    {
      permission: 'plans:updateOwn',
      items: async (services, actor, today) =>
        (await import('./attention.ts')).plansAttention(services, actor, today),
    },
    {
      permission: 'plans:read',
      items: async (services) => (await import('./attention.ts')).offTrackAttention(services),
    },
  ],
  notificationKinds: [
    {
      key: 'action-assigned',
      title: 'An action in a plan is given a role you hold',
      roles: ['officer', 'action_owner'],
    },
    {
      key: 'action-due',
      title: 'An action you lead is due in the next 7 days, or overdue',
      roles: ['officer', 'action_owner'],
    },
    {
      key: 'kpi-off-track',
      title: 'A success measure you lead goes off track with its latest figures',
      roles: ['officer', 'action_owner'],
    },
  ],
  dailyWork: [
    {
      job: 'action-reminders',
      run: async (services, day) => (await import('./reminders.ts')).actionReminders(services, day),
    },
    {
      job: 'kpi-off-track',
      run: async (services) => (await import('./reminders.ts')).offTrackReminders(services),
    },
  ],
  navigation: [
    { text: 'Plans', href: '/plans', permission: 'plans:read', section: 'service' },
    { text: 'My actions', href: '/my-actions', permission: 'plans:updateOwn', section: 'service' },
  ],
  importKinds: [
    {
      key: 'plan-workbook',
      title: 'A plan’s workbook, edited',
      hint: 'The workbook downloaded from a plan’s page (No, Actions, Who, When, Milestones, RAG), with your changes. Give the plan’s number below.',
      accept: '.xlsx',
      fields: ['plan'],
      run: (services, actor, file, fields) =>
        services.planWorkbooks.importWorkbook(actor, fields.plan ?? 0, file),
    },
  ],
  // A plan's progress and its KPI report go to the board as papers (SPEC C5).
  paperKinds: [
    {
      key: 'plan-progress',
      title: 'A plan’s progress report',
      fields: ['planId'],
      permission: 'plans:read',
      build: async (services, { planId = 0 }) => {
        const plan = await services.plans.get(planId);
        return {
          title: `Progress report: ${plan.title}`,
          template: 'plans/views/plan-body.njk',
          context: { plan },
          liveUrl: `/plans/${String(plan.id)}`,
        };
      },
    },
    {
      key: 'kpi-report',
      title: 'A plan’s KPI report',
      fields: ['planId'],
      permission: 'plans:read',
      build: async (services, { planId = 0 }) => {
        const report = await services.plans.kpiReport(planId);
        return {
          title: `KPI report: ${report.plan.title}`,
          template: 'plans/views/kpi-report-body.njk',
          context: { ...report },
          liveUrl: `/plans/${String(report.plan.id)}/kpi-report`,
        };
      },
    },
  ],
  cli: ({ importCommand, run }) => {
    registerPlanImports(importCommand, run);
  },
});
