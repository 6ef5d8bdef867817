import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { UnauthenticatedError, ValidationError, formErrors } from '../kernel/errors.ts';
import { todayIso as today } from '../kernel/format.ts';
import { formBody, idParams, listFrom, numberFrom, optional } from '../kernel/forms.ts';
import { collectionPermissions } from './permissions.ts';
import { agreementStatuses } from './rules/agreement.ts';
import { returnStatuses } from './rules/workflow.ts';
import { groupWords } from './rules/grid.ts';
import { renderReturnPage, returnFromForm } from './returnPage.ts';
import { returnTemplate } from './workbook.ts';

const read = { permission: 'collection:read' as const };
const submit = { permission: 'collection:submit' as const };
const manage = { permission: 'collection:manage' as const };
const analyse = { permission: 'collection:analyse' as const };

const id = z.coerce.number().int().positive().max(2_147_483_647);
const returnParams = z.object({ id, urn: z.coerce.number().int().min(100000).max(9999999) });
const urnParams = z.object({ urn: z.coerce.number().int().min(100000).max(9999999) });
const overviewQuery = z.object({
  status: z.enum(returnStatuses).or(z.literal('')).optional(),
  late: z.enum(['yes', '']).optional(),
});

const actorOf = (request: { actor?: Actor }) => {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
};

