import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from './services.ts';
import { roleHasPermission } from './permissions.ts';
import type { AttentionSource } from '../access/capability.ts';
import { todayIso } from '../kernel/format.ts';
import type { Actor } from '../access/actor.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { positionNow } from '../access/keptReads.ts';
import { actorKey, keptAttention } from './attentionCache.ts';

/** /health: the process is alive and answering. It asks nothing of the database. */
export const healthSchema = z.object({ status: z.literal('ok') });

/** /ready: the database answers and has every migration, so requests can be sent here. */
export const readySchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['up', 'down']),
  migrations: z.enum(['applied', 'pending', 'unknown']),
  databaseKind: z.enum(['pglite', 'postgres']),
});

/** What needs this person's attention, from each capability whose permission they hold. */
async function attentionFor(
  services: Services,
  attentionSources: readonly AttentionSource[],
  actor: Actor,
  council: { laCode: string },
) {
  const today = todayIso();
  const { db } = services.database;
  const position = await positionNow(db);
  return keptAttention(db)(`${actorKey(actor)}|${today}|${council.laCode}`, position, async () =>
    (
      await Promise.all(
        attentionSources
          .filter((source) => roleHasPermission(actor.role, source.permission))
          .map((source) => source.items(services, actor, today, council)),
      )
    )
      .flat()
      .filter((item) => item.count > 0),
  );
}

/** The home page's twin: what needs attention, and the data held, for whoever asks. */
export function appApi(
  services: Services,
  attentionSources: readonly AttentionSource[],
  council: { laCode: string },
) {
  return async function (app: FastifyInstance): Promise<void> {
    app.get(
      '/attention',
      {
        config: { permission: 'signedIn' },
        schema: { tags: ['home'], summary: 'What needs your attention, as on the home page' },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        const items = await attentionFor(services, attentionSources, request.actor, council);
        return {
          attention: items.filter((item) => item.standing !== true),
          dataHeld: items.filter((item) => item.standing === true),
        };
      },
    );
  };
}

export function appRoutes(
  services: Services,
  attentionSources: readonly AttentionSource[] = [],
  council: { laCode: string } = { laCode: '' },
) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.get('/', { config: { permission: 'signedIn' } }, async (request, reply) => {
      const actor = request.actor;
      const can = (permission: Parameters<typeof roleHasPermission>[1]) =>
        actor ? roleHasPermission(actor.role, permission) : false;
      const attention = actor ? await attentionFor(services, attentionSources, actor, council) : [];
      return reply.page('app/views/home.njk', {
        pageTitle: 'Home',
        attention: attention.filter((item) => item.standing !== true),
        dataHeld: attention.filter((item) => item.standing === true),
        scopeName: actor ? await services.schools.scopeName(actor) : null,
        can: {
          schools: can('schools:read'),
          users: can('users:manage'),
          audit: can('audit:read'),
        },
      });
    });

    routes.get(
      '/health',
      {
        config: { permission: 'public' },
        schema: { hide: true, response: { 200: healthSchema } },
      },
      async () => ({ status: 'ok' as const }),
    );

    routes.get(
      '/ready',
      {
        config: { permission: 'public' },
        schema: { hide: true, response: { 200: readySchema, 503: readySchema } },
      },
      async (_request, reply) => {
        const readiness = await services.databaseReadiness();
        const ready = readiness.database === 'up' && readiness.migrations === 'applied';
        return reply.status(ready ? 200 : 503).send({
          status: ready ? 'ready' : 'unavailable',
          ...readiness,
          databaseKind: services.database.kind,
        });
      },
    );

    routes.get('/assets/*', { config: { permission: 'public' } }, async (request, reply) => {
      const file = (request.params as { '*': string })['*'];
      return reply.header('cache-control', 'public, max-age=3600').sendFile(file);
    });

    // The API described for people: the OpenAPI document rendered from Beacon's own assets.
    routes.get('/api/docs', { config: { permission: 'public' } }, async (_request, reply) =>
      reply.page('app/views/api-docs.njk', { pageTitle: 'The Beacon API' }),
    );

    routes.get(
      '/api/v1/openapi.json',
      { config: { permission: 'public' }, schema: { hide: true } },
      async () => app.swagger(),
    );
  };
}
