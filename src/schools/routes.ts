import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { supportPermissions } from '../support/permissions.ts';
import { concernPermissions } from '../concern/permissions.ts';
import { performancePermissions } from '../performance/permissions.ts';
import type { Actor } from '../access/actor.ts';
import { downloadQuery, sendTables } from '../kernel/tables/send.ts';
import { printable, type PrintedFigures } from '../kernel/printing.ts';
import { formatDate, todayIso as today } from '../kernel/format.ts';
import { schoolResultsFor } from './results.ts';
import { profilePage, schoolProfileFor } from './profile.ts';
import { landscapeDates, landscapeQuery, schoolFiltersQuery, trustParams, urnParams } from './queries.ts';
import { overallEffectivenessLabels } from './rules/inspections.ts';
import {
  downloadLinks,
  listTable,
  sortHeaders,
  sortQuery,
  sortRows,
  sortedAs,
} from '../kernel/tables/sorting.ts';
import { isRegisterSort, registerColumns, registerFileColumns } from './registerList.ts';
import { belowGoodColumns, conversionColumns, sinceInspectionColumns } from './landscapeLists.ts';

const landscapeFileQuery = z.object({
  format: z.enum(['csv', 'xlsx']).optional().catch(undefined),
  table: z.enum(['all', 'below-good', 'since', 'conversions']).catch('all').default('all'),
});
const fileQuery = z.object({ format: z.enum(['csv', 'xlsx']).optional().catch(undefined) });
/** More than England's establishments, open and closed, so a download is the whole register. */
const registerFileLimit = 100_000;

/** Errors from a query string as the GOV.UK error summary lists them, each linked to its field. */
function errorList(error: z.ZodError, labels: Record<string, string>) {
  return error.issues.map((issue) => {
    const field = issue.path.join('.');
    return { text: `${labels[field] ?? field}: ${issue.message}`, href: `#${field}` };
  });
}

