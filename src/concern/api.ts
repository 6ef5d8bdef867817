import { todayIso } from '../kernel/format.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';

const reviewQuery = z.object({
  la: z
    .string()
    .regex(/^(\d{3}|all)$/, 'An LA code is DfE’s three-digit LA number, like 851, or "all" for England'),
  asAt: z.iso.date('Write dates as YYYY-MM-DD').optional(),
});

export function concernApi(services: Services) {
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
  };
}
