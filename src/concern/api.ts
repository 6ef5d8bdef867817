import { todayIso } from '../kernel/format.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { ForbiddenError, UnauthenticatedError } from '../kernel/errors.ts';
import { cannotSeeCategory } from './routeParts.ts';
import type { SignedInUser } from '../access/actor.ts';
import {
  allowancesInput,
  decisionInput,
  intelligenceInput,
  interventionChangeInput,
  interventionInput,
  meetingInput,
  riskModelInput,
  visitInput,
  visitResponseInput,
  visitUpdateInput,
} from './inputs.ts';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const urn = z.coerce.number().int().min(100_000).max(999_999);
const laParams = z.object({
  la: z.string().regex(/^\d{3}$/, 'An LA code is DfE’s three-digit LA number, like 851'),
});
const period = z.object({
  la: laParams.shape.la.optional(),
  from: z.iso.date('Write dates as YYYY-MM-DD').optional(),
  to: z.iso.date('Write dates as YYYY-MM-DD').optional(),
});
const tags = ['concern'];

function signedIn(actor: SignedInUser | undefined): SignedInUser {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

const reviewQuery = z.object({
  la: z
    .string()
    .regex(/^(\d{3}|all)$/, 'An LA code is DfE’s three-digit LA number, like 851, or "all" for England'),
  asAt: z.iso.date('Write dates as YYYY-MM-DD').optional(),
});

export function concernApi(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/concern/review',
      {
        config: { permission: 'concern:read' },
        schema: {
          tags: ['concern'],
          summary:
            'The desk-top review: each open school’s proposed category, score and reasons (nothing is written)',
          querystring: reviewQuery,
        },
      },
      async (request) =>
        services.concern.review(
          request.query.la === 'all' ? null : request.query.la,
          request.query.asAt ?? todayIso(),
        ),
    );

    app.withTypeProvider<ZodTypeProvider>().get(
      '/schools/:urn/category',
      {
        // Officers see every school's; a school or trust sees its own only when its LA shares it.
        config: { permission: 'schools:read' },
        schema: {
          tags: ['concern'],
          summary: 'A school’s category of concern and its history, for those allowed to see it',
          params: z.object({ urn: z.coerce.number().int().min(100_000).max(999_999) }),
        },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        return services.concern.categoryOf(request.actor, request.params.urn);
      },
    );

    // The twins of the concern pages and forms: the same services, so the same checks, words and audit.
    const api = app.withTypeProvider<ZodTypeProvider>();
    const decide = { permission: 'concern:decide' as const };
    const configure = { permission: 'concern:configure' as const };
    const la = (given: string | undefined) => given ?? config.localAuthority.code;

    api.get(
      '/concern/meetings',
      {
        config: { permission: 'concern:read' },
        schema: {
          tags,
          summary: 'An LA’s School Assessment Meetings and their decisions',
          querystring: z.object({ la: laParams.shape.la.optional() }),
        },
      },
      async (request) => services.concern.meetings(la(request.query.la)),
    );

    api.post(
      '/concern/meetings',
      {
        config: decide,
        schema: {
          tags,
          summary: 'Start a School Assessment Meeting, with each school’s proposed category',
          body: meetingInput.meta({
            examples: [
              { laCode: '851', heldOn: '2017-01-12', attendees: 'Head of school improvement; two advisers' },
            ],
          }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await services.concern.createMeeting(signedIn(request.actor), request.body)),
    );

    api.get(
      '/concern/meetings/:id',
      {
        config: { permission: 'concern:read' },
        schema: {
          tags,
          summary: 'A School Assessment Meeting: each school, its proposal and the decision',
          params: z.object({ id }),
        },
      },
      async (request) => services.concern.meeting(request.params.id),
    );

    api.post(
      '/concern/meetings/:id/schools/:urn',
      {
        config: decide,
        schema: {
          tags,
          summary: 'Decide a school’s category at the meeting, with the rationale',
          params: z.object({ id, urn }),
          body: decisionInput.meta({
            examples: [
              {
                category: 'Amber',
                rationale: 'Results below national for two years',
                academyReferral: false,
              },
            ],
          }),
        },
      },
      async (request) => {
        await services.concern.decide(
          signedIn(request.actor),
          request.params.id,
          request.params.urn,
          request.body,
        );
        return services.concern.meeting(request.params.id);
      },
    );

    api.get(
      '/schools/:urn/concern',
      {
        config: { permission: 'schools:read' },
        schema: {
          tags,
          summary: 'A school’s category, intelligence and interventions, as its page shows them',
          params: z.object({ urn }),
        },
      },
      async (request) => {
        const actor = signedIn(request.actor);
        // As the page: the school must be in the person's scope, and its category shown to them.
        await services.schools.get(actor, request.params.urn);
        const concern = await services.concern.schoolConcern(actor, request.params.urn);
        if (!concern) throw new ForbiddenError(cannotSeeCategory);
        return concern;
      },
    );

    api.post(
      '/schools/:urn/intelligence',
      {
        config: decide,
        schema: {
          tags,
          summary: 'Record soft intelligence about a school',
          params: z.object({ urn }),
          body: intelligenceInput.meta({
            examples: [{ kind: 'governance', notedOn: '2017-02-01', note: 'Chair of governors resigned' }],
          }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await services.concern.recordIntelligence(
              signedIn(request.actor),
              request.params.urn,
              request.body,
            ),
          ),
    );

    api.post(
      '/schools/:urn/interventions',
      {
        config: decide,
        schema: {
          tags,
          summary: 'Start a formal intervention (a warning notice, say)',
          params: z.object({ urn }),
          body: interventionInput,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await services.concern.startIntervention(
              signedIn(request.actor),
              request.params.urn,
              request.body,
            ),
          ),
    );

    api.patch(
      '/interventions/:id',
      {
        config: decide,
        schema: {
          tags,
          summary: 'Update an intervention’s status, end and outcome',
          params: z.object({ id }),
          body: interventionChangeInput,
        },
      },
      async (request) =>
        services.concern.changeIntervention(signedIn(request.actor), request.params.id, request.body),
    );

    api.get(
      '/schools/:urn/visits',
      {
        config: { permission: 'schools:read' },
        schema: {
          tags,
          summary: 'A school’s support visits, days used and allowance',
          params: z.object({ urn }),
        },
      },
      async (request) => services.support.schoolSupport(signedIn(request.actor), request.params.urn),
    );

    api.post(
      '/schools/:urn/visits',
      {
        config: decide,
        schema: {
          tags,
          summary: 'Schedule a support visit',
          params: z.object({ urn }),
          body: visitInput.meta({
            examples: [{ visitOn: '2017-03-01', days: 1, purpose: 'Review of the maths action plan' }],
          }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await services.support.scheduleVisit(signedIn(request.actor), request.params.urn, request.body),
          ),
    );

    api.patch(
      '/visits/:id',
      {
        config: decide,
        schema: {
          tags,
          summary: 'Record a visit’s status and notes, and share the notes',
          params: z.object({ id }),
          body: visitUpdateInput,
        },
      },
      async (request) =>
        services.support.updateVisit(signedIn(request.actor), request.params.id, request.body),
    );

    api.post(
      '/visits/:id/response',
      {
        config: { permission: 'visits:respond' },
        schema: {
          tags,
          summary: 'The school’s response to shared visit notes',
          params: z.object({ id }),
          body: visitResponseInput,
        },
      },
      async (request) => services.support.respond(signedIn(request.actor), request.params.id, request.body),
    );

    api.get(
      '/concern/support',
      {
        config: { permission: 'concern:read' },
        schema: {
          tags,
          summary: 'Support days used against allowance, school by school',
          querystring: z.object({ la: laParams.shape.la.optional() }),
        },
      },
      async (request) => services.support.laSupport(la(request.query.la)),
    );

    api.put(
      '/concern/:la/allowances',
      {
        config: configure,
        schema: {
          tags,
          summary: 'Days of support a year for each category',
          params: laParams,
          body: allowancesInput.meta({ examples: [{ Red: 10, Amber: 6, Green: 2 }] }),
        },
      },
      async (request) => {
        await services.support.setAllowances(signedIn(request.actor), request.params.la, request.body);
        return services.support.laSupport(request.params.la);
      },
    );

    api.get(
      '/concern/:la/model',
      {
        config: configure,
        schema: { tags, summary: 'The LA’s risk model: its rules and categories', params: laParams },
      },
      async (request) => services.concern.modelFor(request.params.la),
    );

    api.put(
      '/concern/:la/model',
      {
        config: configure,
        schema: { tags, summary: 'Replace the LA’s risk model', params: laParams, body: riskModelInput },
      },
      async (request) => {
        await services.concern.saveModel(signedIn(request.actor), request.params.la, request.body);
        return services.concern.modelFor(request.params.la);
      },
    );

    api.put(
      '/concern/:la/sharing',
      {
        config: configure,
        schema: {
          tags,
          summary: 'Whether schools and trusts see their own category',
          params: laParams,
          body: z.object({ share: z.boolean('Say true or false') }),
        },
      },
      async (request) => {
        await services.concern.setSharing(signedIn(request.actor), request.params.la, request.body.share);
        return { share: request.body.share };
      },
    );

    api.get(
      '/concern/report',
      {
        config: { permission: 'concern:report' },
        schema: { tags, summary: 'The operational group’s report for a period', querystring: period },
      },
      async (request) => services.concern.report(la(request.query.la), request.query.from, request.query.to),
    );
  };
}
