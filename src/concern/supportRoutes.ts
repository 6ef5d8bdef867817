import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { ValidationError, formErrors } from '../kernel/errors.ts';
import type { Actor } from '../access/actor.ts';
import { concernPermissions } from './permissions.ts';
import { visitStatuses } from './schema.ts';
import {
  downloadLinks,
  listTable,
  sortHeaders,
  sortQuery,
  sortRows,
  sortedAs,
} from '../kernel/tables/sorting.ts';
import { sendTables } from '../kernel/tables/send.ts';
import { supportColumns } from './supportList.ts';
import { actorOf, csrf, id, laCode, text, today, urn } from './routeParts.ts';

const visitForm = z.object({ visitOn: text, days: text, purpose: text, ...csrf });
const visitUpdateForm = z.object({ status: text, notes: text, share: z.string().optional(), ...csrf });
const responseForm = z.object({ response: text, ...csrf });
// "1.5" is a number; "" or "one" is not, and the service says so.
const supportQuery = z.object({
  la: laCode.optional(),
  ...sortQuery.shape,
  format: z.enum(['csv', 'xlsx']).optional().catch(undefined),
});
type SupportQuery = Partial<z.infer<typeof supportQuery>>;
const asNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/** Support "in inverse proportion to success" (seed 000, 3.1): allowances, visits and their notes. */
export function supportRoutes(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    async function supportPage(
      reply: FastifyReply,
      actor: Actor,
      laCode: string,
      extra: Record<string, unknown> = {},
      query: SupportQuery = {},
    ) {
      const las = await services.schools.localAuthorities();
      const support = await services.support.laSupport(laCode);
      const columns = supportColumns(support.allowances.map((a) => a.category));
      const sorted = sortedAs(query);
      const schools = sortRows(support.schools, 'schools', columns, sorted);
      const shownAs = { la: laCode, sort: query.sort, order: query.order };
      if (query.format !== undefined)
        return sendTables(
          reply,
          [listTable('schools', 'Schools with a category or a visit this year', columns, schools)],
          { table: 'schools', format: query.format },
          `support-${laCode}`,
        );
      return reply.page('concern/views/support.njk', {
        pageTitle: 'Support days against allowance',
        las,
        form: { la: laCode },
        laName: las.find((l) => l.code === laCode)?.name ?? laCode,
        support: { ...support, schools },
        headers: sortHeaders('/concern/support', shownAs, 'schools', columns, sorted),
        downloads: downloadLinks('/concern/support', shownAs, 'schools'),
        canConfigure: concernPermissions.has(actor.role, 'concern:configure'),
        ...extra,
      });
    }

    async function visitsPage(
      reply: FastifyReply,
      actor: Actor,
      schoolUrn: number,
      extra: Record<string, unknown> = {},
    ) {
      const support = await services.support.schoolSupport(actor, schoolUrn);
      return reply.page('concern/views/visits.njk', {
        pageTitle: `${support.school.name}: support visits`,
        ...support,
        visitStatuses,
        today: today(),
        canDecide: concernPermissions.has(actor.role, 'concern:decide'),
        canRespond: concernPermissions.has(actor.role, 'visits:respond'),
        ...extra,
      });
    }

    routes.get(
      '/concern/support',
      {
        config: { permission: 'concern:read' },
        schema: { querystring: supportQuery },
      },
      async (request, reply) =>
        supportPage(
          reply,
          actorOf(request),
          request.query.la ?? config.localAuthority.code,
          {},
          request.query,
        ),
    );

    routes.post(
      '/concern/:la/allowances',
      {
        config: { permission: 'concern:configure' },
        schema: { params: z.object({ la: laCode }), body: z.record(z.string(), z.string()) },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { _csrf: _token, ...days } = request.body;
        try {
          await services.support.setAllowances(
            actor,
            request.params.la,
            Object.fromEntries(Object.entries(days).map(([k, v]) => [k, asNumber(v)])),
          );
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return supportPage(reply.status(400), actor, request.params.la, {
            ...formErrors(error),
            entered: days,
          });
        }
        return reply.redirect(`/concern/support?la=${request.params.la}`, 303);
      },
    );

    routes.get(
      '/schools/:urn/visits',
      { config: { permission: 'schools:read' }, schema: { params: z.object({ urn }) } },
      async (request, reply) => visitsPage(reply, actorOf(request), request.params.urn),
    );

    routes.post(
      '/schools/:urn/visits',
      { config: { permission: 'concern:decide' }, schema: { params: z.object({ urn }), body: visitForm } },
      async (request, reply) => {
        const actor = actorOf(request);
        const form = request.body;
        try {
          await services.support.scheduleVisit(actor, request.params.urn, {
            visitOn: form.visitOn,
            days: asNumber(form.days),
            purpose: form.purpose,
          });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return visitsPage(reply.status(400), actor, request.params.urn, {
            visitForm: form,
            ...formErrors(error),
          });
        }
        return reply.redirect(`/schools/${String(request.params.urn)}/visits`, 303);
      },
    );

    routes.post(
      '/visits/:id',
      {
        config: { permission: 'concern:decide' },
        schema: { params: z.object({ id }), body: visitUpdateForm },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const form = request.body;
        const visit = await services.support.visit(request.params.id);
        try {
          await services.support.updateVisit(actor, request.params.id, {
            status: form.status as 'done',
            notes: form.notes,
            share: form.share === 'yes',
          });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return visitsPage(reply.status(400), actor, visit.urn, {
            updateForm: { id: request.params.id, ...form },
            ...formErrors(error),
          });
        }
        return reply.redirect(`/schools/${String(visit.urn)}/visits#visit-${String(request.params.id)}`, 303);
      },
    );

    routes.post(
      '/visits/:id/response',
      { config: { permission: 'visits:respond' }, schema: { params: z.object({ id }), body: responseForm } },
      async (request, reply) => {
        const actor = actorOf(request);
        try {
          await services.support.respond(actor, request.params.id, { response: request.body.response });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return visitsPage(reply.status(400), actor, actor.schoolUrn ?? 0, {
            responseForm: { id: request.params.id, ...request.body },
            ...formErrors(
              new ValidationError(
                error.problems.map((p) => ({ ...p, field: `response-${String(request.params.id)}` })),
              ),
            ),
          });
        }
        return reply.redirect(
          `/schools/${String(actor.schoolUrn ?? 0)}/visits#visit-${String(request.params.id)}`,
          303,
        );
      },
    );
  };
}
