import { defineModule } from '../access/capability.ts';
import { concernPermissions } from './permissions.ts';
import { formatDate } from '../kernel/format.ts';
import { movementWords } from './rules/movement.ts';
import type { ConcernService } from './service.ts';
import type { SupportService } from './supportService.ts';

declare module '../kernel/services.ts' {
  interface Services {
    concern: ConcernService;
    support: SupportService;
  }
}

/** Schools causing concern: the review, categories, support, visits and the board's report. */
export const concernModule = defineModule({
  name: 'Schools causing concern',
  permissions: concernPermissions,
  services: async ({ db }) => {
    const [{ createConcernService }, { createSupportService }] = await Promise.all([
      import('./service.ts'),
      import('./supportService.ts'),
    ]);
    const concern = createConcernService(db);
    return { concern, support: createSupportService(db, concern.modelFor) };
  },
  routes: [
    async () => (await import('./routes.ts')).concernRoutes,
    async () => (await import('./supportRoutes.ts')).supportRoutes,
  ],
  api: [async () => (await import('./api.ts')).concernApi],
  // The Operational Group's report goes to the Strategic Board for the period since its last report.
  paperKinds: [
    {
      key: 'concern-report',
      title: 'Schools causing concern: the Operational Group’s report',
      fields: ['laCode', 'from', 'to'],
      permission: 'concern:report',
      build: async (services, { laCode = '', from, to }) => {
        const [report, las] = await Promise.all([
          services.concern.report(laCode, from, to),
          services.schools.localAuthorities(),
        ]);
        const laName = las.find((l) => l.code === laCode)?.name ?? laCode;
        return {
          title: `Schools causing concern in ${laName}: ${formatDate(report.period.from)} to ${formatDate(report.period.to)}`,
          template: 'concern/views/report-body.njk',
          context: { report, movementWords },
          liveUrl: `/concern/report?${new URLSearchParams({ la: laCode, from: report.period.from, to: report.period.to }).toString()}`,
        };
      },
    },
  ],
  // What needs attention on the home page, read when the page is.
  attention: [
    {
      permission: 'concern:decide',
      items: async (services, actor, today) =>
        (await import('./attention.ts')).concernAttention(services, actor, today),
    },
    {
      permission: 'concern:decide',
      items: async (services, _actor, today, council) =>
        (await import('./attention.ts')).proposedAboveConfirmed(services, council.laCode, today),
    },
    {
      permission: 'visits:respond',
      items: async (services, actor) =>
        (await import('./attention.ts')).schoolConcernAttention(services, actor),
    },
  ],
  notificationKinds: [
    {
      key: 'visit-notes-shared',
      title: 'Notes of a support visit are shared with your school',
      roles: ['school_user'],
    },
    {
      key: 'category-shared',
      title: 'The council shares your school’s category with you',
      roles: ['school_user'],
    },
  ],
  navigation: [
    { text: 'Causing concern', href: '/concern', permission: 'concern:read', section: 'service' },
    { text: 'Concern report', href: '/concern/report', permission: 'concern:report', section: 'service' },
  ],
});
