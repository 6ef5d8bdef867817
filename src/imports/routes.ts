import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import type { Composition, ImportKind } from '../access/capability.ts';
import { ImportFailedError, maxImportBytes, type ImportSummary } from '../kernel/importFiles.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { processIsGone } from '../db/lock.ts';
import { recordRefusedImport } from './record.ts';
import { headerOf, kindTheHeaderFits } from './recognise.ts';
import { fromRoot } from '../kernel/paths.ts';

// The templates an administrator can download from the upload page, each documented in docs/.
const templatesDir = fromRoot('docs', 'templates');
const templates = ['values-template', 'schools-template'] as const;

const uploadFields = z.object({
  kind: z.string(),
  set: z.string().optional(),
  period: z.string().optional(),
  mapping: z.string().optional(),
  plan: z.string().optional(),
});

declare module 'fastify' {
  interface FastifyRequest {
    /** Where this request's upload was saved: set only by the multipart file handler below. */
    uploadedFile: string | undefined;
  }
}

type Field = { text: string; href: string };

type UploadForm =
  | {
      kind: ImportKind;
      file: string;
      options: { set?: string; period?: number; mapping?: string; plan?: number };
    }
  | { errors: Field[]; fieldErrors: Record<string, string>; chosen: string };

// Each field's own message, for the field itself: only the fields at fault are marked.
const fieldErrorsOf = (errors: readonly Field[]) =>
  Object.fromEntries(errors.map((e) => [e.href.replace(/^#/, '').replace(/^kind-.*/, 'kind'), e.text]));

/** Checks the upload form; every problem is named against the field it belongs to. */
function readUploadForm(
  importKinds: readonly ImportKind[],
  body: unknown,
  uploaded: string | undefined,
): UploadForm {
  const parsed = uploadFields.safeParse(body ?? {});
  const fields = parsed.success ? parsed.data : { kind: '' };
  const kind = importKinds.find((k) => k.key === fields.kind);
  const errors: Field[] = [];
  if (!kind)
    errors.push({ text: 'Choose what kind of file this is', href: `#kind-${importKinds[0]?.key ?? ''}` });
  if (!uploaded || fs.statSync(uploaded).size === 0)
    errors.push({ text: 'Choose a file to upload', href: '#file' });
  const periodText = fields.period?.trim() ?? '';
  const period = periodText === '' ? undefined : Number(periodText);
  if (
    kind?.fields.includes('period') &&
    period !== undefined &&
    !(Number.isInteger(period) && period >= 1990 && period <= 2100)
  ) {
    errors.push({ text: 'Enter the year as four digits, like 2019 for 2018/19', href: '#period' });
  }
  const set = fields.set?.trim() ?? '';
  if (kind?.fields.includes('set') && !/^\d{4}$/.test(set)) {
    errors.push({ text: 'Enter the year of DfE’s neighbour model, like 2025', href: '#set' });
  }
  const planText = fields.plan?.trim() ?? '';
  if (kind?.fields.includes('plan') && !/^\d{1,9}$/.test(planText)) {
    errors.push({
      text: 'Enter the number of the plan, as in its address: /plans/1 is plan 1',
      href: '#plan',
    });
  }
  if (errors.length > 0 || !kind || !uploaded)
    return { errors, fieldErrors: fieldErrorsOf(errors), chosen: fields.kind };
  return {
    kind,
    file: uploaded,
    options: {
      set,
      period,
      mapping: fields.mapping ?? '',
      ...(planText === '' ? {} : { plan: Number(planText) }),
    },
  };
}

class UnreadableUploadError extends Error {
  override name = 'UnreadableUploadError';
  readonly statusCode = 400;
}

// Busboy's own errors carry no status: they are known by what they say.
function isUnreadableUpload(error: unknown): boolean {
  return (
    error instanceof Error &&
    !('statusCode' in error) &&
    /multipart|part header|end of form|boundary/i.test(error.message)
  );
}

// Uploads wait in a folder of this process's own, so that what a process killed mid-import left
// behind is known by its number and cleared when Beacon next starts.
const uploadsRoot = path.join(os.tmpdir(), 'beacon-uploads');
const uploadsFolder = () => {
  const folder = path.join(uploadsRoot, String(process.pid));
  fs.mkdirSync(folder, { recursive: true });
  return folder;
};

/** Removes the upload folders of Beacon processes that are no longer running. */
export function clearAbandonedUploads(root = uploadsRoot): string[] {
  if (!fs.existsSync(root)) return [];
  const cleared = fs
    .readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid && processIsGone(Number(name)));
  for (const name of cleared) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  return cleared;
}

/** The admin upload page: the same imports as `npx beacon import`, from the browser. */
export function importRoutes(services: Services, _config: Config, { importKinds }: Composition) {
  return async function (app: FastifyInstance): Promise<void> {
    clearAbandonedUploads();
    // Multipart only here. The file streams to a temporary folder rather than memory; the other
    // fields (the CSRF token among them) arrive as plain strings for the usual checks.
    app.decorateRequest('uploadedFile', undefined);
    await app.register(fastifyMultipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: maxImportBytes, files: 1, fields: 10 },
      async onFile(part) {
        const folder = fs.mkdtempSync(path.join(uploadsFolder(), 'upload-'));
        const name = path.basename(part.filename).replace(/[^\w.-]/g, '_') || 'upload';
        const target = path.join(folder, name);
        // The path is kept on the request, never taken from the form: a forged "file" field
        // must not be able to name a file on the server. Set before streaming, so that a file
        // cut off at the size limit is still cleaned up.
        this.uploadedFile = target;
        await pipeline(part.file, fs.createWriteStream(target));
        (part as unknown as { value: string }).value = part.filename;
      },
    });

    // A body the multipart parser cannot read (cut short, no boundary, a broken part header) is the
    // sender's fault: a 400 that says so, through the app's own error handler.
    app.setErrorHandler((error) => {
      if (isUnreadableUpload(error))
        throw new UnreadableUploadError(
          'The upload could not be read: it was cut short or is not a form from this page. Try again.',
        );
      throw error;
    });

    // Whatever happened, the upload's temporary folder goes when the response has been sent.
    app.addHook('onResponse', async (request) => {
      if (request.uploadedFile)
        fs.rmSync(path.dirname(request.uploadedFile), { recursive: true, force: true });
    });

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
      let summary: ImportSummary;
      try {
        summary = await form.kind.run(services, actor, form.file, form.options);
      } catch (error) {
        if (!(error instanceof ImportFailedError)) throw error;
        await recordRefusedImport(services.database.db, actor, form.kind.key, error);
        const header = headerOf(form.file);
        const lookAlike = header ? kindTheHeaderFits(importKinds, form.kind, header) : null;
        const failed = lookAlike
          ? new ImportFailedError(form.file, [
              {
                line: 1,
                message: `This file has the columns of “${lookAlike.title}”, not “${form.kind.title}”. Choose “${lookAlike.title}” as the kind of file and import it again.`,
              },
            ])
          : error;
        const errors = [
          { text: `${path.basename(form.file)} was not imported: nothing was changed`, href: '#problems' },
        ];
        return reply
          .status(400)
          .page('imports/views/imports.njk', page({ failed, chosen: form.kind.key, errors }));
      }
      return reply.page('imports/views/imports.njk', page({ summary, chosen: form.kind.key }));
    });
  };
}
