import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import { UnauthenticatedError, ValidationError } from '../kernel/errors.ts';
import { todayIso as today } from '../kernel/format.ts';
import type { Actor } from '../access/actor.ts';
import { locatedIn, maxReturnBytes, readReturnWorkbook } from './workbook.ts';
import { renderReturnPage } from './returnPage.ts';
import { fieldOf } from './returns.ts';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyRequest {
    /** The workbook uploaded with this request: set only by the multipart handler below. */
    uploadedReturn: { bytes: Buffer; tooLarge: boolean } | undefined;
  }
}

class UnreadableUploadError extends Error {
  override name = 'UnreadableUploadError';
  readonly statusCode = 400;
}

const params = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  urn: z.coerce.number().int().min(100000).max(9999999),
});

const actorOf = (request: { actor?: Actor }) => {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
};

/** Receives one workbook per request in this plugin's scope, in memory no further than 2 MB. */
async function acceptReturnUploads(app: FastifyInstance): Promise<void> {
  app.decorateRequest('uploadedReturn', undefined);
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: maxReturnBytes, files: 1, fields: 5, fieldSize: 10_000 },
    async onFile(part) {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file as AsyncIterable<Buffer>) chunks.push(chunk);
      this.uploadedReturn = { bytes: Buffer.concat(chunks), tooLarge: part.file.truncated };
      (part as unknown as { value: string }).value = part.filename;
    },
  });
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

/** Reads the uploaded workbook and saves it as the return's figures; each refusal names the cell. */
async function saveUploadedReturn(
  services: Services,
  actor: Actor,
  id: number,
  urn: number,
  upload: FastifyRequest['uploadedReturn'],
): Promise<void> {
  // Whose return it is comes first: another school's is refused before anything about the file.
  const view = await services.inYearReturns.view(actor, id, urn, today());
  if (!upload || upload.bytes.length === 0)
    throw new ValidationError([{ field: 'workbook', message: 'Choose the filled-in workbook to upload' }]);
  if (upload.tooLarge)
    throw new ValidationError([
      { field: 'workbook', message: 'The workbook is larger than 2 MB: it is not this return’s template' },
    ]);
  const read = await readReturnWorkbook(upload.bytes, view.grid, urn);
  try {
    await services.inYearReturns.change(actor, id, urn, 'save', read, today());
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw locatedIn(error, read, fieldOf);
  }
}

/**
 * A return uploaded as the school's filled-in template (SPEC C7, 3): read into memory no further
 * than 2 MB, checked as the web form's figures are, each message naming the sheet and the cell.
 */
export function uploadRoutes(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    await acceptReturnUploads(app);

    routes.post(
      '/collection/windows/:id/schools/:urn/upload',
      { config: { permission: 'collection:submit' }, schema: { params } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { id, urn } = request.params;
        try {
          await saveUploadedReturn(services, actor, id, urn, request.uploadedReturn);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return renderReturnPage(services, reply, actor, id, urn, { values: {}, error });
        }
        return reply.redirect(`/collection/windows/${String(id)}/schools/${String(urn)}#status`, 303);
      },
    );
  };
}

/** The API's twin: the same workbook checks as problem+json, then the return as it now is. */
export function uploadApi(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    await acceptReturnUploads(app);
    app.withTypeProvider<ZodTypeProvider>().post(
      '/collection-windows/:id/returns/:urn/upload',
      {
        config: { permission: 'collection:submit' },
        schema: {
          tags: ['collection'],
          summary: 'Save a return from its filled-in workbook (multipart: “workbook”)',
          consumes: ['multipart/form-data'],
          params,
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const { id, urn } = request.params;
        await saveUploadedReturn(services, actor, id, urn, request.uploadedReturn);
        return services.inYearReturns.view(actor, id, urn, today());
      },
    );
  };
}
