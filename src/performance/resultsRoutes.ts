import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { laCode } from './params.ts';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { downloadQuery, sendTables } from '../kernel/tables/send.ts';
import { versionedCache } from './dataVersion.ts';
import type { SummaryPage } from './readService.ts';
import { academicYearLabel } from './periods.ts';
import { printable, type PrintedFigures } from '../kernel/printing.ts';
import { summaryPageContext, summaryTemplate } from './summary/page.ts';

// The pages officers and boards read results on: the LA results summary (seed 001).

const period = z
  .string()
  .regex(/^\d{4}$/, 'A year is written as the year it ends, like 2016 for 2015/16')
  .transform(Number);
const summaryParams = z.object({ laCode, period });
const indicatorParams = z.object({ laCode, key: z.string().min(1).max(100) });
const indicatorQuery = z.object({
  period: period.optional(),
  group: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/, 'A pupil group is a short code like all or disadvantaged')
    .default('all'),
  set: z.enum(['2021', '2025']).default('2025'),
});
const chooser = z.object({ la: laCode.optional(), period: period.optional() });
const config = { permission: 'performance:read' as const };

export function resultsRoutes(services: Services, appConfig: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const summaryBodies = versionedCache<SummaryPage & { body: string }>(services.database.db);

    // Choosing an LA and a year; without a year, the latest the LA has figures for.
    routes.get('/areas', { config, schema: { querystring: chooser } }, async (request, reply) => {
      const las = await services.results.localAuthorities();
      const { la, period: year } = request.query;
      if (la !== undefined) {
        const periods = await services.results.summaryPeriods(la);
        const chosen = year ?? periods[0];
        if (chosen !== undefined) return reply.redirect(`/areas/${la}/results/${String(chosen)}`);
      }
      const chosen =
        la ??
        (las.some((l) => l.code === appConfig.localAuthority.code)
          ? appConfig.localAuthority.code
          : undefined);
      return reply.page('performance/views/areas.njk', {
        pageTitle: 'Results by local authority',
        las,
        chosen,
        chosenName: las.find((l) => l.code === chosen)?.name,
        noResults: la !== undefined,
      });
    });

    for (const { url, print } of printable('/areas/:laCode/results/:period')) {
      routes.get(
        url,
        { config: { ...config, print }, schema: { params: summaryParams } },
        async (request, reply) => {
          const { laCode: code, period: year } = request.params;
          const downloadBase = `/areas/${code}/results/${String(year)}/download`;
          // The tables and sentences are the same for everyone who may read them: rendered once per
          // data version, inside the page each reader gets (docs/benchmarks.md, P3).
          const { body, ...page } = await summaryBodies(`${code}|${String(year)}`, async () => {
            const page = await services.results.resultsSummaryPage(code, year);
            return {
              ...page,
              body: await app.view('performance/views/results-summary-body.njk', { ...page, downloadBase }),
            };
          });
          return reply.page(summaryTemplate, summaryPageContext(page, body));
        },
      );
    }

    routes.get(
      '/areas/:laCode/results',
      { config, schema: { params: z.object({ laCode }) } },
      async (request, reply) => {
        const code = request.params.laCode;
        const [latest] = await services.results.summaryPeriods(code);
        if (latest === undefined)
          throw new NotFoundError('There are no results for this local authority yet');
        return reply.redirect(`/areas/${code}/results/${String(latest)}`);
      },
    );

    for (const { url, print } of printable('/areas/:laCode/gaps')) {
      routes.get(
        url,
        { config: { ...config, print }, schema: { params: z.object({ laCode }) } },
        async (request, reply) => {
          const code = request.params.laCode;
          const view = await services.results.gapsView(code);
          return reply.page('performance/views/gaps.njk', {
            pageTitle: `${view.area.name}: gaps between groups of pupils`,
            view,
            downloadBase: `/areas/${code}/gaps/download`,
            figures:
              view.latestPeriod === null
                ? undefined
                : ({ asAt: academicYearLabel(view.latestPeriod) } satisfies PrintedFigures),
          });
        },
      );
    }

    routes.get(
      '/areas/:laCode/gaps/download',
      { config, schema: { params: z.object({ laCode }), querystring: downloadQuery } },
      async (request, reply) => {
        const code = request.params.laCode;
        const view = await services.results.gapsView(code);
        const all = view.sections.flatMap((s) => s.measures.map((m) => m.table));
        return sendTables(reply, all, request.query, `gaps-${code}`);
      },
    );

    routes.get(
      '/areas/:laCode/indicators/:key',
      { config, schema: { params: indicatorParams, querystring: indicatorQuery } },
      async (request, reply) => {
        const { laCode: code, key } = request.params;
        const q = request.query;
        const view = await services.results.indicatorView(code, key, q.period, q.group, q.set);
        const query = new URLSearchParams({ period: String(view.period ?? ''), group: q.group, set: q.set });
        return reply.page('performance/views/indicator.njk', {
          pageTitle: `${view.indicator.title}: ${view.area.name}`,
          view,
          trail: [{ text: `${view.area.name}: indicators`, href: `/areas/${code}/indicators` }],
          downloadBase: `/areas/${code}/indicators/${encodeURIComponent(key)}/download`,
          query: query.toString(),
        });
      },
    );

    routes.get(
      '/areas/:laCode/indicators/:key/download',
      {
        config,
        schema: { params: indicatorParams, querystring: indicatorQuery.extend(downloadQuery.shape) },
      },
      async (request, reply) => {
        const { laCode: code, key } = request.params;
        const q = request.query;
        const view = await services.results.indicatorView(code, key, q.period, q.group, q.set);
        return sendTables(
          reply,
          [view.rankingTable, view.trendTable],
          q,
          `${key.replace(/[^A-Za-z0-9_-]/g, '_')}-${code}`,
        );
      },
    );

    routes.get(
      '/areas/:laCode/results/:period/download',
      { config, schema: { params: summaryParams, querystring: downloadQuery } },
      async (request, reply) => {
        const { laCode: code, period: year } = request.params;
        const { tables } = await services.results.resultsSummaryPage(code, year);
        return sendTables(reply, tables, request.query, `results-${code}-${String(year)}`);
      },
    );
  };
}
