import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import {
  ConflictError,
  UnauthenticatedError,
  ValidationError,
  formErrors,
  NotFoundError,
} from '../kernel/errors.ts';
import { formBody, idParams } from '../kernel/forms.ts';
import type { Actor } from '../access/actor.ts';
import { newPlanFields, partFields, storedValues, withStoredBoxes } from './editForms.ts';
import { partNames, planParts } from './editService.ts';
import type { PlanPart } from './rules/structure.ts';

// Plans made and changed on the web, for officers with plans:edit who hold the plan's owner role:
// a route for each step (a new plan; a part's form, saved; moved; removed), the checks in the
// editing service. Every change is audited there.

const edit = { permission: 'plans:edit' as const };
const partParams = idParams.extend({ part: z.enum(planParts) });
const keyParams = partParams.extend({ key: z.string().regex(/^[A-Za-z0-9.:&-]{1,40}$/) });
const moveBody = z.object({ way: z.enum(['up', 'down']), _csrf: z.string().optional() });
const addQuery = z.object({
  priority: z
    .string()
    .regex(/^\d{1,10}$/)
    .optional(),
});

const articles: Record<PlanPart, string> = { area: 'an', role: 'a', priority: 'a', action: 'an', kpi: 'a' };

const signedIn = (actor: Actor | undefined): Actor => {
  if (!actor) throw new UnauthenticatedError();
  return actor;
};

export function planEditRoutes(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const plansTrail = [{ text: 'Plans', href: '/plans' }];

    const newPlanPage = (
      reply: FastifyReply,
      form: Record<string, string>,
      extra: Record<string, unknown> = {},
    ) =>
      reply.page('plans/views/plan-part.njk', {
        pageTitle: 'Make a plan',
        heading: 'Make a plan',
        action: '/plans/new',
        fields: newPlanFields,
        form,
        button: 'Make the plan',
        trail: plansTrail,
        ...extra,
      });

    const editPage = async (
      reply: FastifyReply,
      actor: Actor,
      planId: number,
      extra: Record<string, unknown> = {},
    ) => {
      const editor = await services.planEditing.editor(actor, planId);
      return reply.page('plans/views/plan-edit.njk', {
        pageTitle: `Change the plan: ${editor.plan.title}`,
        ...editor,
        trail: [...plansTrail, { text: editor.plan.title, href: `/plans/${String(planId)}` }],
        ...extra,
      });
    };

    const partPage = async (
      reply: FastifyReply,
      actor: Actor,
      planId: number,
      part: PlanPart,
      key: string | null,
      form: Record<string, string> | undefined,
      extra: Record<string, unknown> = {},
    ) => {
      const editor = await services.planEditing.editor(actor, planId);
      const stored = key === null ? {} : storedValues(part, editor, key);
      if (!stored) throw new NotFoundError(`There is no such ${partNames[part]} in this plan`);
      const heading =
        key === null
          ? `Add ${articles[part]} ${partNames[part]}`
          : `Change ${partNames[part]} ${stored.number ?? stored.code ?? ''}`;
      const base = `/plans/${String(planId)}/edit`;
      return reply.page('plans/views/plan-part.njk', {
        pageTitle: heading,
        heading,
        caption: editor.plan.title,
        action: `${base}/${part}/${key === null ? 'new' : encodeURIComponent(key)}`,
        fields: withStoredBoxes(partFields(part, editor, key !== null), form ?? stored),
        form: form ?? stored,
        button: key === null ? `Add the ${partNames[part]}` : 'Save the changes',
        cancel: base,
        trail: [
          ...plansTrail,
          { text: editor.plan.title, href: `/plans/${String(planId)}` },
          { text: 'Change the plan', href: base },
        ],
        ...extra,
      });
    };

    routes.get('/plans/new', { config: edit }, async (_request, reply) =>
      newPlanPage(reply, { kind: 'action plan' }),
    );

    routes.post('/plans/new', { config: edit, schema: { body: formBody } }, async (request, reply) => {
      try {
        const id = await services.planEditing.createPlan(signedIn(request.actor), request.body);
        return await reply.redirect(`/plans/${String(id)}/edit?made`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return newPlanPage(reply.status(400), request.body, formErrors(error));
      }
    });

    routes.get(
      '/plans/:id/edit',
      {
        config: edit,
        schema: {
          params: idParams,
          querystring: z.object({
            made: z.string().optional(),
            saved: z.string().optional(),
            open: z.coerce.number().int().optional().catch(undefined),
          }),
        },
      },
      async (request, reply) =>
        editPage(reply, signedIn(request.actor), request.params.id, {
          made: request.query.made !== undefined,
          saved: request.query.saved,
          openPriority: request.query.open,
        }),
    );

    routes.get(
      '/plans/:id/edit/:part/new',
      { config: edit, schema: { params: partParams, querystring: addQuery } },
      async (request, reply) =>
        partPage(
          reply,
          signedIn(request.actor),
          request.params.id,
          request.params.part,
          null,
          request.query.priority === undefined ? undefined : { priorityId: request.query.priority },
        ),
    );

    routes.get(
      '/plans/:id/edit/:part/:key',
      { config: edit, schema: { params: keyParams } },
      async (request, reply) =>
        partPage(
          reply,
          signedIn(request.actor),
          request.params.id,
          request.params.part,
          request.params.key,
          undefined,
        ),
    );

    for (const url of ['/plans/:id/edit/:part/new', '/plans/:id/edit/:part/:key']) {
      routes.post(
        url,
        { config: edit, schema: { params: keyParams.partial({ key: true }), body: formBody } },
        async (request, reply) => {
          const actor = signedIn(request.actor);
          const { id, part, key = null } = request.params;
          try {
            await services.planEditing.savePart(actor, id, part, key, request.body);
            // The action's priority opens again, to show it saved.
            const open =
              part === 'action' ? `&open=${encodeURIComponent(request.body.priorityId ?? '')}` : '';
            return await reply.redirect(`/plans/${String(id)}/edit?saved=${part}${open}`, 303);
          } catch (error) {
            if (!(error instanceof ValidationError)) throw error;
            return partPage(reply.status(400), actor, id, part, key, request.body, formErrors(error));
          }
        },
      );
    }

    routes.post(
      '/plans/:id/edit/:part/:key/move',
      { config: edit, schema: { params: keyParams, body: moveBody } },
      async (request, reply) => {
        const { id, part, key } = request.params;
        if (part !== 'priority' && part !== 'action')
          throw new NotFoundError(`A ${partNames[part]} is not moved`);
        await services.planEditing.movePart(signedIn(request.actor), id, part, Number(key), request.body.way);
        return reply.redirect(`/plans/${String(id)}/edit#${part}-${key}`, 303);
      },
    );

    routes.post(
      '/plans/:id/edit/:part/:key/remove',
      { config: edit, schema: { params: keyParams, body: formBody } },
      async (request, reply) => {
        const actor = signedIn(request.actor);
        const { id, part, key } = request.params;
        try {
          await services.planEditing.removePart(actor, id, part, key);
          return await reply.redirect(`/plans/${String(id)}/edit?saved=removed`, 303);
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          return editPage(reply.status(409), actor, id, {
            errors: [{ text: error.message, href: `#${part}-${key}` }],
          });
        }
      },
    );
  };
}
