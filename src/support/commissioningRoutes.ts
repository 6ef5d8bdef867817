import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import { UnauthenticatedError, ValidationError, formErrors } from '../kernel/errors.ts';
import { formatDate, todayIso as today } from '../kernel/format.ts';
import { printable, type PrintedFigures } from '../kernel/printing.ts';
import { downloadQuery, sendTables } from '../kernel/tables/send.ts';
import { formBody, idParams, listFrom, numberFrom, optional } from '../kernel/forms.ts';
import { academicYearName } from '../governance/rules/academicYear.ts';
import { academicYearLabel } from '../performance/periods.ts';
import { supportPermissions } from './permissions.ts';
import { academicYearParam } from './commissioning.ts';
import { impactQuery, type ImpactQuery } from './impactReports.ts';
import type { ImpactReport } from './rules/impactReport.ts';
import { commissionedStatuses, providerKinds, qualityJudgements } from './rules/commissioning.ts';
import { commissioningTable } from './presenters.ts';

const read = { permission: 'support:read' as const };
const manage = { permission: 'support:manage' as const };
const yearParams = z.object({ year: academicYearParam });

const actorOf = (request: { actor?: Actor }) => {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
};

type Problem = { values: Record<string, string>; error: ValidationError };

/** The commissioning plan, programmes of support, quality assurance and impact, as pages (SPEC C6). */
export function commissioningRoutes(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const canManage = (actor: Actor) => supportPermissions.has(actor.role, 'support:manage');

    /** Done and on to the page, or the form's page again with its problem. */
    async function attempt(
      reply: FastifyReply,
      change: () => Promise<string>,
      again: (error: ValidationError) => Promise<unknown>,
    ) {
      let next: string;
      try {
        next = await change();
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return again(error);
      }
      return reply.redirect(next, 303);
    }

    // ---- The commissioning plan ----

    routes.get('/support/commissioning', { config: read }, async (request, reply) =>
      reply.page('support/views/commissioning-years.njk', {
        pageTitle: 'Commissioning plans',
        years: await services.commissioning.years(),
        canManage: canManage(actorOf(request)),
      }),
    );

    async function planPage(reply: FastifyReply, actor: Actor, year: number, problem?: Problem) {
      const manager = canManage(actor);
      const [plan, choices, leaders, programmes, decisions] = await Promise.all([
        services.commissioning.plan(year),
        manager ? services.commissioning.priorityChoices() : Promise.resolve({ priorities: [], actions: [] }),
        manager ? services.systemLeaders.list({}, today()) : Promise.resolve([]),
        manager ? services.programmes.choices() : Promise.resolve([]),
        manager ? services.commissioning.approvingDecisions() : Promise.resolve([]),
      ]);
      return reply.status(problem ? 400 : 200).page('support/views/commissioning.njk', {
        pageTitle: `Commissioning plan ${plan.name}`,
        plan,
        table: commissioningTable(plan),
        canManage: manager,
        choices,
        leaders: leaders.map((l) => ({ value: String(l.id), text: `${l.name} (${l.designation})` })),
        programmes,
        decisions: decisions.map((d) => ({ value: String(d.id), text: d.text })),
        providerKinds,
        statuses: commissionedStatuses,
        form: problem?.values ?? {},
        figures: { asAt: formatDate(today()) } satisfies PrintedFigures,
        ...(problem ? formErrors(problem.error) : {}),
      });
    }

    routes.post(
      '/support/commissioning',
      { config: manage, schema: { body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const year = academicYearParam.safeParse(request.body.academicYear);
        if (!year.success)
          return reply.status(400).page('support/views/commissioning-years.njk', {
            pageTitle: 'Commissioning plans',
            years: await services.commissioning.years(),
            canManage: true,
            ...formErrors(
              new ValidationError([{ field: 'academicYear', message: year.error.issues[0]?.message ?? '' }]),
            ),
          });
        await services.commissioning.setPriorities(actor, year.data, request.body.priorities ?? '');
        return reply.redirect(`/support/commissioning/${String(year.data)}`, 303);
      },
    );

    for (const { url, print } of printable('/support/commissioning/:year')) {
      routes.get(
        url,
        { config: { ...read, print }, schema: { params: yearParams } },
        async (request, reply) => planPage(reply, actorOf(request), request.params.year),
      );
    }

    routes.get(
      '/support/commissioning/:year/download',
      { config: read, schema: { params: yearParams, querystring: downloadQuery } },
      async (request, reply) => {
        const plan = await services.commissioning.plan(request.params.year);
        return sendTables(
          reply,
          [commissioningTable(plan)],
          request.query,
          `commissioning-${String(plan.academicYear)}`,
        );
      },
    );

    routes.post(
      '/support/commissioning/:year/priorities',
      { config: manage, schema: { params: yearParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { year } = request.params;
        return attempt(
          reply,
          async () => {
            await services.commissioning.setPriorities(actor, year, request.body.priorities ?? '');
            return `/support/commissioning/${String(year)}#priorities`;
          },
          (error) => planPage(reply, actor, year, { values: request.body, error }),
        );
      },
    );

    routes.post(
      '/support/commissioning/:year/lines',
      { config: manage, schema: { params: yearParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { year } = request.params;
        const body = request.body;
        return attempt(
          reply,
          async () => {
            await services.commissioning.addLine(actor, year, {
              title: body.title ?? '',
              priorityId: numberFrom(body.priorityId),
              actionId: numberFrom(body.actionId),
              providerKind: body.providerKind ?? '',
              provider: body.provider ?? '',
              leaderId: numberFrom(body.leaderId),
              programmeId: numberFrom(body.programmeId),
              budget: numberFrom(body.budget) ?? Number.NaN,
              funder: body.funder ?? '',
              startsOn: body.startsOn ?? '',
              endsOn: body.endsOn ?? '',
            });
            return `/support/commissioning/${String(year)}#lines`;
          },
          (error) => planPage(reply, actor, year, { values: body, error }),
        );
      },
    );

    routes.post(
      '/support/commissioned-work/:id/status',
      { config: manage, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const year = await services.commissioning.setLineStatus(
          actor,
          request.params.id,
          request.body.status ?? '',
        );
        return reply.redirect(`/support/commissioning/${String(year)}#lines`, 303);
      },
    );

    routes.post(
      '/support/commissioning/:year/approval',
      { config: manage, schema: { params: yearParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { year } = request.params;
        const body = request.body;
        return attempt(
          reply,
          async () => {
            await services.commissioning.approve(actor, year, {
              decisionId: numberFrom(body.decisionId),
              reference: body.reference ?? '',
              approvedOn: optional(body.approvedOn),
            });
            return `/support/commissioning/${String(year)}#approval`;
          },
          (error) => planPage(reply, actor, year, { values: body, error }),
        );
      },
    );

    // ---- Programmes ----

    async function programmesPage(reply: FastifyReply, actor: Actor, problem?: Problem) {
      const manager = canManage(actor);
      const [programmes, indicatorChoices] = await Promise.all([
        services.programmes.list(),
        manager ? services.impactReports.indicatorChoices() : Promise.resolve([]),
      ]);
      return reply.status(problem ? 400 : 200).page('support/views/programmes.njk', {
        pageTitle: 'Programmes of support',
        programmes,
        canManage: manager,
        indicatorChoices,
        form: problem?.values ?? {},
        ...(problem ? formErrors(problem.error) : {}),
      });
    }

    routes.get('/support/programmes', { config: read }, async (request, reply) =>
      programmesPage(reply, actorOf(request)),
    );

    routes.post(
      '/support/programmes',
      { config: manage, schema: { body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        return attempt(
          reply,
          async () => {
            const id = await services.programmes.create(actor, {
              name: body.name ?? '',
              purpose: body.purpose ?? '',
              provider: body.provider ?? '',
              cost: numberFrom(body.cost) ?? 0,
              funder: body.funder ?? '',
              startsOn: body.startsOn ?? '',
              endsOn: body.endsOn ?? '',
              impactIndicator: optional(body.impactIndicator),
              baselineYear: numberFrom(body.baselineYear),
              outcomeYear: numberFrom(body.outcomeYear),
            });
            return `/support/programmes/${String(id)}`;
          },
          (error) => programmesPage(reply, actor, { values: body, error }),
        );
      },
    );

    async function programmePage(reply: FastifyReply, actor: Actor, id: number, problem?: Problem) {
      const programme = await services.programmes.programme(id);
      const [reviews, lines] = await Promise.all([
        services.qualityReviews.of({ programmeIds: [id] }),
        services.commissioning.linesFor([id]),
      ]);
      return reply.status(problem ? 400 : 200).page('support/views/programme.njk', {
        pageTitle: programme.name,
        programme,
        reviews,
        lines,
        judgements: qualityJudgements,
        canManage: canManage(actor),
        today: today(),
        form: problem?.values ?? {},
        ...(problem ? formErrors(problem.error) : {}),
      });
    }

    routes.get(
      '/support/programmes/:id',
      { config: read, schema: { params: idParams } },
      async (request, reply) => programmePage(reply, actorOf(request), request.params.id),
    );

    routes.post(
      '/support/programmes/:id/schools',
      { config: manage, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { id } = request.params;
        return attempt(
          reply,
          async () => {
            await services.programmes.addSchools(actor, id, listFrom(request.body.urns).map(Number));
            return `/support/programmes/${String(id)}#schools`;
          },
          (error) => programmePage(reply, actor, id, { values: request.body, error }),
        );
      },
    );

    routes.post(
      '/support/programmes/:id/sessions',
      { config: manage, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { id } = request.params;
        const body = request.body;
        // A ticked box for each school that came: attended-URN.
        const attended = Object.keys(body)
          .filter((field) => /^attended-\d{6,7}$/.test(field))
          .map((field) => Number(field.slice(9)));
        return attempt(
          reply,
          async () => {
            await services.programmes.addSession(actor, id, {
              title: body.title ?? '',
              heldOn: body.heldOn ?? '',
              attended,
            });
            return `/support/programmes/${String(id)}#sessions`;
          },
          (error) => programmePage(reply, actor, id, { values: body, error }),
        );
      },
    );

    routes.post(
      '/support/programmes/:id/quality',
      { config: manage, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { id } = request.params;
        const body = request.body;
        return attempt(
          reply,
          async () => {
            await services.qualityReviews.judge(
              actor,
              { programmeId: id },
              {
                judgement: body.judgement ?? '',
                evidence: body.evidence ?? '',
                judgedOn: body.judgedOn ?? '',
              },
            );
            return `/support/programmes/${String(id)}#quality`;
          },
          (error) => programmePage(reply, actor, id, { values: body, error }),
        );
      },
    );

    // ---- Impact ----

    async function impactPage(reply: FastifyReply, query: ImpactQuery) {
      const [programmes, indicatorChoices] = await Promise.all([
        services.programmes.choices(),
        services.impactReports.indicatorChoices(),
      ]);
      const asked = query.programme !== undefined || query.deployments !== undefined;
      let report: ImpactReport | null = null;
      let problem: ValidationError | null = null;
      if (asked) {
        try {
          report = await services.impactReports.report(query);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          problem = error;
        }
      }
      // The question as asked (zod leaves out the parts not given), for the download links.
      const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
      return reply.status(problem ? 400 : 200).page('support/views/impact.njk', {
        pageTitle: report ? `Impact report: ${report.scope}` : 'Impact of commissioned support',
        report,
        query,
        search,
        programmes,
        indicatorChoices,
        figures: {
          asAt: report
            ? `${academicYearLabel(report.beforeYear)} to ${academicYearLabel(report.afterYear)}`
            : formatDate(today()),
        } satisfies PrintedFigures,
        academicYearName,
        ...(problem ? formErrors(problem) : {}),
      });
    }

    for (const { url, print } of printable('/support/impact')) {
      routes.get(
        url,
        { config: { ...read, print }, schema: { querystring: impactQuery } },
        async (request, reply) => impactPage(reply, request.query),
      );
    }

    routes.get(
      '/support/impact/download',
      { config: read, schema: { querystring: impactQuery.extend(downloadQuery.shape) } },
      async (request, reply) => {
        const report = await services.impactReports.report(request.query);
        const name =
          request.query.programme !== undefined
            ? `impact-programme-${String(request.query.programme)}`
            : `impact-deployments-${String(request.query.deployments ?? '')}`;
        return sendTables(reply, report.tables, request.query, name);
      },
    );
  };
}
