import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actionChoices, withActionsShown } from './rules/shown.ts';
import type { Services } from '../kernel/services.ts';
import { UnauthenticatedError, ValidationError, formErrors } from '../kernel/errors.ts';
import { ragStatuses } from './schema.ts';
import { printable, type PrintedFigures } from '../kernel/printing.ts';
import { formatDate, todayIso } from '../kernel/format.ts';
import { planWorkbook } from './workbook.ts';
import { plansPermissions } from './permissions.ts';
import type { Actor } from '../access/actor.ts';
import { kpiReportCsv, kpiReportWorkbook, planProgressCsv, planProgressWorkbook } from './reports.ts';

export const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
// What the update form sends: text fields, checked by the service.
const updateForm = z.object({
  rag: z.string().default(''),
  commentary: z.string().default(''),
  evidenceUrl: z.string().default(''),
  _csrf: z.string().optional(),
});

const showQuery = z.object({
  show: z.enum(actionChoices).default('all'),
});

const mayEdit = (actor: Actor | undefined) =>
  actor !== undefined && plansPermissions.has(actor.role, 'plans:edit');

export function plansRoutes(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.get('/plans', { config: { permission: 'plans:read' } }, async (request, reply) =>
      reply.page('plans/views/plans.njk', {
        pageTitle: 'Plans',
        plans: await services.plans.list(),
        canEdit: mayEdit(request.actor),
      }),
    );

    // A plan's page is its progress report: each action's RAG and latest update, each KPI's figures.
    for (const { url, print } of printable('/plans/:id')) {
      routes.get(
        url,
        { config: { permission: 'plans:read', print }, schema: { params: idParams, querystring: showQuery } },
        async (request, reply) => {
          const whole = await services.plans.get(request.params.id);
          const { show } = request.query;
          // A long plan is read a RAG at a time (rules/shown.ts).
          const plan = { ...whole, priorities: withActionsShown(whole.priorities, show) };
          return reply.page('plans/views/plan.njk', {
            pageTitle: plan.title,
            plan,
            // The plan as kept (plans/service.ts): its body is rendered once for each RAG shown.
            whole,
            show,
            canEdit: mayEdit(request.actor),
            shown: plan.priorities.reduce((n, p) => n + p.actions.length, 0),
            trail: [{ text: 'Plans', href: '/plans' }],
            figures: { asAt: formatDate(todayIso()) } satisfies PrintedFigures,
          });
        },
      );
    }

    routes.get(
      '/plans/:id/plan.xlsx',
      { config: { permission: 'plans:read' }, schema: { params: idParams } },
      async (request, reply) => {
        const plan = await services.plans.get(request.params.id);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="plan-${String(plan.id)}.xlsx"`)
          .send(await planWorkbook(plan));
      },
    );

    routes.get(
      '/plans/:id/progress.csv',
      { config: { permission: 'plans:read' }, schema: { params: idParams } },
      async (request, reply) => {
        const plan = await services.plans.get(request.params.id);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="plan-${String(plan.id)}-progress.csv"`)
          .send(planProgressCsv(plan));
      },
    );

    routes.get(
      '/plans/:id/progress.xlsx',
      { config: { permission: 'plans:read' }, schema: { params: idParams } },
      async (request, reply) => {
        const plan = await services.plans.get(request.params.id);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="plan-${String(plan.id)}-progress.xlsx"`)
          .send(await planProgressWorkbook(plan));
      },
    );

    for (const { url, print } of printable('/plans/:id/kpi-report')) {
      routes.get(
        url,
        { config: { permission: 'plans:read', print }, schema: { params: idParams } },
        async (request, reply) => {
          const report = await services.plans.kpiReport(request.params.id);
          return reply.page('plans/views/kpi-report.njk', {
            pageTitle: `KPI report: ${report.plan.title}`,
            ...report,
            figures: { asAt: formatDate(todayIso()) } satisfies PrintedFigures,
          });
        },
      );
    }

    routes.get(
      '/plans/:id/kpi-report.csv',
      { config: { permission: 'plans:read' }, schema: { params: idParams } },
      async (request, reply) => {
        const report = await services.plans.kpiReport(request.params.id);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="kpi-report-${String(report.plan.id)}.csv"`)
          .send(kpiReportCsv(report.kpis));
      },
    );

    routes.get(
      '/plans/:id/kpi-report.xlsx',
      { config: { permission: 'plans:read' }, schema: { params: idParams } },
      async (request, reply) => {
        const report = await services.plans.kpiReport(request.params.id);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="kpi-report-${String(report.plan.id)}.xlsx"`)
          .send(await kpiReportWorkbook(report.plan.title, report.kpis));
      },
    );

    routes.get(
      '/actions/:id',
      { config: { permission: 'plans:read' }, schema: { params: idParams } },
      async (request, reply) => {
        if (!request.actor) throw new UnauthenticatedError();
        const found = await services.plans.action(request.actor, request.params.id);
        return reply.page('plans/views/action.njk', {
          pageTitle: `Action ${found.action.number}`,
          ...found,
          ragStatuses,
          form: { rag: found.action.rag },
          saved: (request.query as { saved?: string }).saved !== undefined,
        });
      },
    );

    routes.post(
      '/actions/:id/updates',
      { config: { permission: 'plans:updateOwn' }, schema: { params: idParams, body: updateForm } },
      async (request, reply) => {
        if (!request.actor) throw new UnauthenticatedError();
        const { rag, commentary, evidenceUrl } = request.body;
        try {
          await services.plans.update(request.actor, request.params.id, {
            rag: rag as 'red',
            commentary,
            evidenceUrl,
          });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          const found = await services.plans.action(request.actor, request.params.id);
          return reply.status(400).page('plans/views/action.njk', {
            pageTitle: `Action ${found.action.number}`,
            ...found,
            ragStatuses,
            form: { rag, commentary, evidenceUrl },
            ...formErrors(error),
          });
        }
        return reply.redirect(`/actions/${String(request.params.id)}?saved`, 303);
      },
    );

    routes.get('/my-actions', { config: { permission: 'plans:updateOwn' } }, async (request, reply) => {
      if (!request.actor) throw new UnauthenticatedError();
      const [actions, meetingActions] = await Promise.all([
        services.plans.myActions(request.actor),
        // Actions arising from board meetings that this person owns (governance).
        services.meetingActions.mine(request.actor, todayIso()),
      ]);
      return reply.page('plans/views/my-actions.njk', { pageTitle: 'My actions', actions, meetingActions });
    });

    routes.get(
      '/kpis/:id',
      { config: { permission: 'plans:read' }, schema: { params: idParams } },
      async (request, reply) => {
        const kpi = await services.plans.kpi(request.params.id);
        return reply.page('plans/views/kpi.njk', { pageTitle: `${kpi.number}: ${kpi.measure}`, kpi });
      },
    );
  };
}
