import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import { UnauthenticatedError, ValidationError, formErrors } from '../kernel/errors.ts';
import { todayIso as today } from '../kernel/format.ts';
import { supportPermissions } from './permissions.ts';
import { formBody, idParams, lines, listFrom, numberFrom } from '../kernel/forms.ts';
import { overallJudgements, statusWords } from './rules/deployment.ts';
import { qualityJudgements } from './rules/commissioning.ts';

const read = { permission: 'support:read' as const };
const manage = { permission: 'support:manage' as const };

const directoryQuery = z.object({
  q: z.string().max(200).optional(),
  designation: z.string().max(20).optional(),
  specialism: z.string().max(100).optional(),
  free: z.enum(['yes', '']).optional(),
});

const newDeploymentQuery = z.object({
  urn: z.string().max(10).optional(),
  needs: z.string().max(500).optional(),
});

const actorOf = (request: { actor?: Actor }) => {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
};

/** The directory of system leaders and their deployments, as pages (SPEC C6). */
export function supportRoutes(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.get('/support', { config: read }, async (request, reply) => {
      const actor = actorOf(request);
      return reply.page('support/views/support.njk', {
        pageTitle: 'Support',
        deployments: await services.deployments.list(actor),
        canManage: supportPermissions.has(actor.role, 'support:manage'),
        statusWords,
      });
    });

    async function directoryPage(
      reply: FastifyReply,
      actor: Actor,
      query: z.infer<typeof directoryQuery>,
      problem?: { values: Record<string, string>; error: ValidationError },
    ) {
      const [leaders, designations] = await Promise.all([
        services.systemLeaders.list(
          {
            q: query.q,
            designation: query.designation === '' ? undefined : query.designation,
            specialism: query.specialism === '' ? undefined : query.specialism,
            withDaysLeft: query.free === 'yes',
          },
          today(),
        ),
        services.systemLeaders.designations(),
      ]);
      return reply.status(problem ? 400 : 200).page('support/views/leaders.njk', {
        pageTitle: 'System leaders',
        leaders,
        designations,
        query,
        canManage: supportPermissions.has(actor.role, 'support:manage'),
        form: problem?.values ?? {},
        ...(problem ? formErrors(problem.error) : {}),
      });
    }

    routes.get(
      '/support/leaders',
      { config: read, schema: { querystring: directoryQuery } },
      async (request, reply) => directoryPage(reply, actorOf(request), request.query),
    );

    routes.post(
      '/support/leaders',
      { config: manage, schema: { body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        try {
          const id = await services.systemLeaders.addLeader(actor, {
            name: body.name ?? '',
            designation: body.designation ?? '',
            designatedOn: (body.designatedOn ?? '') === '' ? null : (body.designatedOn ?? null),
            expiresOn: (body.expiresOn ?? '') === '' ? null : (body.expiresOn ?? null),
            homeUrn: numberFrom(body.homeUrn),
            specialisms: listFrom(body.specialisms),
            daysPerYear: numberFrom(body.daysPerYear) ?? Number.NaN,
          });
          return await reply.redirect(`/support/leaders/${String(id)}`, 303);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return directoryPage(reply, actor, {}, { values: body, error });
        }
      },
    );

    async function leaderPage(reply: FastifyReply, actor: Actor, id: number, error?: ValidationError) {
      const leader = await services.systemLeaders.leader(id, today());
      const deployments = (await services.deployments.list(actor)).filter((d) => d.leaderId === id);
      return reply.status(error ? 400 : 200).page('support/views/leader.njk', {
        pageTitle: leader.name,
        leader,
        deployments,
        statusWords,
        canManage: supportPermissions.has(actor.role, 'support:manage'),
        ...(error ? formErrors(error) : {}),
      });
    }

    routes.get(
      '/support/leaders/:id',
      { config: read, schema: { params: idParams } },
      async (request, reply) => leaderPage(reply, actorOf(request), request.params.id),
    );

    routes.post(
      '/support/leaders/:id/conflicts',
      { config: manage, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        try {
          await services.systemLeaders.declareConflict(actor, request.params.id, {
            urn: numberFrom(body.urn),
            trustId: (body.trustId ?? '').trim() === '' ? null : (body.trustId ?? null),
            reason: body.reason ?? '',
          });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return leaderPage(reply, actor, request.params.id, error);
        }
        return reply.redirect(`/support/leaders/${String(request.params.id)}#conflicts`, 303);
      },
    );

    /** Brokering: the school, what it needs, the leaders suggested for it, and the deployment's terms. */
    async function newDeploymentPage(
      reply: FastifyReply,
      query: z.infer<typeof newDeploymentQuery>,
      problem?: { values: Record<string, string>; error: ValidationError },
    ) {
      const urn = numberFrom(query.urn ?? problem?.values.urn);
      const needs = listFrom(query.needs ?? problem?.values.needs);
      const school = urn !== null && Number.isInteger(urn) ? await services.deployments.schoolFor(urn) : null;
      const suggestions = school
        ? await services.systemLeaders.suggestFor(school, { phase: school.phase, areas: needs }, today())
        : [];
      return reply.status(problem ? 400 : 200).page('support/views/new-deployment.njk', {
        pageTitle: 'Broker a system leader',
        school,
        needs: needs.join(', '),
        urnGiven: query.urn ?? problem?.values.urn ?? '',
        suggestions,
        form: problem?.values ?? {},
        ...(problem ? formErrors(problem.error) : {}),
      });
    }

    routes.get(
      '/support/deployments/new',
      { config: manage, schema: { querystring: newDeploymentQuery } },
      async (request, reply) => newDeploymentPage(reply, request.query),
    );

    routes.post(
      '/support/deployments',
      { config: manage, schema: { body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        const urn = numberFrom(body.urn) ?? Number.NaN;
        try {
          const category = Number.isInteger(urn)
            ? ((await services.concern.categoryOf(actor, urn).catch(() => null))?.category ?? null)
            : null;
          const id = await services.deployments.propose(
            actor,
            {
              leaderId: numberFrom(body.leaderId) ?? Number.NaN,
              urn,
              purpose: body.purpose ?? '',
              objectives: lines(body.objectives).map((text) => ({ text, areas: listFrom(body.needs) })),
              daysAgreed: numberFrom(body.daysAgreed) ?? Number.NaN,
              startsOn: body.startsOn ?? '',
              endsOn: body.endsOn ?? '',
            },
            category,
          );
          return await reply.redirect(`/support/deployments/${String(id)}`, 303);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return newDeploymentPage(reply, {}, { values: body, error });
        }
      },
    );

    async function deploymentPage(reply: FastifyReply, actor: Actor, id: number, error?: ValidationError) {
      const deployment = await services.deployments.deployment(actor, id);
      return reply.status(error ? 400 : 200).page('support/views/deployment.njk', {
        pageTitle: `${deployment.leader} at ${deployment.school}`,
        deployment,
        statusWords,
        judgements: overallJudgements,
        qualityReviews: deployment.canManage ? await services.qualityReviews.of({ deploymentIds: [id] }) : [],
        qualityJudgements,
        today: today(),
        ...(error ? formErrors(error) : {}),
      });
    }

    routes.get(
      '/support/deployments/:id',
      { config: read, schema: { params: idParams } },
      async (request, reply) => deploymentPage(reply, actorOf(request), request.params.id),
    );

    /** A change to a deployment from its page: done and back, or the page with its problem. */
    const changeDeployment = async (
      reply: FastifyReply,
      actor: Actor,
      id: number,
      change: () => Promise<unknown>,
      anchor: string,
    ) => {
      try {
        await change();
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return deploymentPage(reply, actor, id, error);
      }
      return reply.redirect(`/support/deployments/${String(id)}#${anchor}`, 303);
    };

    routes.post(
      '/support/deployments/:id/move',
      { config: read, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        return changeDeployment(
          reply,
          actor,
          request.params.id,
          () =>
            services.deployments.move(actor, request.params.id, {
              to: request.body.to ?? '',
              why: request.body.why ?? '',
            }),
          'status',
        );
      },
    );

    routes.post(
      '/support/deployments/:id/visits',
      { config: read, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        return changeDeployment(
          reply,
          actor,
          request.params.id,
          () =>
            services.deployments.logVisit(actor, request.params.id, {
              visitedOn: request.body.visitedOn ?? '',
              days: numberFrom(request.body.days) ?? Number.NaN,
              note: request.body.note ?? '',
            }),
          'visits',
        );
      },
    );

    routes.post(
      '/support/deployments/:id/reviews',
      { config: read, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        const ratings = Object.keys(body)
          .filter((field) => /^rating-\d+$/.test(field))
          .sort((a, b) => Number(a.slice(7)) - Number(b.slice(7)))
          .map((field) => ({ rating: body[field] ?? '', comment: body[`comment-${field.slice(7)}`] ?? '' }));
        return changeDeployment(
          reply,
          actor,
          request.params.id,
          () =>
            services.deployments.review(actor, request.params.id, {
              term: body.term ?? '',
              ratings,
              overall: body.overall ?? '',
            }),
          'reviews',
        );
      },
    );

    routes.post(
      '/support/deployments/:id/quality',
      { config: manage, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        return changeDeployment(
          reply,
          actor,
          request.params.id,
          () =>
            services.qualityReviews.judge(
              actor,
              { deploymentId: request.params.id },
              { judgement: body.judgement, evidence: body.evidence ?? '', judgedOn: body.judgedOn ?? '' },
            ),
          'quality',
        );
      },
    );
  };
}
