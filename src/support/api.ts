import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Actor } from '../access/actor.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { todayIso as today } from '../kernel/format.ts';
import { leaderInput } from './directory.ts';
import { deploymentInput, moveInput, visitInput } from './deployments.ts';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const params = z.object({ id });

/** The directory and deployments, with the same permissions and rules as the pages. */
export function supportApi(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const actorOf = (request: { actor?: Actor }) => {
      if (!request.actor) throw new UnauthenticatedError();
      return request.actor;
    };
    const read = { permission: 'support:read' as const };
    const manage = { permission: 'support:manage' as const };
    const tags = ['support'];

    api.get(
      '/system-leaders',
      {
        config: read,
        schema: {
          tags,
          summary: 'The directory of system leaders, with the days each has left this academic year',
          querystring: z.object({
            q: z.string().max(200).optional(),
            designation: z.string().max(20).optional(),
            specialism: z.string().max(100).optional(),
          }),
        },
      },
      async (request) => services.systemLeaders.list(request.query, today()),
    );

    api.get(
      '/system-leaders/:id',
      { config: read, schema: { tags, summary: 'A system leader and their declared interests', params } },
      async (request) => services.systemLeaders.leader(request.params.id, today()),
    );

    api.post(
      '/system-leaders',
      {
        config: manage,
        schema: { tags, summary: 'A system leader added to the directory', body: leaderInput },
      },
      async (request, reply) => {
        const created = await services.systemLeaders.addLeader(actorOf(request), request.body);
        return reply.status(201).send({ id: created });
      },
    );

    api.get(
      '/deployments',
      {
        config: read,
        schema: { tags, summary: 'Deployments: every one for an officer, their own for a system leader' },
      },
      async (request) => services.deployments.list(actorOf(request)),
    );

    api.get(
      '/deployments/:id',
      { config: read, schema: { tags, summary: 'A deployment: its moves, visits and reviews', params } },
      async (request) => services.deployments.deployment(actorOf(request), request.params.id),
    );

    api.post(
      '/deployments',
      {
        config: manage,
        schema: {
          tags,
          summary: 'A system leader brokered to a school, refused over their days or into a conflict',
          body: deploymentInput,
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const category = (await services.concern.categoryOf(actor, request.body.urn).catch(() => null))
          ?.category;
        const created = await services.deployments.propose(actor, request.body, category ?? null);
        return reply.status(201).send({ id: created });
      },
    );

    api.post(
      '/deployments/:id/moves',
      {
        config: read,
        schema: { tags, summary: 'One step of the deployment’s status, with why', params, body: moveInput },
      },
      async (request, reply) => {
        await services.deployments.move(actorOf(request), request.params.id, request.body);
        return reply.status(201).send();
      },
    );

    api.post(
      '/deployments/:id/visits',
      { config: read, schema: { tags, summary: 'A visit under the deployment', params, body: visitInput } },
      async (request, reply) => {
        await services.deployments.logVisit(actorOf(request), request.params.id, request.body);
        return reply.status(201).send();
      },
    );
  };
}
