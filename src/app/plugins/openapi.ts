import type { FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { withErrorResponses } from './openapiErrors.ts';

// The OpenAPI document is generated from the zod schemas the API routes validate with, so it
// cannot drift from what the API accepts and returns. Only /api/v1 routes appear in it.
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Beacon API',
        version: '1',
        description:
          'Everything the Beacon web pages show and edit. Authenticate with a session cookie (send the ' +
          'x-csrf-token header on changes) or with `Authorization: Bearer <token>`. Errors are ' +
          'application/problem+json (RFC 9457). Every list pages, sorts and filters the same way: ' +
          '`?page=2&pageSize=100&sort=-name&status=open` (any field of its rows; at most 500 a page), ' +
          'with X-Total-Count and a Link header to the first, previous, next and last pages. Reads carry ' +
          'an ETag: send it back in If-None-Match for a 304 while nothing has changed.',
      },
      components: {
        securitySchemes: {
          bearerToken: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'beacon.sid' },
        },
      },
      security: [{ bearerToken: [] }, { session: [] }],
    },
    transformObject: (documents) =>
      'openapiObject' in documents ? withErrorResponses(documents.openapiObject) : documents.swaggerObject,
    transform: (document) => {
      const transformed = jsonSchemaTransform(document);
      if (!document.url.startsWith('/api/v1/'))
        return { ...transformed, schema: { ...transformed.schema, hide: true } };
      return transformed;
    },
  });
}
