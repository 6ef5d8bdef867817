import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from './services.ts';
import { roleHasPermission } from './permissions.ts';

export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['up', 'down']),
  databaseKind: z.enum(['pglite', 'postgres']),
});

export function appRoutes(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.get('/', { config: { permission: 'signedIn' } }, async (request, reply) => {
      const actor = request.actor;
      const can = (permission: Parameters<typeof roleHasPermission>[1]) =>
        actor ? roleHasPermission(actor.role, permission) : false;
      return reply.page('app/views/home.njk', {
        pageTitle: 'Home',
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
        schema: { hide: true, response: { 200: healthSchema, 503: healthSchema } },
      },
      async (_request, reply) => {
        const up = await services.databaseAnswers();
        return reply.status(up ? 200 : 503).send({
          status: up ? 'ok' : 'unavailable',
          database: up ? 'up' : 'down',
          databaseKind: services.database.kind,
        });
      },
    );

    routes.get('/assets/*', { config: { permission: 'public' } }, async (request, reply) => {
      const file = (request.params as { '*': string })['*'];
      return reply.header('cache-control', 'public, max-age=3600').sendFile(file);
    });

    routes.get(
      '/api/v1/openapi.json',
      { config: { permission: 'public' }, schema: { hide: true } },
      async () => app.swagger(),
    );
  };
}
