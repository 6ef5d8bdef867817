import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Actor } from '../access/actor.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { todayIso as today } from '../kernel/format.ts';
import { leaderInput } from './directory.ts';
import { deploymentInput, moveInput, reviewInput, visitInput } from './deployments.ts';
import { academicYearParam, approvalInput, workInput } from './commissioning.ts';
import { programmeInput, sessionInput } from './programmes.ts';
import { qualityInput } from './quality.ts';
import { impactQuery } from './impactReports.ts';

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

    api.post(
      '/deployments/:id/reviews',
      {
        config: read,
        schema: {
          tags,
          summary: 'The termly review: each objective red, amber or green, and a judgement',
          params,
          body: reviewInput,
        },
      },
      async (request, reply) => {
        await services.deployments.review(actorOf(request), request.params.id, request.body);
        return reply.status(201).send();
      },
    );

    api.post(
      '/deployments/:id/quality',
      {
        config: manage,
        schema: {
          tags,
          summary: 'An officer’s judgement of the deployment’s quality, with evidence',
          params,
          body: qualityInput,
        },
      },
      async (request, reply) => {
        await services.qualityReviews.judge(
          actorOf(request),
          { deploymentId: request.params.id },
          request.body,
        );
        return reply.status(201).send();
      },
    );

    api.get(
      '/programmes',
      {
        config: read,
        schema: { tags, summary: 'Programmes of support, with their numbers of schools and sessions' },
      },
      async () => services.programmes.list(),
    );

    api.get(
      '/programmes/:id',
      {
        config: read,
        schema: { tags, summary: 'A programme: its schools and attendance, sessions and KPIs', params },
      },
      async (request) => {
        const programme = await services.programmes.programme(request.params.id);
        return { ...programme, quality: await services.qualityReviews.of({ programmeIds: [programme.id] }) };
      },
    );

    api.post(
      '/programmes',
      { config: manage, schema: { tags, summary: 'A programme of support set up', body: programmeInput } },
      async (request, reply) => {
        const created = await services.programmes.create(actorOf(request), request.body);
        return reply.status(201).send({ id: created });
      },
    );

    api.post(
      '/programmes/:id/schools',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Schools join the programme, by URN',
          params,
          body: z.object({ urns: z.array(z.number().int()).min(1).max(500) }),
        },
      },
      async (request, reply) => {
        await services.programmes.addSchools(actorOf(request), request.params.id, request.body.urns);
        return reply.status(201).send();
      },
    );

    api.post(
      '/programmes/:id/sessions',
      {
        config: manage,
        schema: { tags, summary: 'A session held, with the schools that came', params, body: sessionInput },
      },
      async (request, reply) => {
        const created = await services.programmes.addSession(
          actorOf(request),
          request.params.id,
          request.body,
        );
        return reply.status(201).send({ id: created });
      },
    );

    api.post(
      '/programmes/:id/quality',
      {
        config: manage,
        schema: {
          tags,
          summary: 'An officer’s judgement of the programme’s quality, with evidence',
          params,
          body: qualityInput,
        },
      },
      async (request, reply) => {
        await services.qualityReviews.judge(
          actorOf(request),
          { programmeId: request.params.id },
          request.body,
        );
        return reply.status(201).send();
      },
    );

    const yearParams = z.object({ year: academicYearParam });

    api.get(
      '/commissioning-plans/:year',
      {
        config: read,
        schema: {
          tags,
          summary: 'The commissioning plan for an academic year (2016 for 2016/17)',
          params: yearParams,
        },
      },
      async (request) => services.commissioning.plan(request.params.year),
    );

    api.post(
      '/commissioning-plans/:year/lines',
      {
        config: manage,
        schema: {
          tags,
          summary: 'A line of commissioned work in the year’s plan',
          params: yearParams,
          body: workInput,
        },
      },
      async (request, reply) => {
        const created = await services.commissioning.addLine(
          actorOf(request),
          request.params.year,
          request.body,
        );
        return reply.status(201).send({ id: created });
      },
    );

    api.post(
      '/commissioning-plans/:year/approval',
      {
        config: manage,
        schema: {
          tags,
          summary: 'The board decision, or the minute, that approved the year’s plan',
          params: yearParams,
          body: approvalInput,
        },
      },
      async (request, reply) => {
        await services.commissioning.approve(actorOf(request), request.params.year, request.body);
        return reply.status(201).send();
      },
    );

    api.get(
      '/impact',
      {
        config: read,
        schema: {
          tags,
          summary:
            'Whether a programme or a year’s deployments worked: difference in differences against matched schools',
          querystring: impactQuery,
        },
      },
      async (request) => {
        const { tables: _tables, ...report } = await services.impactReports.report(request.query);
        return report;
      },
    );

    // The rest of the commissioning and directory forms, through the same services.
    api.put(
      '/commissioning-plans/:year/priorities',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Start a year’s commissioning plan, or change its priorities (one a line)',
          params: yearParams,
          body: z.object({ priorities: z.string().max(10_000) }).meta({
            examples: [
              { priorities: 'Early reading in the west of the city\nAttendance of disadvantaged pupils' },
            ],
          }),
        },
      },
      async (request) => {
        await services.commissioning.setPriorities(
          actorOf(request),
          request.params.year,
          request.body.priorities,
        );
        return services.commissioning.plan(request.params.year);
      },
    );

    api.post(
      '/commissioned-work/:id/status',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Move a line of commissioned work on (planned, commissioned, delivered…)',
          params,
          body: z.object({ status: z.string().max(40) }),
        },
      },
      async (request) => {
        const year = await services.commissioning.setLineStatus(
          actorOf(request),
          request.params.id,
          request.body.status,
        );
        return services.commissioning.plan(year);
      },
    );

    api.post(
      '/system-leaders/:id/conflicts',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Declare a system leader’s conflict of interest with a school or trust',
          params,
          body: z
            .object({
              urn: z.number().int().nullable().default(null),
              trustId: z.string().max(20).nullable().default(null),
              reason: z.string().max(2000),
            })
            .meta({ examples: [{ urn: 116_581, reason: 'Chair of governors there until 2016' }] }),
        },
      },
      async (request, reply) => {
        await services.systemLeaders.declareConflict(actorOf(request), request.params.id, request.body);
        return reply.status(201).send();
      },
    );

    api.get(
      '/commissioning-plans',
      { config: read, schema: { tags, summary: 'The academic years that have a commissioning plan' } },
      async () => services.commissioning.years(),
    );
  };
}