/** In-year returns from schools, as pages (SPEC C7). */
export function collectionRoutes(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const manages = (actor: Actor) => collectionPermissions.has(actor.role, 'collection:manage');

    async function homePage(
      reply: FastifyReply,
      actor: Actor,
      problem?: { values: Record<string, string>; error: ValidationError },
    ) {
      const windows = await services.collectionWindows.list(actor);
      // A school's or trust's people see where each of their returns has got to.
      const mine = manages(actor)
        ? []
        : await Promise.all(
            windows.map(async (w) => ({
              window: w,
              schools: (await services.collectionWindows.overview(actor, w.id, today())).schools,
            })),
          );
      return reply.status(problem ? 400 : 200).page('collection/views/collection.njk', {
        pageTitle: 'Data returns',
        windows,
        mine,
        canManage: manages(actor),
        laCode: config.localAuthority.code,
        today: today(),
        form: problem?.values ?? {},
        ...(problem ? formErrors(problem.error) : {}),
      });
    }

    routes.get('/collection', { config: read }, async (request, reply) => homePage(reply, actorOf(request)));

    routes.post(
      '/collection/windows',
      { config: manage, schema: { body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        const phases = (['Primary', 'Secondary'] as const).filter((p) => body[`phase-${p}`] === 'yes');
        try {
          const windowId = await services.collectionWindows.open(actor, {
            name: body.name ?? '',
            laCode: body.laCode ?? config.localAuthority.code,
            opensOn: body.opensOn ?? '',
            closesOn: body.closesOn ?? '',
            phases,
            yearGroups: Object.fromEntries(
              phases.flatMap((p) => {
                const chosen = listFrom(body[`years-${p}`]);
                return chosen.length === 0 ? [] : [[p, chosen]];
              }),
            ),
            tolerance: numberFrom(body.tolerance) ?? 3,
          });
          return await reply.redirect(`/collection/windows/${String(windowId)}`, 303);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return homePage(reply, actor, { values: body, error });
        }
      },
    );

    routes.get(
      '/collection/windows/:id',
      { config: read, schema: { params: idParams, querystring: overviewQuery } },
      async (request, reply) => {
        const actor = actorOf(request);
        const status = request.query.status === '' ? undefined : request.query.status;
        const overview = await services.collectionWindows.overview(actor, request.params.id, today(), {
          status,
          late: request.query.late === 'yes',
        });
        return reply.page('collection/views/window.njk', {
          pageTitle: overview.window.name,
          overview,
          query: request.query,
          statuses: returnStatuses,
          canManage: manages(actor),
          canAnalyse: collectionPermissions.has(actor.role, 'collection:analyse'),
          today: today(),
        });
      },
    );

    routes.post(
      '/collection/windows/:id/chases',
      { config: manage, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const urn = numberFrom(request.body.urn) ?? Number.NaN;
        await services.collectionWindows.chase(actorOf(request), request.params.id, urn, today());
        return reply.redirect(`/collection/windows/${String(request.params.id)}?late=yes#late`, 303);
      },
    );

    routes.get(
      '/collection/windows/:id/schools/:urn',
      { config: read, schema: { params: returnParams } },
      async (request, reply) =>
        renderReturnPage(services, reply, actorOf(request), request.params.id, request.params.urn),
    );

    routes.post(
      '/collection/windows/:id/schools/:urn',
      { config: submit, schema: { params: returnParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { id: windowId, urn } = request.params;
        const body = request.body;
        const step =
          body.action === 'authorise'
            ? 'authorise'
            : body.action === 'send'
              ? 'send for authorisation'
              : 'save';
        const view = await services.inYearReturns.view(actor, windowId, urn, today());
        try {
          await services.inYearReturns.change(
            actor,
            windowId,
            urn,
            step,
            returnFromForm(view.grid, body),
            today(),
          );
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return renderReturnPage(services, reply, actor, windowId, urn, { values: body, error });
        }
        return reply.redirect(`/collection/windows/${String(windowId)}/schools/${String(urn)}#status`, 303);
      },
    );

    routes.post(
      '/collection/windows/:id/schools/:urn/decision',
      { config: manage, schema: { params: returnParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { id: windowId, urn } = request.params;
        try {
          await services.inYearReturns.decide(
            actor,
            windowId,
            urn,
            request.body.decision === 'return' ? 'return' : 'accept',
            request.body.comment ?? '',
            today(),
          );
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return renderReturnPage(services, reply, actor, windowId, urn, { values: request.body, error });
        }
        return reply.redirect(`/collection/windows/${String(windowId)}/schools/${String(urn)}#status`, 303);
      },
    );

    routes.get(
      '/collection/windows/:id/schools/:urn/template.xlsx',
      { config: read, schema: { params: returnParams } },
      async (request, reply) => {
        const view = await services.inYearReturns.view(
          actorOf(request),
          request.params.id,
          request.params.urn,
          today(),
        );
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="return-${String(view.window.id)}-${String(view.school.urn)}.xlsx"`,
          )
          .send(
            await returnTemplate({
              school: view.school,
              windowName: view.window.name,
              grid: view.grid,
              figures: view.figures,
              predictions: view.predictions,
              notes: view.notes,
            }),
          );
      },
    );

    routes.get(
      '/collection/windows/:id/picture',
      { config: analyse, schema: { params: idParams } },
      async (request, reply) => {
        const picture = await services.inYearAnalysis.picture(actorOf(request), request.params.id);
        return reply.page('collection/views/picture.njk', {
          pageTitle: `${picture.window.name}: the LA’s in-year picture`,
          picture,
          groupWords,
        });
      },
    );

    routes.get(
      '/collection/windows/:id/accuracy',
      { config: analyse, schema: { params: idParams } },
      async (request, reply) => {
        const accuracy = await services.inYearAnalysis.accuracy(request.params.id);
        return reply.page('collection/views/accuracy.njk', {
          pageTitle: `${accuracy.window.name}: predictions against results`,
          accuracy,
        });
      },
    );

    async function agreementsPage(
      reply: FastifyReply,
      problem?: { urn: number; values: Record<string, string>; error: ValidationError },
    ) {
      const la = config.localAuthority.code;
      const schools = await services.agreements.list(la, today());
      return reply.status(problem ? 400 : 200).page('collection/views/agreements.njk', {
        pageTitle: 'Data-sharing agreements',
        schools,
        statuses: agreementStatuses,
        without: schools.filter((s) => s.problem !== null).length,
        problemUrn: problem?.urn ?? null,
        form: problem?.values ?? {},
        ...(problem ? formErrors(problem.error) : {}),
      });
    }

    routes.get('/collection/agreements', { config: manage }, async (_request, reply) =>
      agreementsPage(reply),
    );

    routes.post(
      '/collection/agreements/:urn',
      { config: manage, schema: { params: urnParams, body: formBody } },
      async (request, reply) => {
        const body = request.body;
        const { urn } = request.params;
        try {
          await services.agreements.set(actorOf(request), urn, {
            status: body.status ?? '',
            scope: body.scope ?? '',
            signatory: body.signatory ?? '',
            signedOn: optional(body.signedOn),
            expiresOn: optional(body.expiresOn),
          });
          if (optional(body.authoriser) !== null)
            await services.agreements.addAuthoriser(actorOf(request), urn, body.authoriser ?? '');
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return agreementsPage(reply, { urn, values: body, error });
        }
        return reply.redirect(`/collection/agreements#school-${String(urn)}`, 303);
      },
    );
  };
}
