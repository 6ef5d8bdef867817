import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import fastifyMultipart from '@fastify/multipart';
import type { Services } from '../kernel/services.ts';
import { ValidationError } from '../kernel/errors.ts';
import type { Config } from '../kernel/config.ts';
import type { Composition } from '../access/capability.ts';
import { renderMeetingPage } from './meetings/page.ts';
import { slugOf, todayIso as today } from '../kernel/format.ts';
import { maxDocumentBytes } from './papers/document.ts';
import { actorOf, clerk, idParams, itemParams, readPublic } from './forms.ts';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyRequest {
    /** The paper uploaded with this request: set only by the multipart handler below. */
    uploadedDocument: { fileName: string; bytes: Buffer; tooLarge: boolean } | undefined;
  }
}

class UnreadableUploadError extends Error {
  override name = 'UnreadableUploadError';
  readonly statusCode = 400;
}

/** Receives one PDF per request in this plugin's scope, in memory no further than the size limit. */
async function acceptDocuments(app: FastifyInstance): Promise<void> {
  app.decorateRequest('uploadedDocument', undefined);
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: maxDocumentBytes, files: 1, fields: 5, fieldSize: 10_000 },
    async onFile(part) {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file as AsyncIterable<Buffer>) chunks.push(chunk);
      this.uploadedDocument = {
        fileName: part.filename,
        bytes: Buffer.concat(chunks),
        tooLarge: part.file.truncated,
      };
      (part as unknown as { value: string }).value = part.filename;
    },
  });
  // A body the multipart parser cannot read is the sender's fault: a 400 that says so.
  app.setErrorHandler((error) => {
    if (
      error instanceof Error &&
      !('statusCode' in error) &&
      /multipart|part header|end of form|boundary/i.test(error.message)
    )
      throw new UnreadableUploadError(
        'The upload could not be read: it was cut short or is not a form from this page. Try again.',
      );
    throw error;
  });
}

/** What the clerk sent: the title field and the file, as the papers service takes them. */
function documentOf(request: FastifyRequest) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const upload = request.uploadedDocument;
  return {
    title: typeof body.title === 'string' ? body.title : '',
    fileName: upload?.fileName ?? '',
    bytes: upload?.bytes ?? null,
    tooLarge: upload?.tooLarge ?? false,
  };
}

/**
 * Papers the clerk uploads (SPEC C5, 3): a PDF to an agenda item, read into memory no further than
 * the size limit, checked by its content, and given back only to those who may read the pack.
 */
export function documentRoutes(services: Services, _config: Config, { paperKinds }: Composition) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    await acceptDocuments(app);

    routes.post(
      '/meetings/:id/items/:itemId/document',
      { config: clerk, schema: { params: itemParams } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { id, itemId } = request.params;
        try {
          await services.papers.attachDocument(actor, id, itemId, documentOf(request), today());
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          // Each item has its own upload form: the problem is shown against this item's fields.
          const problems = error.problems.map((p) => ({ ...p, field: `${p.field}-${String(itemId)}` }));
          return renderMeetingPage(services, paperKinds, reply, actor, id, new ValidationError(problems));
        }
        return reply.redirect(`/meetings/${String(id)}#item-${String(itemId)}`, 303);
      },
    );

    routes.get(
      '/meeting-papers/:id.pdf',
      { config: readPublic, schema: { params: idParams } },
      async (request, reply) => {
        const document = await services.papers.document(actorOf(request), request.params.id, today());
        return reply
          .type('application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="${slugOf(document.title, 60) || 'paper'}.pdf"`,
          )
          .send(document.bytes);
      },
    );
  };
}

/** The API's twin of the upload: the same checks, as problem+json, then the meeting as it now is. */
export function documentApi(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    await acceptDocuments(app);
    app.withTypeProvider<ZodTypeProvider>().post(
      '/meetings/:id/items/:itemId/document',
      {
        config: clerk,
        schema: {
          tags: ['governance'],
          summary: 'Upload a PDF as an agenda item’s paper (multipart: “title” and “file”)',
          consumes: ['multipart/form-data'],
          params: itemParams,
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { id, itemId } = request.params;
        await services.papers.attachDocument(actor, id, itemId, documentOf(request), today());
        return reply.status(201).send(await services.meetings.meeting(actor, id, today()));
      },
    );
  };
}
