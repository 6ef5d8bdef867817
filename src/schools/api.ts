import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.ts';
import { UnauthenticatedError } from '../app/errors.ts';

export const schoolSchema = z.object({
  urn: z.number(),
  name: z.string(),
  laCode: z.string(),
  laName: z.string(),
  phase: z.string(),
  establishmentType: z.string(),
  status: z.string(),
  trust: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  isDemonstration: z.boolean(),
});

export const urnParams = z.object({
  urn: z.coerce.number().int().positive('A URN is a positive whole number'),
});

export function schoolsApi(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/schools',
      {
        config: { permission: 'schools:read' },
        schema: {
          tags: ['schools'],
          response: { 200: z.object({ total: z.number(), schools: z.array(schoolSchema) }) },
        },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        const schools = await services.schools.list(request.actor);
        return { total: schools.length, schools };
      },
    );

    api.get(
      '/schools/:urn',
      {
        config: { permission: 'schools:read' },
        schema: { tags: ['schools'], params: urnParams, response: { 200: schoolSchema } },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        return services.schools.get(request.actor, request.params.urn);
      },
    );
  };
}
