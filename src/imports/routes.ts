import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import type { Composition } from '../access/capability.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { acceptUploads, importUpload, readUploadForm } from './upload.ts';
import { fromRoot } from '../kernel/paths.ts';

// The templates an administrator can download from the upload page, each documented in docs/.
const templatesDir = fromRoot('docs', 'templates');
const templates = ['values-template', 'schools-template'] as const;

/** The admin upload page: the same imports as `npx beacon import`, from the browser. */
export function importRoutes(services: Services, _config: Config, { importKinds }: Composition) {
  return async function (app: FastifyInstance): Promise<void> {
    await acceptUploads(app);

    const page = (extra: Record<string, unknown> = {}) => ({
      pageTitle: 'Import data',
      kinds: importKinds.map((k) => ({
        key: k.key,
        title: k.title,
        hint: k.hint,
        fields: k.fields,
        accept: k.accept,
      })),
      ...extra,
    });

    app.get('/admin/imports', { config: { permission: 'imports:run' } }, async (_request, reply) =>
      reply.page('imports/views/imports.njk', page()),
    );

    for (const template of templates) {
      app.get(
        `/admin/imports/${template}.csv`,
        { config: { permission: 'imports:run' } },
        async (_request, reply) =>
          reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${template}.csv"`)
            .send(fs.createReadStream(path.join(templatesDir, `${template}.csv`))),
      );
    }

    app.post('/admin/imports', { config: { permission: 'imports:run' } }, async (request, reply) => {
      const actor = request.actor;
      if (!actor) throw new UnauthenticatedError();
      const form = readUploadForm(importKinds, request.body, request.uploadedFile);
      if ('errors' in form) return reply.status(400).page('imports/views/imports.njk', page(form));
      const outcome = await importUpload(services, actor, importKinds, form);
      if ('failed' in outcome) {
        const errors = [
          { text: `${path.basename(form.file)} was not imported: nothing was changed`, href: '#problems' },
        ];
        return reply
          .status(400)
          .page('imports/views/imports.njk', page({ failed: outcome.failed, chosen: form.kind.key, errors }));
      }
      const summary = outcome.summary;
      return reply.page('imports/views/imports.njk', page({ summary, chosen: form.kind.key }));
    });
  };
}
