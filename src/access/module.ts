import { defineModule } from './capability.ts';
import { accessPermissions } from './permissions.ts';
import type { UsersService } from './service.ts';
import type { TokensService } from './tokens.ts';
import type { AuditService } from './auditService.ts';
import type { NotificationsService } from './notifications/service.ts';
import { registerAccessCommands, registerNotificationCommands } from './cli.ts';

declare module '../kernel/services.ts' {
  interface Services {
    users: UsersService;
    tokens: TokensService;
    audit: AuditService;
    notifications: NotificationsService;
  }
}

/** Signing in, accounts, API tokens and the audit log. */
export const accessModule = defineModule({
  name: 'Accounts and audit',
  permissions: accessPermissions,
  // Tokens are built by the composition root, which holds the permission table they are limited by.
  // An account tied to a school or a trust is checked against the register, so schools comes first.
  services: async ({ db }, { schools }) => {
    const [{ createUsersService }, { createAuditService }] = await Promise.all([
      import('./service.ts'),
      import('./auditService.ts'),
    ]);
    return {
      users: createUsersService(db, schools),
      audit: createAuditService(db),
    };
  },
  routes: [
    async () => (await import('./routes.ts')).accessRoutes,
    async () => (await import('./accountRoutes.ts')).accountRoutes,
    async () => (await import('./tokenRoutes.ts')).tokenRoutes,
    async () => (await import('./notifications/routes.ts')).notificationRoutes,
  ],
  api: [
    async () => (await import('./api.ts')).accessApi,
    async () => (await import('./notifications/api.ts')).notificationsApi,
  ],
  attention: [
    {
      permission: 'users:manage',
      items: async (services) => (await import('./attention.ts')).adminAttention(services),
    },
  ],
  // The digest comes last in the list of modules, so it gathers what the day's other work told.
  dailyWork: [
    {
      job: 'notification-digest',
      run: async (services) => (await import('./notifications/digest.ts')).writeDigests(services.database.db),
    },
  ],
  navigation: [
    { text: 'Users', href: '/admin/users', permission: 'users:manage', section: 'administration' },
    { text: 'Emails', href: '/admin/emails', permission: 'users:manage', section: 'administration' },
    { text: 'API tokens', href: '/admin/tokens', permission: 'tokens:manage', section: 'administration' },
    { text: 'Audit log', href: '/admin/audit', permission: 'audit:read', section: 'administration' },
  ],
  cli: ({ program, run }) => {
    registerAccessCommands(program, run);
    registerNotificationCommands(program, run);
  },
});
