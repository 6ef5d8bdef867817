import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../kernel/services.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { idParams } from './routes.ts';
import { actionUpdateInput, kpiActualInput } from './service.ts';

export function plansApi(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/plans',
      {
        config: { permission: 'plans:read' },
        schema: { tags: ['plans'], summary: 'Every plan, with its RAG counts' },
      },
      async () => services.plans.list(),
    );

    api.get(
      '/plans/:id',
      {
        config: { permission: 'plans:read' },
        schema: {
          tags: ['plans'],
          summary: 'A plan’s whole hierarchy with RAG and evaluated KPIs',
          params: idParams,
        },
      },
      async (request) => services.plans.get(request.params.id),
    );

    api.get(
      '/actions/:id',
      {
        config: { permission: 'plans:read' },
        schema: { tags: ['plans'], summary: 'An action with its updates and RAG history', params: idParams },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        return services.plans.action(request.actor, request.params.id);
      },
    );

    api.post(
      '/actions/:id/updates',
      {
        config: { permission: 'plans:updateOwn' },
        schema: {
          tags: ['plans'],
          summary: 'An owner’s dated update: commentary, RAG, evidence',
          params: idParams,
          body: actionUpdateInput,
        },
      },
      async (request, reply) => {
        if (!request.actor) throw new UnauthenticatedError();
        const created = await services.plans.update(request.actor, request.params.id, request.body);
        return reply.status(201).send(created);
      },
    );

    api.get(
      '/kpis/:id',
      {
        config: { permission: 'plans:read' },
        schema: { tags: ['plans'], summary: 'A KPI with its figures and evaluated status', params: idParams },
      },
      async (request) => services.plans.kpi(request.params.id),
    );

    api.post(
      '/kpis/:id/actuals',
      {
        config: { permission: 'plans:edit' },
        schema: {
          tags: ['plans'],
          summary: 'A figure for a KPI whose figures are recorded against it',
          params: idParams,
          body: kpiActualInput,
        },
      },
      async (request, reply) => {
        if (!request.actor) throw new UnauthenticatedError();
        return reply
          .status(201)
          .send(await services.plans.recordActual(request.actor, request.params.id, request.body));
      },
    );
  };
}
