import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recentResultsVersion } from './dataVersion.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { laCode } from './params.ts';
import type { Services } from '../kernel/services.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { indicatorEdit } from './catalogue.ts';
import { dataTableSchema } from '../kernel/tables/schemas.ts';

const polarity = z.enum(['higher', 'lower', 'neither']);
const indicatorSchema = z.object({
  key: z.string(),
  title: z.string(),
  topic: z.string(),
  unit: z.string(),
  unitLabel: z.string(),
  polarity,
  decimalPlaces: z.number().nullable(),
  noQuartile: z.boolean(),
  description: z.string(),
  edited: z.boolean(),
  periodType: z.string(),
  methodologyFamily: z.string(),
  source: z.string(),
});
const band = z.enum(['A', 'B', 'C', 'D']).nullable();
// A value with its LAIT rank and band, as both the ranking and an LA's series show it.
const rankedValue = z.object({
  value: z.number().nullable(),
  suppression: z.string().nullable(),
  rank: z.number().nullable(),
  joint: z.boolean(),
  band,
  rankSource: z.enum(['computed', 'published']).nullable(),
});
const period = z
  .string()
  .regex(/^\d{4}$/, 'A period is the year an academic year ends, like 2019 for 2018/19')
  .transform(Number);
const group = z
  .string()
  .regex(/^[a-z0-9_-]{1,40}$/, 'A pupil group is a short code like all or disadvantaged')
  .default('all');
const keyParams = z.object({ key: z.string().min(1).max(100) });

