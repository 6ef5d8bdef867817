import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import type { Actor } from '../access/actor.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { todayIso as today } from '../kernel/format.ts';
import { windowInput } from './windows.ts';
import { returnInput } from './returns.ts';
import { agreementInput } from './agreements.ts';
import { returnStatuses } from './rules/workflow.ts';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const urn = z.coerce.number().int().min(100000).max(9999999);

/** Windows, returns, the overview and the accuracy report, with the same permissions and checks as the pages. */
export function collectionApi(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const actorOf = (request: { actor?: Actor }) => {
      if (!request.actor) throw new UnauthenticatedError();
      return request.actor;
    };
    const tags = ['collection'];
    const returnParams = z.object({ id, urn });

    api.get(
      '/collection-windows',
      {
        config: { permission: 'collection:read' },
        schema: {
          tags,
          summary: 'Collection windows: every one for an officer, those for the person’s schools otherwise',
        },
      },
      async (request) => services.collectionWindows.list(actorOf(request)),
    );

    api.post(
      '/collection-windows',
      {
        config: { permission: 'collection:manage' },
        schema: { tags, summary: 'A collection window opened, from the default grids', body: windowInput },
      },
      async (request, reply) =>
        reply.status(201).send({ id: await services.collectionWindows.open(actorOf(request), request.body) }),
    );

    api.get(
      '/collection-windows/:id/overview',
      {
        config: { permission: 'collection:read' },
        schema: {
          tags,
          summary: 'Each school’s return in the window: status, completion, late, reminders',
          params: z.object({ id }),
          querystring: z.object({
            status: z.enum(returnStatuses).optional(),
            late: z.enum(['yes']).optional(),
          }),
        },
      },
      async (request) =>
        services.collectionWindows.overview(actorOf(request), request.params.id, today(), {
          status: request.query.status,
          late: request.query.late === 'yes',
        }),
    );

    api.post(
      '/collection-windows/:id/chases',
      {
        config: { permission: 'collection:manage' },
        schema: {
          tags,
          summary: 'A reminder to a school late with its return',
          params: z.object({ id }),
          body: z.object({ urn }),
        },
      },
      async (request, reply) => {
        await services.collectionWindows.chase(
          actorOf(request),
          request.params.id,
          request.body.urn,
          today(),
        );
        return reply.status(201).send();
      },
    );

    api.get(
      '/collection-windows/:id/returns/:urn',
      {
        config: { permission: 'collection:read' },
        schema: { tags, summary: 'A school’s return: its figures, checks and history', params: returnParams },
      },
      async (request) =>
        services.inYearReturns.view(actorOf(request), request.params.id, request.params.urn, today()),
    );

    for (const [action, step, summary] of [
      ['save', 'save', 'The school’s draft saved: unfinished is kept, anything wrong is refused'],
      [
        'send',
        'send for authorisation',
        'The return sent to the school’s authoriser: every error fixed, every query explained',
      ],
      [
        'authorise',
        'authorise',
        'The return authorised by the school’s headteacher or its trust’s leader, and so submitted',
      ],
    ] as const)
      api.post(
        `/collection-windows/:id/returns/:urn/${action}`,
        {
          config: { permission: 'collection:submit' },
          schema: { tags, summary, params: returnParams, body: returnInput },
        },
        async (request) =>
          services.inYearReturns.change(
            actorOf(request),
            request.params.id,
            request.params.urn,
            step,
            request.body,
            today(),
          ),
      );

    api.post(
      '/collection-windows/:id/returns/:urn/decision',
      {
        config: { permission: 'collection:manage' },
        schema: {
          tags,
          summary: 'The LA accepts the return, or returns it with a comment',
          params: returnParams,
          body: z.object({
            decision: z.enum(['accept', 'return']),
            comment: z.string().max(2000).default(''),
          }),
        },
      },
      async (request, reply) => {
        await services.inYearReturns.decide(
          actorOf(request),
          request.params.id,
          request.params.urn,
          request.body.decision,
          request.body.comment,
          today(),
        );
        return reply.status(201).send();
      },
    );

    api.get(
      '/collection-windows/:id/picture',
      {
        config: { permission: 'collection:analyse' },
        schema: { tags, summary: 'The LA’s in-year picture, weighted by pupils', params: z.object({ id }) },
      },
      async (request) => services.inYearAnalysis.picture(actorOf(request), request.params.id),
    );

    api.get(
      '/collection-windows/:id/accuracy',
      {
        config: { permission: 'collection:analyse' },
        schema: {
          tags,
          summary: 'Predictions against results, per school and for the LA',
          params: z.object({ id }),
        },
      },
      async (request) => services.inYearAnalysis.accuracy(request.params.id),
    );

    api.put(
      '/data-sharing-agreements/:urn',
      {
        config: { permission: 'collection:manage' },
        schema: {
          tags,
          summary: 'A school’s data-sharing agreement as it now stands',
          params: z.object({ urn }),
          body: agreementInput,
        },
      },
      async (request, reply) => {
        await services.agreements.set(actorOf(request), request.params.urn, request.body);
        return reply.status(204).send();
      },
    );

    api.get(
      '/data-sharing-agreements',
      {
        config: { permission: 'collection:manage' },
        schema: {
          tags: ['collection'],
          summary: 'Each school’s data-sharing agreement, and those without one in force',
        },
      },
      async () => services.agreements.list(config.localAuthority.code, today()),
    );
  };
}
