import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../../kernel/errors.ts';
import { sessionCookieName } from './security.ts';

// How often one caller may use the API (rate-limiter-flexible): a token, else a signed-in session,
// else an address, each with its own allowance a minute. Past it, 429 with Retry-After in seconds,
// so a dashboard or a script backs off rather than crowding out everyone else.

/** Who is asking, as a key that holds no secret: a token is kept only as its hash. */
function callerOf(request: FastifyRequest): string {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer '))
    return `token:${createHash('sha256').update(authorization).digest('hex')}`;
  const session = request.cookies[sessionCookieName];
  if (session !== undefined) return `session:${createHash('sha256').update(session).digest('hex')}`;
  return `address:${request.ip}`;
}

export function limitApiCallers(api: FastifyInstance, requestsPerMinute: number): void {
  const limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
  api.addHook('onRequest', async (request, reply) => {
    try {
      const left = await limiter.consume(callerOf(request));
      reply.header('ratelimit-limit', requestsPerMinute).header('ratelimit-remaining', left.remainingPoints);
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      const seconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      reply.header('retry-after', seconds);
      throw new TooManyRequestsError(
        `More than ${String(requestsPerMinute)} requests a minute: try again in ${String(seconds)} seconds`,
      );
    }
  });
}