export function performanceApi(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const config = { permission: 'performance:read' as const };

    api.get(
      '/indicators',
      {
        config,
        schema: {
          tags: ['performance'],
          summary: 'The indicator catalogue: every measure, its polarity and units',
          response: { 200: z.array(indicatorSchema) },
        },
      },
      async () => services.results.indicators(),
    );

    api.get(
      '/indicators/:key',
      {
        config,
        schema: {
          tags: ['performance'],
          summary: 'One indicator: its definition, source and polarity',
          params: keyParams,
          response: { 200: indicatorSchema.extend({ periods: z.array(z.number()) }) },
        },
      },
      async (request) => services.results.indicator(request.params.key),
    );

    api.patch(
      '/indicators/:key',
      {
        config: { permission: 'catalogue:edit' },
        schema: {
          tags: ['performance'],
          summary: 'Change an indicator’s words, polarity or target (catalogue editors)',
          params: keyParams,
          body: indicatorEdit,
          response: { 200: indicatorSchema },
        },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        return services.results.editIndicator(request.actor, request.params.key, request.body);
      },
    );

    api.get(
      '/indicators/:key/ranking',
      {
        config,
        schema: {
          tags: ['performance'],
          summary: 'Every LA ranked on one indicator, with quartile bands',
          params: keyParams,
          querystring: z.object({ period, group }),
          response: {
            200: z.object({
              indicator: indicatorSchema,
              period: z.number(),
              periodLabel: z.string(),
              n: z.number(),
              cutPoints: z.array(z.number()).nullable(),
              entries: z.array(
                rankedValue.extend({ laCode: z.string(), laName: z.string(), rankOf: z.number().nullable() }),
              ),
            }),
          },
        },
      },
      async (request) =>
        services.results.ranking(request.params.key, request.query.period, request.query.group),
    );

    api.get(
      '/areas/:laCode/indicators/:key',
      {
        config,
        schema: {
          tags: ['performance'],
          summary: 'One indicator for an LA over time, against its comparators',
          params: z.object({ laCode, key: z.string().min(1).max(100) }),
          querystring: z.object({ group }),
          response: {
            200: z.object({
              indicator: indicatorSchema,
              area: z.object({ laCode: z.string(), laName: z.string(), region: z.string().nullable() }),
              group: z.string(),
              periods: z.array(
                rankedValue.extend({
                  period: z.number(),
                  periodLabel: z.string(),
                  status: z.string(),
                  national: z.number().nullable(),
                  gap: z.number().nullable(),
                  n: z.number().nullable(),
                  lasWithFigure: z
                    .number()
                    .describe('How many LAs hold a figure: fewer than 2, and none is ranked'),
                  change: z.number().nullable(),
                  changeDirection: z.string().nullable(),
                  trendBreak: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (request) =>
        services.results.areaSeries(request.params.laCode, request.params.key, request.query.group),
    );

    // A dashboard polls the summary: it is answered from the results' version (which every import
    // and catalogue change moves on) before the summary is read or written out. The same version at
    // the same address is the same answer, so a matching If-None-Match is a 304 at once.
    const byResultsVersion = async (request: FastifyRequest, reply: FastifyReply) => {
      const version = await recentResultsVersion(services.database.db);
      const address = createHash('sha1').update(request.url).digest('base64url').slice(0, 16);
      const tag = `W/"results-${String(version)}-${address}"`;
      reply.header('etag', tag);
      if (request.headers['if-none-match'] === tag) return reply.code(304).send();
      return undefined;
    };

    api.get(
      '/areas/:laCode/results/:period',
      {
        config,
        preHandler: byResultsVersion,
        schema: {
          tags: ['performance'],
          summary:
            'The LA results summary (the tables of Portsmouth’s Education Advisory Board papers): each table as the page shows it, and drafted sentences',
          params: z.object({ laCode, period }),
          response: {
            200: z.object({
              area: z.object({ code: z.string(), name: z.string() }),
              period: z.number(),
              periodLabel: z.string(),
              provisional: z.boolean(),
              tables: z.array(dataTableSchema),
              narrative: z.array(z.object({ table: z.string(), sentences: z.array(z.string()) })),
            }),
          },
        },
      },
      async (request) => {
        const { summary, tables } = await services.results.resultsSummaryPage(
          request.params.laCode,
          request.params.period,
        );
        return {
          area: summary.area,
          period: summary.period,
          periodLabel: summary.periodLabel,
          provisional: summary.provisional,
          tables,
          narrative: summary.tables.map((t) => ({ table: t.id, sentences: t.narrative })),
        };
      },
    );

    api.get(
      '/areas/:laCode/gaps',
      {
        config,
        schema: {
          tags: ['performance'],
          summary: 'Gaps between groups of pupils for an LA over time, against England’s',
          params: z.object({ laCode }),
          response: {
            200: z.object({
              area: z.object({ code: z.string(), name: z.string() }),
              sections: z.array(
                z.object({
                  id: z.string(),
                  title: z.string(),
                  measures: z.array(
                    z.object({
                      id: z.string(),
                      label: z.string(),
                      sentences: z.array(z.string()),
                      table: dataTableSchema,
                    }),
                  ),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const view = await services.results.gapsView(request.params.laCode);
        return {
          area: view.area,
          sections: view.sections.map((s) => ({
            id: s.id,
            title: s.title,
            measures: s.measures.map((m) => ({
              id: m.id,
              label: m.label,
              sentences: m.sentences,
              table: m.table,
            })),
          })),
        };
      },
    );

    api.get(
      '/areas/:laCode/neighbours',
      {
        config,
        schema: {
          tags: ['performance'],
          summary: 'An LA’s statistical neighbours, closest first',
          params: z.object({ laCode }),
          querystring: z.object({
            set: z
              .string()
              .regex(/^\d{4}$/, 'The set is the model’s year, 2021 or 2025')
              .default('2025'),
            indicator: z.string().min(1).max(100).optional(),
            period: period.optional(),
            group,
          }),
          response: {
            200: z.object({
              set: z.string(),
              laCode: z.string(),
              laName: z.string(),
              neighbours: z.array(
                z.object({
                  rank: z.number(),
                  laCode: z.string(),
                  laName: z.string(),
                  closeness: z.string().nullable(),
                  value: z.number().nullable().optional(),
                }),
              ),
              average: z
                .object({
                  indicator: z.string(),
                  period: z.number(),
                  value: z.number().nullable(),
                  from: z.number(),
                })
                .nullable(),
            }),
          },
        },
      },
      async (request) => {
        const q = request.query;
        return services.results.neighbours(request.params.laCode, q.set, q.indicator, q.period, q.group);
      },
    );

    api.get(
      '/areas',
      {
        config: { permission: 'performance:read' },
        schema: { tags: ['performance'], summary: 'The local authorities Beacon holds results for' },
      },
      async () => services.results.localAuthorities(),
    );

    api.get(
      '/areas/:laCode/indicators',
      {
        config: { permission: 'performance:read' },
        schema: {
          tags: ['performance'],
          summary: 'Every indicator for an LA against its comparators',
          params: z.object({
            laCode: z.string().regex(/^\d{3}$/, 'An LA code is DfE’s three-digit LA number, like 851'),
          }),
        },
      },
      async (request) => services.results.areaIndicators(request.params.laCode),
    );
  };
}
