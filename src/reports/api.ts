import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import type { Actor } from '../access/actor.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { todayIso as today } from '../kernel/format.ts';
import { urnParams } from '../schools/queries.ts';

// The reports' figures as data, beside their pages and PDFs: area profiles, a school's letter, and
// the council's letter template, which the API may change as the page does.

const laCode = z.string().regex(/^\d{3}$/, 'An LA code is DfE’s three-digit LA number, like 851');
const tags = ['reports'];
const letters = { permission: 'reports:letters' as const };

export function reportsApi(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const council = config.localAuthority.code;
    const actorOf = (request: { actor?: Actor }) => {
      if (!request.actor) throw new UnauthenticatedError();
      return request.actor;
    };

    api.get(
      '/letters/template',
      { config: letters, schema: { tags, summary: 'The council’s annual performance letter template' } },
      async () => services.letters.template(council),
    );

    api.put(
      '/letters/template',
      {
        config: letters,
        schema: {
          tags,
          summary: 'Change the letter template (merge fields in double braces)',
          body: z.object({ body: z.string().max(40_000), signedBy: z.string().max(200) }).meta({
            examples: [{ body: 'Dear {{headteacher}}, …', signedBy: 'Director of Children’s Services' }],
          }),
        },
      },
      async (request) => {
        await services.letters.saveTemplate(actorOf(request), council, request.body);
        return services.letters.template(council);
      },
    );

    api.get(
      '/schools/:urn/letter',
      {
        config: { permission: 'performance:read' },
        schema: {
          tags,
          summary: 'A school’s annual performance letter, with its figures',
          params: urnParams,
        },
      },
      async (request) => services.letters.letterFor(actorOf(request), request.params.urn, config),
    );

    for (const [path, kind] of [
      ['/area-profiles/:laCode', 'constituency'],
      ['/area-profiles/:laCode/wards', 'ward'],
    ] as const)
      api.get(
        path,
        {
          config: { permission: 'reports:areaProfile' },
          schema: { tags, summary: `The area profile by ${kind}`, params: z.object({ laCode }) },
        },
        async (request) =>
          services.areaProfiles.profile(actorOf(request), config, request.params.laCode, kind, today()),
      );
  };
}
