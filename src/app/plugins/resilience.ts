import { validateHeaderName, validateHeaderValue } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fastifyRequestContext, requestContext } from '@fastify/request-context';
import { requestScope } from '../../access/keptReads.ts';

// No request may stop the server. Three guards, from the specific to the general:
// 1. a header value Node would refuse to write (a line break or a character beyond Latin-1 that a
//    parameter carried into a redirect) is taken off the reply and answered as a bad request;
// 2. text carrying a NUL byte, which PostgreSQL refuses to store or compare, is refused up front;
// 3. a callback that throws outside a request's promise chain (the session store's, for example)
//    answers its own request through `answerFromCallback` instead of becoming an unhandled
//    rejection; the process-wide handlers in `cli/serve.ts` log anything that still gets through.

declare module '@fastify/request-context' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface RequestContextData {
    reply: FastifyReply;
  }
}

export class UnusableCharactersError extends Error {
  override name = 'UnusableCharactersError';
  readonly statusCode = 400;
}

function headerProblem(name: string, value: unknown): boolean {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  try {
    validateHeaderName(name);
    for (const v of values) validateHeaderValue(name, typeof v === 'string' ? v : String(v));
    return false;
  } catch {
    return true;
  }
}

function carriesNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  if (Buffer.isBuffer(value)) return false;
  return Object.entries(value).some(([key, v]) => key.includes('\u0000') || carriesNul(v, depth + 1));
}

function nulInAddress(url: string): boolean {
  try {
    return decodeURIComponent(url).includes('\u0000');
  } catch {
    // Malformed percent-encoding: Fastify answers that itself, as a 400.
    return false;
  }
}

/** Answers the request a throwing callback belonged to (500, or the connection closed if already begun). */
export function answerFromCallback(error: unknown): void {
  const reply = requestContext.get('reply');
  if (!reply) {
    console.error('A callback failed outside any request:', error);
    return;
  }
  reply.log.error({ err: error }, 'a callback failed while answering this request');
  const raw = reply.raw;
  if (raw.headersSent) {
    raw.destroy();
    return;
  }
  raw.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  raw.end('Something went wrong in Beacon. It has been logged.');
}

/** Runs `callback`, turning a throw into a 500 for its own request rather than a crash. */
export function guarded<Args extends unknown[]>(callback: (...args: Args) => void) {
  return (...args: Args): void => {
    try {
      callback(...args);
    } catch (error) {
      answerFromCallback(error);
    }
  };
}

export async function registerResilience(app: FastifyInstance): Promise<void> {
  await app.register(fastifyRequestContext);
  app.addHook('onRequest', async (_request, reply) => {
    requestContext.set('reply', reply);
  });
  // A request's kept reads share one reading of the audit log's position (access/keptReads.ts).
  // The scope is entered again before validation and before the handler, as the session's
  // callbacks and the body's stream do not carry it.
  const scopes = new WeakMap<FastifyRequest, (next: () => void) => void>();
  app.addHook('onRequest', (request, _reply, done) => {
    const scope = requestScope();
    scopes.set(request, scope);
    scope(done);
  });
  const reenter = (request: FastifyRequest, _reply: unknown, done: () => void) => {
    const scope = scopes.get(request);
    if (scope) scope(done);
    else done();
  };
  app.addHook('preValidation', reenter);
  app.addHook('preHandler', reenter);

  // After the session is read (an error page needs it), before any handler or schema sees the text.
  app.addHook('preValidation', async (request) => {
    if (nulInAddress(request.url)) {
      throw new UnusableCharactersError(
        'The address contains a NUL character, which Beacon cannot read. Check the link and try again.',
      );
    }
    if (carriesNul(request.params) || carriesNul(request.query) || carriesNul(request.body)) {
      throw new UnusableCharactersError(
        'What was sent contains a NUL character, which Beacon cannot read. Remove it and try again.',
      );
    }
  });

  // Registered before every other onSend hook, so it sees the reply before the session's.
  app.addHook('onSend', async (request, reply) => {
    const bad = Object.entries(reply.getHeaders()).filter(([name, value]) => headerProblem(name, value));
    if (bad.length === 0) return;
    for (const [name] of bad) reply.removeHeader(name);
    request.log.warn({ headers: bad.map(([name]) => name) }, 'a header could not be written');
    throw new UnusableCharactersError(
      'The address asks Beacon to send characters it cannot put in a response. Check the link and try again.',
    );
  });
}
