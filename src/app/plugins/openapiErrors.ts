// The error responses every operation can give, in the shape errors.ts sends them (RFC 9457
// problem+json, each refused field with a JSON Pointer), each with an example a developer can read.

type Operation = {
  parameters?: { in: string }[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: unknown[];
};

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance'],
  properties: {
    type: { type: 'string', const: 'about:blank' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong, in words a person can act on' },
    instance: { type: 'string', description: 'The path asked for' },
    errors: {
      type: 'array',
      description: 'Each field refused, with a JSON Pointer (RFC 6901) into the body',
      items: {
        type: 'object',
        required: ['field', 'pointer', 'message'],
        properties: {
          field: { type: 'string' },
          pointer: { type: 'string' },
          message: { type: 'string' },
          line: { type: 'integer', description: 'For a refused file: its line' },
          column: { type: 'string', description: 'For a refused file: its column' },
        },
      },
    },
  },
} as const;

const problem = (status: number, title: string, detail: string, extra: Record<string, unknown> = {}) => ({
  description: title,
  content: {
    'application/problem+json': {
      schema: { $ref: '#/components/schemas/Problem' },
      example: { type: 'about:blank', title, status, detail, instance: '/api/v1/…', ...extra },
    },
  },
});

const errors = {
  400: problem(400, 'Bad Request', 'The request is not valid', {
    errors: [
      { field: 'dueOn', pointer: '/dueOn', message: 'Enter a real date, with the day, month and year' },
    ],
  }),
  401: problem(401, 'Unauthorized', 'The API token is not valid, or has been revoked.'),
  403: problem(403, 'Forbidden', 'This token may only read: it cannot change anything.'),
  404: problem(404, 'Not Found', 'There is no plan 99'),
  409: problem(409, 'Conflict', 'The papers for this meeting are already published'),
  429: {
    ...problem(429, 'Too Many Requests', 'More than 1200 requests a minute: try again in 12 seconds'),
    headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
  },
};

/** Adds the problem responses to every operation that does not describe its own. */
export function withErrorResponses<T extends { paths?: object; components?: object }>(document: T): T {
  const components = { ...(document.components ?? {}) } as { schemas?: Record<string, unknown> };
  components.schemas = { ...(components.schemas ?? {}), Problem: problemSchema };
  for (const methods of Object.values(document.paths ?? {}) as Record<string, Operation>[])
    for (const operation of Object.values(methods)) {
      const takes = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
      const named = operation.parameters?.some((p) => p.in === 'path') ?? false;
      const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
      operation.responses = {
        ...(takes ? { 400: errors[400] } : {}),
        ...(isPublic ? {} : { 401: errors[401], 403: errors[403] }),
        ...(named ? { 404: errors[404] } : {}),
        ...(operation.requestBody === undefined ? {} : { 409: errors[409] }),
        429: errors[429],
        ...(operation.responses ?? {}),
      };
    }
  return { ...document, components };
}
