import { todayIso as today } from '../kernel/format.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZipArchive } from 'archiver';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { UnauthenticatedError, ValidationError, formErrors } from '../kernel/errors.ts';
import { printable } from '../kernel/printing.ts';
import { inPipeline } from '../kernel/collections.ts';
import { urnParams } from '../schools/queries.ts';
import { mergeFields } from './letters/template.ts';
import { letterFileName, letterPage } from './letters/page.ts';
import { areaProfileContext, areaProfileTemplate } from './areaProfile/page.ts';

const laCode = z.string().regex(/^\d{3}$/, 'An LA code is DfE’s three-digit LA number, like 851');
const templateForm = z.object({
  body: z.string().max(40_000).default(''),
  signedBy: z.string().max(200).default(''),
  _csrf: z.string().optional(),
});
const letters = { permission: 'reports:letters' as const };

/** The person downloading the letters' ZIP has gone: printing stops. */
class DownloadAbandoned extends Error {}

export function reportsRoutes(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const council = config.localAuthority.code;
    const fields = Object.entries(mergeFields).map(([name, means]) => ({ name, means }));

    routes.get(
      '/letters',
      { config: letters, schema: { querystring: z.object({ saved: z.literal('1').optional() }) } },
      async (request, reply) => {
        const template = await services.letters.template(council);
        return reply.page('reports/letters/views/template.njk', {
          pageTitle: 'Annual performance letters',
          form: template,
          isDefault: template.isDefault,
          fields,
          laCode: council,
          saved: request.query.saved === '1',
        });
      },
    );

    routes.post('/letters', { config: letters, schema: { body: templateForm } }, async (request, reply) => {
      if (!request.actor) throw new UnauthenticatedError();
      try {
        await services.letters.saveTemplate(request.actor, council, request.body);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return reply.status(400).page('reports/letters/views/template.njk', {
          pageTitle: 'Annual performance letters',
          form: request.body,
          fields,
          laCode: council,
          ...formErrors(error),
        });
      }
      return reply.redirect('/letters?saved=1', 303);
    });

    routes.get('/area-profiles', { config: { permission: 'reports:areaProfile' } }, async (_request, reply) =>
      reply.redirect(`/area-profiles/${council}`, 303),
    );

    // By parliamentary constituency, and by ward (seed 004 section 2; SPEC C8).
    for (const [path, kind] of [
      ['/area-profiles/:laCode', 'constituency'],
      ['/area-profiles/:laCode/wards', 'ward'],
    ] as const) {
      for (const { url, print } of printable(path)) {
        routes.get(
          url,
          { config: { permission: 'reports:areaProfile', print }, schema: { params: z.object({ laCode }) } },
          async (request, reply) => {
            if (!request.actor) throw new UnauthenticatedError();
            const profile = await services.areaProfiles.profile(
              request.actor,
              config,
              request.params.laCode,
              kind,
              today(),
            );
            return reply.page(areaProfileTemplate, areaProfileContext(profile));
          },
        );
      }
    }

    for (const { url, print } of printable('/schools/:urn/letter')) {
      routes.get(
        url,
        { config: { permission: 'performance:read', print }, schema: { params: urnParams } },
        async (request, reply) => {
          if (!request.actor) throw new UnauthenticatedError();
          const letter = await services.letters.letterFor(request.actor, request.params.urn, config);
          return reply.page(letterPage.template, letterPage.context(letter));
        },
      );
    }

    // Every open school's letter in one ZIP, each printed as it is added: memory holds one PDF.
    routes.get(
      '/letters/:laCode.zip',
      { config: letters, schema: { params: z.object({ laCode }) } },
      async (request, reply) => {
        if (!request.actor) throw new UnauthenticatedError();
        const actor = request.actor;
        const schools = await services.letters.schoolsOf(actor, request.params.laCode);
        // PDFs are compressed already: the ZIP only stores them.
        const zip = new ZipArchive({ store: true });
        // A person who gives up on the download stops the printing: nothing more is made for nobody.
        const download = { abandoned: false };
        reply.raw.on('close', () => {
          download.abandoned = true;
        });
        void (async () => {
          try {
            // The next school's figures are read while this one's letter prints.
            await inPipeline(
              schools,
              (school) => services.letters.letterFor(actor, school.urn, config),
              async (letter) => {
                if (download.abandoned) throw new DownloadAbandoned();
                const pdf = await app.printPage(letterPage.template, letterPage.context(letter));
                zip.append(pdf, { name: letterFileName(letter.school) });
              },
            );
            await zip.finalize();
          } catch (error) {
            // A reader who leaves is no error: nothing more is printed for nobody.
            if (!(error instanceof DownloadAbandoned))
              request.log.error({ err: error }, 'the letters ZIP stopped part-way');
            zip.abort();
          }
        })();
        return reply
          .type('application/zip')
          .header('content-disposition', `attachment; filename="letters-${request.params.laCode}.zip"`)
          .send(zip);
      },
    );
  };
}
