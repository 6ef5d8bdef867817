import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import type { Composition } from '../access/capability.ts';
import { NotFoundError, UnauthenticatedError, ValidationError, type FieldProblem } from '../kernel/errors.ts';
import { idParams } from '../kernel/forms.ts';
import { acceptUploads, importUpload, readUploadForm } from './upload.ts';
import { answerAtOnceBytes, importRun, startImportRun } from './runs.ts';

// Data files through the API, as on the upload page: the same kinds, the same checks and the same
// words. A small file is imported while the client waits; a large one (or one sent with
// "Prefer: respond-async") is answered 202 with the address of its run, to poll.

const run = { permission: 'imports:run' as const };

class UnsupportedUploadError extends Error {
  override name = 'UnsupportedUploadError';
  readonly statusCode = 415;
}
/** A refused file: every problem with its line and column, each pointing at the file field. */
class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
  readonly statusCode = 400;
  constructor(
    message: string,
    readonly problems: (FieldProblem & { line: number; column?: string })[],
  ) {
    super(message);
  }
}

const sendAsMultipart =
  'Send the file as multipart/form-data: the kind of file in a field named “kind” and the file in one named “file”.';

const uploadFields = z.object({
  kind: z
    .string()
    .optional()
    .meta({ description: 'The kind of file: one of the keys of GET /imports/kinds' }),
  file: z.string().optional().meta({ description: 'The file itself', format: 'binary' }),
  set: z.string().optional().meta({ description: 'Statistical neighbours: the year of DfE’s model' }),
  period: z.string().optional().meta({ description: 'The academic year it ends in, like 2019 for 2018/19' }),
  mapping: z.string().optional(),
  plan: z.string().optional().meta({ description: 'A plan’s workbook: the plan’s number' }),
});

const summarySchema = z.object({
  dataset: z.string(),
  file: z.string(),
  rows: z.number(),
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  removed: z.number(),
  rejected: z.array(z.object({ line: z.number(), reason: z.string() })),
});
const problemSchema = z.object({ line: z.number(), column: z.string().optional(), message: z.string() });
const runSchema = z.object({
  id: z.number(),
  kind: z.string(),
  file: z.string(),
  bytes: z.number(),
  state: z.enum(['running', 'imported', 'refused', 'failed']),
  summary: summarySchema.nullable(),
  problems: z.array(problemSchema),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

export function importsApi(services: Services, _config: Config, { importKinds }: Composition) {
  return async function (app: FastifyInstance): Promise<void> {
    await acceptUploads(app);
    // Anything but a multipart form (a CSV sent as the body, a forged type) is refused in words.
    app.addContentTypeParser('*', (_request, _payload, done) => {
      done(new UnsupportedUploadError(sendAsMultipart), undefined);
    });
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/imports/kinds',
      {
        config: run,
        schema: {
          tags: ['imports'],
          summary: 'The kinds of data file Beacon imports, with the fields each needs',
          response: {
            200: z.array(
              z.object({ key: z.string(), title: z.string(), hint: z.string(), fields: z.array(z.string()) }),
            ),
          },
        },
      },
      async () =>
        importKinds.map((k) => ({ key: k.key, title: k.title, hint: k.hint, fields: [...k.fields] })),
    );

    api.post(
      '/imports',
      {
        config: run,
        schema: {
          tags: ['imports'],
          summary: 'Import a data file, all or nothing',
          description:
            `A file up to ${String(answerAtOnceBytes / 1024 / 1024)} MB is imported while you wait (200). A larger one, ` +
            'or any sent with `Prefer: respond-async`, is answered 202 with a `Location` to poll. A refused ' +
            'file is a 400 problem listing every problem with its line and column.',
          consumes: ['multipart/form-data'],
          body: uploadFields,
          response: {
            200: z.object({ state: z.literal('imported'), summary: summarySchema }),
            202: z.object({ id: z.number(), state: z.literal('running'), status: z.string() }),
          },
        },
      },
      async (request, reply) => {
        const actor = request.actor;
        if (!actor) throw new UnauthenticatedError();
        if (!request.isMultipart()) throw new UnsupportedUploadError(sendAsMultipart);
        const form = readUploadForm(importKinds, request.body, request.uploadedFile);
        if ('errors' in form)
          throw new ValidationError(
            Object.entries(form.fieldErrors).map(([field, message]) => ({ field, message })),
          );
        const waits =
          /respond-async/i.test(String(request.headers.prefer ?? '')) ||
          fs.statSync(form.file).size > answerAtOnceBytes;
        if (waits) {
          const id = await startImportRun(services, actor, importKinds, form, request.log);
          const status = `/api/v1/imports/${String(id)}`;
          return reply.status(202).header('location', status).send({ id, state: 'running', status });
        }
        const outcome = await importUpload(services, actor, importKinds, form);
        if ('summary' in outcome) return { state: 'imported' as const, summary: outcome.summary };
        throw new ImportRefusedError(
          `${path.basename(form.file)} was not imported: nothing was changed.`,
          outcome.failed.problems.map((p) => ({ field: 'file', ...p })),
        );
      },
    );

    api.get(
      '/imports/:id',
      {
        config: run,
        schema: {
          tags: ['imports'],
          summary: 'How an import sent with 202 is going, and how it ended',
          params: idParams,
          response: { 200: runSchema },
        },
      },
      async (request) => {
        const found = await importRun(services, request.params.id);
        if (!found) throw new NotFoundError(`There is no import run ${String(request.params.id)}`);
        return found;
      },
    );
  };
}
