import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../kernel/services.ts';
import { NotFoundError, UnauthenticatedError } from '../kernel/errors.ts';
import { idParams } from './routes.ts';
import { actionUpdateInput, kpiActualInput } from './service.ts';
import { z } from 'zod';
import { todayIso } from '../kernel/format.ts';
import { formBody } from '../kernel/forms.ts';
import { planParts } from './editService.ts';
import type { Actor } from '../access/actor.ts';

const partParams = idParams.extend({ part: z.enum(planParts) });
const keyParams = partParams.extend({ key: z.string().regex(/^[A-Za-z0-9.:&-]{1,40}$/) });
const edit = { permission: 'plans:edit' as const };
const partFields = formBody.meta({
  description:
    'The fields of the part’s form on the web, by the same names and as text (see the plan editor). ' +
    'An action: number, description, priorityId, leadRole, startOn, dueOn, successCriteria.',
  examples: [
    {
      number: '1.1.3',
      description: 'Moderate writing across the cluster',
      priorityId: '2',
      leadRole: 'SIA',
      dueOn: '2017-07-14',
    },
  ],
});
const signedIn = (actor: Actor | undefined): Actor => {
  if (!actor) throw new UnauthenticatedError();
  return actor;
};

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

    // Plan editing and the pages around it: the twins of the plan editor's forms, through the same
    // editing service (owner-role check, numbering rules, audit).
    api.post(
      '/plans',
      {
        config: edit,
        schema: {
          tags: ['plans'],
          summary: 'Make a plan',
          body: formBody.meta({
            examples: [
              {
                title: 'School improvement plan 2017/18',
                kind: 'action plan',
                ownerRole: 'Head of school improvement',
              },
            ],
          }),
        },
      },
      async (request, reply) => {
        const id = await services.planEditing.createPlan(signedIn(request.actor), request.body);
        return reply
          .status(201)
          .header('location', `/api/v1/plans/${String(id)}`)
          .send(await services.plans.get(id));
      },
    );

    api.post(
      '/plans/:id/parts/:part',
      {
        config: edit,
        schema: {
          tags: ['plans'],
          summary: 'Add an area, role, priority, action or KPI to a plan',
          params: partParams,
          body: partFields,
        },
      },
      async (request, reply) => {
        const { id, part } = request.params;
        await services.planEditing.savePart(signedIn(request.actor), id, part, null, request.body);
        return reply.status(201).send(await services.plans.get(id));
      },
    );

    api.put(
      '/plans/:id/parts/:part/:key',
      {
        config: edit,
        schema: { tags: ['plans'], summary: 'Change a part of a plan', params: keyParams, body: partFields },
      },
      async (request) => {
        const { id, part, key } = request.params;
        await services.planEditing.savePart(signedIn(request.actor), id, part, key, request.body);
        return services.plans.get(id);
      },
    );

    api.post(
      '/plans/:id/parts/:part/:key/move',
      {
        config: edit,
        schema: {
          tags: ['plans'],
          summary: 'Move a priority or action up or down',
          params: keyParams,
          body: z.object({ way: z.enum(['up', 'down']) }),
        },
      },
      async (request) => {
        const { id, part, key } = request.params;
        if (part !== 'priority' && part !== 'action') throw new NotFoundError(`A ${part} is not moved`);
        await services.planEditing.movePart(signedIn(request.actor), id, part, Number(key), request.body.way);
        return services.plans.get(id);
      },
    );

    api.delete(
      '/plans/:id/parts/:part/:key',
      {
        config: edit,
        schema: {
          tags: ['plans'],
          summary: 'Remove a part of a plan (an action with updates is completed instead)',
          params: keyParams,
        },
      },
      async (request, reply) => {
        const { id, part, key } = request.params;
        await services.planEditing.removePart(signedIn(request.actor), id, part, key);
        return reply.status(204).send();
      },
    );

    api.get(
      '/plans/:id/kpi-report',
      {
        config: { permission: 'plans:read' },
        schema: {
          tags: ['plans'],
          summary: 'A plan’s KPI report: each measure against its target',
          params: idParams,
        },
      },
      async (request) => services.plans.kpiReport(request.params.id),
    );

    api.get(
      '/my-actions',
      {
        config: { permission: 'plans:updateOwn' },
        schema: { tags: ['plans'], summary: 'The actions you own, in plans and from board meetings' },
      },
      async (request) => {
        const actor = signedIn(request.actor);
        const [actions, meetingActions] = await Promise.all([
          services.plans.myActions(actor),
          services.meetingActions.mine(actor, todayIso()),
        ]);
        return { actions, meetingActions };
      },
    );
  };
}
