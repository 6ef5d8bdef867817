import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app/services.ts';

const reviewQuery = z.object({
  la: z.string().regex(/^\d{3}$/, 'An LA code is DfE’s three-digit LA number, like 851'),
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
          request.query.la,
          request.query.asAt ?? new Date().toISOString().slice(0, 10),
        ),
    );
  };
}
