import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { laCode } from './params.ts';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';

// The indicator catalogue for every reader, and an LA's indicators by topic: every measure Beacon
// holds is reachable from a page, not only by typing its code into the address bar.

const filterText = z
  .string()
  .trim()
  .max(100, 'A search or filter is at most 100 characters')
  .transform((text) => (text === '' ? undefined : text))
  .optional();
const catalogueQuery = z.object({
  q: filterText,
  topic: filterText,
  keyStage: filterText,
  group: filterText,
  source: filterText,
});
const laParams = z.object({ laCode });
const config = { permission: 'performance:read' as const };

export function catalogueRoutes(services: Services, appConfig: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.get('/indicators', { config, schema: { querystring: catalogueQuery } }, async (request, reply) => {
      const filters = request.query;
      const catalogue = await services.results.indicatorCatalogue(filters);
      return reply.page('performance/views/catalogue.njk', {
        pageTitle: 'Indicators',
        catalogue,
        filters,
        filtered: [filters.q, filters.topic, filters.keyStage, filters.group, filters.source].some(
          (value) => value !== undefined,
        ),
        la: appConfig.localAuthority,
      });
    });

    routes.get(
      '/areas/:laCode/indicators',
      { config, schema: { params: laParams } },
      async (request, reply) => {
        const view = await services.results.areaIndicators(request.params.laCode);
        return reply.page('performance/views/area-indicators.njk', {
          pageTitle: `${view.area.name}: indicators`,
          view,
        });
      },
    );
  };
}
