import { migrationsApplied } from '../db/migrate.ts';
import type { DatabaseHandle } from '../db/client.ts';
import type { Services } from '../kernel/services.ts';
import { capabilityModules, notificationKinds } from './modules.ts';
import { createNotificationsService } from '../access/notifications/service.ts';
import { createTokensService } from '../access/tokens.ts';
import { grantOf, isPermission, rolePermissions } from './permissions.ts';

type Module = (typeof capabilityModules)[number];
type BuiltBy<M> = M extends { services?(...args: never[]): Promise<infer Built> } ? Built : never;
type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void
  ? I
  : never;
/** What the list builds; assigning it to Services below checks that every service is built. */
type Built = Intersection<BuiltBy<Module>> &
  Pick<Services, 'database' | 'databaseReadiness' | 'notifications' | 'tokens'>;

/** Every service the app and the CLI use, built once from one database, module by module. */
export async function createServices(database: DatabaseHandle): Promise<Services> {
  const built: Partial<Built> = {
    database,
    async databaseReadiness() {
      try {
        const applied = await migrationsApplied(database.db);
        return { database: 'up', migrations: applied ? 'applied' : 'pending' } as const;
      } catch {
        return { database: 'down', migrations: 'unknown' } as const;
      }
    },
  };
  for (const module of capabilityModules) {
    // Each module is handed the services of the modules before it, as the list's order promises.
    Object.assign(built, await module.services?.(database, built as Services));
  }
  // What every capability's events are told through, with the kinds they declare.
  built.notifications = createNotificationsService(database.db, notificationKinds);
  // What a token can be limited to: the permissions its account's role holds, in words.
  built.tokens = createTokensService(database.db, {
    of: (role) =>
      rolePermissions[role]
        .filter((permission) => permission !== 'public' && permission !== 'signedIn')
        .map((permission) => ({ permission, means: grantOf(permission).means })),
    means: (permission) => (isPermission(permission) ? grantOf(permission).means : undefined),
  });
  const services: Services = built as Built;
  return services;
}

export type { Services };
