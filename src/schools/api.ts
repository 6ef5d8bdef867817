import { todayIso as today } from '../kernel/format.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { dataTableSchema } from '../kernel/tables/schemas.ts';
import { schoolResultsFor } from './results.ts';
import { schoolProfileFor } from './profile.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import {
  landscapeDates,
  landscapeQuery,
  maxPageSize,
  schoolFiltersQuery,
  trustParams,
  urnParams,
} from './queries.ts';

const gradedCount = z.object({ good: z.number(), graded: z.number(), percent: z.number().nullable() });

export const schoolSummarySchema = z.object({
  urn: z.number(),
  name: z.string(),
  laCode: z.string(),
  laName: z.string(),
  phase: z.string(),
  phaseOfEducation: z.string().nullable(),
  establishmentType: z.string(),
  isAcademy: z.boolean(),
  status: z.string(),
  trust: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  currentGrade: z.number().nullable(),
  currentGradeLabel: z.string(),
  latestInspectedOn: z.string().nullable(),
  isDemonstration: z.boolean(),
});

export function schoolsApi(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/schools',
      {
        config: { permission: 'schools:read' },
        schema: {
          tags: ['schools'],
          summary: 'Search the schools register',
          querystring: schoolFiltersQuery,
          response: {
            200: z.object({
              total: z.number(),
              page: z.number(),
              pageSize: z.number(),
              maxPageSize: z.number(),
              schools: z.array(schoolSummarySchema),
            }),
          },
        },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        const { page, pageSize, ...filters } = request.query;
        const found = await services.schools.search(request.actor, filters, {
          offset: (page - 1) * pageSize,
          limit: pageSize,
        });
        return { ...found, page, pageSize, maxPageSize };
      },
    );

    api.get(
      '/schools/:urn',
      {
        config: { permission: 'schools:read' },
        schema: {
          tags: ['schools'],
          summary: 'One school: facts, trust, links and inspections',
          params: urnParams,
        },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        return services.schools.get(request.actor, request.params.urn);
      },
    );

    api.get(
      '/trusts/:id',
      {
        config: { permission: 'schools:read' },
        schema: { tags: ['schools'], summary: 'A trust or federation and its schools', params: trustParams },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        return services.schools.trust(request.actor, request.params.id);
      },
    );

    api.get(
      '/landscape',
      {
        config: { permission: 'landscape:read' },
        schema: {
          tags: ['schools'],
          summary:
            'An LA’s schools by phase and % good or outstanding at a date (and a year before, or compareWith)',
          querystring: landscapeQuery,
          response: {
            200: z.object({
              la: z.object({ code: z.string(), name: z.string() }),
              at: z.string(),
              compareWith: z.string(),
              isDemonstration: z.boolean(),
              openSchools: z.number(),
              byPhase: z.array(z.object({ phaseGroup: z.string(), n: z.number() })),
              byType: z.array(z.object({ establishmentType: z.string(), n: z.number() })),
              academies: z.object({
                n: z.number(),
                percentOfSchools: z.number().nullable(),
                inMultiAcademyTrusts: z.number(),
                multiAcademyTrusts: z.number(),
              }),
              goodOrOutstanding: z.object({
                byPhase: z.array(
                  z.object({ phaseGroup: z.string(), at: gradedCount, compareWith: gradedCount }),
                ),
                total: z.object({ at: gradedCount, compareWith: gradedCount }),
                counted: z.enum(['stateFunded', 'all']),
              }),
            }),
          },
        },
      },
      async (request) => {
        const dates = landscapeDates(request.query, today());
        const landscape = await services.schools.landscape(request.query.la, dates, request.query.schools);
        return {
          la: landscape.la,
          at: dates.later,
          compareWith: dates.earlier,
          isDemonstration: landscape.isDemonstration,
          openSchools: landscape.openSchools,
          byPhase: landscape.byPhase,
          byType: landscape.byType,
          academies: landscape.academies,
          goodOrOutstanding: {
            byPhase: landscape.goodOrOutstanding.rows.map((row) => ({
              phaseGroup: row.phaseGroup,
              at: row.later,
              compareWith: row.earlier,
            })),
            total: {
              at: landscape.goodOrOutstanding.total.later,
              compareWith: landscape.goodOrOutstanding.total.earlier,
            },
            counted: landscape.goodOrOutstanding.counted,
          },
        };
      },
    );

    api.get(
      '/schools/:urn/results',
      {
        config: { permission: 'performance:read' },
        schema: {
          tags: ['schools'],
          summary:
            'A school’s KS2 and KS4 results against its LA and England; small cohorts as x below officer',
          params: urnParams,
          response: {
            200: z.object({
              threshold: z.number(),
              stages: z.array(
                z.object({
                  id: z.string(),
                  title: z.string(),
                  period: z.number(),
                  cohortText: z.string(),
                  withheld: z.boolean(),
                  results: dataTableSchema,
                  trend: dataTableSchema,
                  sentences: z.array(z.string()),
                  progress: z
                    .array(
                      z.object({
                        measure: z.string(),
                        score: z.number(),
                        confidenceInterval: z.object({ lower: z.number(), upper: z.number() }).nullable(),
                        band: z
                          .enum([
                            'well above average',
                            'above average',
                            'average',
                            'below average',
                            'well below average',
                          ])
                          .nullable(),
                        bandBasis: z.enum(['published', 'interval', 'withheld', 'none']).nullable(),
                        words: z.string(),
                      }),
                    )
                    .describe(
                      'Progress scores with their 95% confidence interval where the source gives it; Progress 8 with DfE’s band as published (none where DfE withheld it)',
                    ),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        const { results } = await schoolResultsFor(services, config, request.actor, request.params.urn);
        return { threshold: results.threshold, stages: results.stages };
      },
    );

    api.get(
      '/schools/:urn/profile',
      {
        config: { permission: 'performance:read' },
        schema: {
          tags: ['schools'],
          summary: 'A school’s profile: its facts, results and inspections on one page',
          params: urnParams,
        },
      },
      async (request) => {
        if (!request.actor) throw new UnauthenticatedError();
        return schoolProfileFor(services, config, request.actor, request.params.urn);
      },
    );
  };
}
