import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import { UnauthenticatedError, ValidationError, formErrors } from '../kernel/errors.ts';

const keyParams = z.object({ key: z.string().min(1).max(100) });
const listQuery = z.object({ q: z.string().trim().max(100).optional(), saved: z.string().optional() });
// An HTML form sends text; a checkbox sends nothing when unticked.
const editForm = z.object({
  title: z.string().default(''),
  polarity: z.string().default(''),
  decimalPlaces: z.string().default(''),
  noQuartile: z.string().optional(),
  description: z.string().default(''),
  _csrf: z.string().optional(),
});

export function performanceRoutes(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const config = { permission: 'catalogue:edit' as const };

    routes.get(
      '/admin/indicators',
      { config, schema: { querystring: listQuery } },
      async (request, reply) => {
        const q = request.query.q?.toLowerCase();
        const all = await services.results.indicators();
        const shown = q
          ? all.filter((i) => i.key.toLowerCase().includes(q) || i.title.toLowerCase().includes(q))
          : all;
        return reply.page('performance/views/indicators.njk', {
          pageTitle: 'Indicators',
          indicators: shown,
          total: all.length,
          q: request.query.q,
          saved: request.query.saved !== undefined,
        });
      },
    );

    routes.get(
      '/admin/indicators/:key',
      { config, schema: { params: keyParams } },
      async (request, reply) => {
        const indicator = await services.results.indicator(request.params.key);
        return reply.page('performance/views/indicator-edit.njk', {
          pageTitle: `Edit ${indicator.key}`,
          indicator,
          form: indicator,
        });
      },
    );

    routes.post(
      '/admin/indicators/:key',
      { config, schema: { params: keyParams, body: editForm } },
      async (request, reply) => {
        if (!request.actor) throw new UnauthenticatedError();
        const body = request.body;
        const input = {
          title: body.title,
          polarity: body.polarity as 'higher',
          decimalPlaces: body.decimalPlaces,
          noQuartile: body.noQuartile === 'yes',
          description: body.description,
        };
        try {
          await services.results.editIndicator(request.actor, request.params.key, input);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          const indicator = await services.results.indicator(request.params.key);
          return reply.status(400).page('performance/views/indicator-edit.njk', {
            pageTitle: `Edit ${indicator.key}`,
            indicator,
            form: { ...input, noQuartile: input.noQuartile },
            ...formErrors(error),
          });
        }
        return reply.redirect(`/admin/indicators?q=${encodeURIComponent(request.params.key)}&saved=1`, 303);
      },
    );
  };
}