function queryString(values: Record<string, string | number | undefined>): string {
  return new URLSearchParams(
    Object.entries(values)
      .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();
}

export function schoolsRoutes(services: Services, config: Config) {
  const schoolResults = (actor: Actor, urn: number) => schoolResultsFor(services, config, actor, urn);

  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.get('/schools', { config: { permission: 'schools:read' } }, async (request, reply) => {
      if (!request.actor) throw new UnauthenticatedError();
      const options = await services.schools.filterOptions(request.actor);
      const parsed = schoolFiltersQuery.safeParse(request.query);
      const grades = Object.entries(overallEffectivenessLabels).map(([value, text]) => ({
        value,
        text: `${value} ${text}`,
      }));
      if (!parsed.success) {
        return reply.status(400).page('schools/views/list.njk', {
          pageTitle: 'Schools',
          errors: errorList(parsed.error, {
            la: 'Local authority',
            page: 'Page',
            pageSize: 'Page size',
            grade: 'Ofsted grade',
            status: 'Status',
          }),
          filters: request.query,
          options,
          grades,
          schools: [],
          total: 0,
          headers: sortHeaders('/schools', {}, 'schools', registerColumns, { order: 'ascending' }),
        });
      }
      const { page, pageSize, ...filters } = parsed.data;
      const sorted = sortedAs(sortQuery.parse(request.query));
      const sort = {
        column: sorted.list === 'schools' && isRegisterSort(sorted.column) ? sorted.column : 'name',
        descending: sorted.list === 'schools' && sorted.order === 'descending',
      } as const;
      const sortParams =
        sorted.list === 'schools' ? { sort: `schools.${sort.column}`, order: sorted.order } : {};
      const { format } = fileQuery.parse(request.query);
      if (format !== undefined) {
        // The whole list as filtered and sorted, not the page shown.
        const all = await services.schools.search(
          request.actor,
          filters,
          { offset: 0, limit: registerFileLimit },
          sort,
        );
        return sendTables(
          reply,
          [listTable('schools', 'Schools', registerFileColumns, all.schools)],
          { table: 'schools', format },
          'schools',
        );
      }
      const found = await services.schools.search(
        request.actor,
        filters,
        { offset: (page - 1) * pageSize, limit: pageSize },
        sort,
      );
      const { total, schools } = found;
      const pages = Math.max(1, Math.ceil(total / pageSize));
      const link = (n: number) => `/schools?${queryString({ ...filters, ...sortParams, page: n })}`;
      return reply.page('schools/views/list.njk', {
        headers: sortHeaders('/schools', filters, 'schools', registerColumns, {
          ...sorted,
          column: sort.column,
          list: 'schools',
        }),
        downloads: downloadLinks('/schools', { ...filters, ...sortParams }, 'schools'),
        pageTitle: page > 1 ? `Schools (page ${page} of ${pages})` : 'Schools',
        // The page as kept (schools/service.ts) and what was asked for, as read: list.njk keeps
        // what it renders from them.
        found,
        shownAs: { ...filters, ...sortParams, page, pageSize },
        filters,
        options,
        grades,
        schools,
        total,
        firstShown: total === 0 ? 0 : (page - 1) * pageSize + 1,
        lastShown: Math.min(total, page * pageSize),
        pagination: {
          previous: page > 1 ? { href: link(page - 1) } : undefined,
          next: page < pages ? { href: link(page + 1) } : undefined,
        },
      });
    });

    routes.get(
      '/schools/:urn',
      { config: { permission: 'schools:read' }, schema: { params: urnParams } },
      async (request, reply) => {
        if (!request.actor) throw new UnauthenticatedError();
        const school = await services.schools.get(request.actor, request.params.urn);
        // Shown only to those who may see it: officers, and the school itself when its LA shares it.
        const concern = await services.concern.schoolConcern(request.actor, request.params.urn);
        const seesVisits =
          concernPermissions.has(request.actor.role, 'concern:read') ||
          (request.actor.role === 'school_user' && request.actor.schoolUrn === request.params.urn);
        return reply.page('schools/views/school.njk', {
          pageTitle: school.name,
          school,
          concern,
          seesVisits,
          seesResults: performancePermissions.has(request.actor.role, 'performance:read'),
          // The system leaders brokered to it, for the officers who broker them (SPEC C6, 6).
          deployments: supportPermissions.has(request.actor.role, 'support:manage')
            ? await services.deployments.list(request.actor, { urn: request.params.urn })
            : [],
          programmes: supportPermissions.has(request.actor.role, 'support:manage')
            ? await services.programmes.forSchool(request.params.urn)
            : [],
        });
      },
    );

    for (const { url, print } of printable('/schools/:urn/results')) {
      routes.get(
        url,
        { config: { permission: 'performance:read', print }, schema: { params: urnParams } },
        async (request, reply) => {
          if (!request.actor) throw new UnauthenticatedError();
          const { school, results } = await schoolResults(request.actor, request.params.urn);
          return reply.page('schools/views/results.njk', {
            pageTitle: `${school.name}: results`,
            school,
            results,
            downloadBase: `/schools/${String(school.urn)}/results/download`,
            figures: results.figures,
          });
        },
      );
    }

    for (const { url, print } of printable('/schools/:urn/profile')) {
      routes.get(
        url,
        { config: { permission: 'performance:read', print }, schema: { params: urnParams } },
        async (request, reply) => {
          if (!request.actor) throw new UnauthenticatedError();
          const profile = await schoolProfileFor(services, config, request.actor, request.params.urn);
          return reply.page(profilePage.template, profilePage.context(profile));
        },
      );
    }

    routes.get(
      '/schools/:urn/results/download',
      {
        config: { permission: 'performance:read' },
        schema: {
          params: urnParams,
          querystring: downloadQuery,
        },
      },
      async (request, reply) => {
        if (!request.actor) throw new UnauthenticatedError();
        const { school, results } = await schoolResults(request.actor, request.params.urn);
        const all = results.stages.flatMap((s) => [s.results, s.trend]);
        return sendTables(reply, all, request.query, `school-${String(school.urn)}`);
      },
    );

    routes.get(
      '/trusts/:id',
      { config: { permission: 'schools:read' }, schema: { params: trustParams } },
      async (request, reply) => {
        if (!request.actor) throw new UnauthenticatedError();
        const trust = await services.schools.trust(request.actor, request.params.id);
        return reply.page('schools/views/trust.njk', { pageTitle: trust.name, trust });
      },
    );

    for (const { url, print } of printable('/landscape')) {
      routes.get(url, { config: { permission: 'landscape:read', print } }, async (request, reply) => {
        const las = await services.schools.localAuthorities();
        const raw = request.query as Record<string, string | undefined>;
        const chosen = {
          la:
            raw.la ??
            (las.some((l) => l.code === config.localAuthority.code)
              ? config.localAuthority.code
              : las[0]?.code),
          // An empty field means "not given", as leaving it out does.
          at: raw.at === '' ? undefined : raw.at,
          compareWith: raw.compareWith === '' ? undefined : raw.compareWith,
          schools: raw.schools === '' ? undefined : raw.schools,
        };
        const render = (status: number, context: Record<string, unknown>): FastifyReply =>
          reply
            .status(status)
            .page('schools/views/landscape.njk', { pageTitle: 'Landscape', las, form: chosen, ...context });
        if (chosen.la === undefined) return render(200, { empty: true });
        const parsed = landscapeQuery.safeParse(chosen);
        if (!parsed.success) {
          return render(400, {
            errors: errorList(parsed.error, {
              la: 'Local authority',
              at: 'Date',
              compareWith: 'Compare with',
              schools: 'Schools counted',
            }),
          });
        }
        const dates = landscapeDates(parsed.data, today());
        const found = await services.schools.landscape(parsed.data.la, dates, parsed.data.schools);
        // Its lists of schools sort by any column, and download as sorted (landscapeLists.ts).
        const sorted = sortedAs(sortQuery.parse(request.query));
        const landscape = {
          ...found,
          belowGood: sortRows(found.belowGood, 'below-good', belowGoodColumns, sorted),
          longestSinceInspection: sortRows(
            found.longestSinceInspection,
            'since',
            sinceInspectionColumns,
            sorted,
          ),
          conversions: sortRows(found.conversions, 'conversions', conversionColumns, sorted),
        };
        const tables = [
          listTable(
            'below-good',
            'Schools requiring improvement or inadequate',
            belowGoodColumns,
            landscape.belowGood,
          ),
          listTable(
            'since',
            'Longest since inspection',
            sinceInspectionColumns,
            landscape.longestSinceInspection,
          ),
          listTable(
            'conversions',
            'Academy conversions in progress',
            conversionColumns,
            landscape.conversions,
          ),
        ];
        const file = landscapeFileQuery.parse(request.query);
        if (file.format !== undefined)
          return sendTables(
            reply,
            tables,
            { table: file.table, format: file.format },
            `landscape-${parsed.data.la}`,
          );
        const shownAs: Record<string, string | undefined> = { ...chosen, sort: raw.sort, order: raw.order };
        return render(200, {
          pageTitle: `Landscape: ${landscape.la.name}`,
          landscape,
          // The landscape as kept (schools/service.ts): its body is rendered once for each sorting.
          found,
          shownAs,
          sorting: {
            belowGood: sortHeaders('/landscape', shownAs, 'below-good', belowGoodColumns, sorted),
            since: sortHeaders('/landscape', shownAs, 'since', sinceInspectionColumns, sorted),
            conversions: sortHeaders('/landscape', shownAs, 'conversions', conversionColumns, sorted),
          },
          downloads: {
            belowGood: downloadLinks('/landscape', shownAs, 'below-good'),
            since: downloadLinks('/landscape', shownAs, 'since'),
            conversions: downloadLinks('/landscape', shownAs, 'conversions'),
          },
          figures: { asAt: formatDate(dates.later) } satisfies PrintedFigures,
        });
      });
    }
  };
}
