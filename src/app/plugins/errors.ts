import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isApiRequest } from './authorise.ts';
import type { FieldProblem } from '../../kernel/errors.ts';

type Problem = { status: number; title: string; detail: string; errors?: FieldProblem[] };

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Turns any error into the problem a person or an API client should be told about. */
export function describeError(error: FastifyError & { problems?: FieldProblem[] }): Problem {
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  const title = titles[status] ?? 'Error';
  if (error.code === 'FST_CSRF_MISSING_SECRET' || error.code === 'FST_CSRF_INVALID_TOKEN') {
    return {
      status: 403,
      title: titles[403] ?? 'Forbidden',
      detail: 'The form has expired or did not come from Beacon. Go back, reload the page and try again.',
    };
  }
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return { status: 400, title, detail: 'The request body is not valid JSON.' };
  }
  if (error.validation) {
    const errors = error.validation.map((v) => ({
      field:
        v.instancePath.replace(/^\//, '').replaceAll('/', '.') ||
        (typeof v.params.missingProperty === 'string' ? v.params.missingProperty : ''),
      message: v.message ?? 'is not valid',
    }));
    return { status: 400, title, detail: `The request is not valid: ${error.message}`, errors };
  }
  if (error.problems) return { status, title, detail: error.message, errors: error.problems };
  // A 503 is Beacon saying it cannot do this just now (the PDF printer is busy, say), in its own words.
  if (status === 503 && error.name !== 'Error') return { status, title, detail: error.message };
  if (status >= 500) return { status, title, detail: 'Something went wrong in Beacon. It has been logged.' };
  return { status, title, detail: error.message };
}

/** A field's JSON Pointer (RFC 6901) into the request body: "yearGroups.Primary" is /yearGroups/Primary. */
export const pointerTo = (field: string): string =>
  field === ''
    ? ''
    : `/${field
        .split('.')
        .map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1'))
        .join('/')}`;

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Problem): FastifyReply {
  if (problem.status === 401) reply.header('www-authenticate', 'Bearer realm="beacon"');
  const errors = problem.errors?.map((e) => ({ ...e, pointer: pointerTo(e.field) }));
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      instance: request.url.split('?')[0],
      ...problem,
      ...(errors ? { errors } : {}),
    });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const problem = describeError(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    if (isApiRequest(request)) return sendProblem(reply, request, problem);
    if (problem.status === 401) {
      const returnTo = request.method === 'GET' ? request.url : '/';
      return reply.redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`, 303);
    }
    // An address whose own parts cannot be read (/schools/abc) names nothing that could exist: the
    // page says so as GOV.UK's "Page not found" does, not with the validator's words.
    if (error.validation && error.validationContext === 'params') return notFoundPage(request, reply);
    // No page shows a stack trace, a file path or SQL, in any mode: what broke is in the log.
    return reply.status(problem.status).page(errorTemplate(problem.status), { problem });
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (isApiRequest(request)) return sendProblem(reply, request, notFound(request));
    return notFoundPage(request, reply);
  });
}

const notFound = (request: FastifyRequest): Problem => ({
  status: 404,
  title: 'Not Found',
  detail: `There is nothing at ${request.url.split('?')[0] ?? ''}.`,
});

function notFoundPage(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.status(404).page('app/views/errors/404.njk', { problem: notFound(request) });
}

function errorTemplate(status: number): string {
  if (status === 404) return 'app/views/errors/404.njk';
  if (status >= 500 && status !== 503) return 'app/views/errors/500.njk';
  return 'app/views/errors/problem.njk';
}
