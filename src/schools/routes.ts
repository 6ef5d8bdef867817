import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../app/services.ts';
import { UnauthenticatedError } from '../app/errors.ts';
import { urnParams } from './api.ts';

export function schoolsRoutes(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.get('/schools', { config: { permission: 'schools:read' } }, async (request, reply) => {
      if (!request.actor) throw new UnauthenticatedError();
      const schools = await services.schools.list(request.actor);
      return reply.page('schools/views/list.njk', { pageTitle: 'Schools', schools });
    });

    routes.get(
      '/schools/:urn',
      { config: { permission: 'schools:read' }, schema: { params: urnParams } },
      async (request, reply) => {
        if (!request.actor) throw new UnauthenticatedError();
        const school = await services.schools.get(request.actor, request.params.urn);
        return reply.page('schools/views/school.njk', { pageTitle: school.name, school });
      },
    );
  };
}
