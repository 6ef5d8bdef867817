import type { FastifyInstance, FastifyRequest } from 'fastify';
import { grantOf, isPermission, roleHasPermission, type Permission } from '../permissions.ts';
import type { TokenScope } from '../../access/tokens.ts';
import type { Services } from '../services.ts';
import { ForbiddenError, UnauthenticatedError } from '../../kernel/errors.ts';

export type RegisteredRoute = {
  method: string;
  url: string;
  permission: Permission;
  /** The names its query string and body schemas declare, for tests that try every parameter. */
  queryFields: string[];
  bodyFields: string[];
};

/** The field names of a zod object schema (routes declare their query and body with zod). */
function fieldsOf(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null || !('shape' in schema)) return [];
  const shape = schema.shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/**
 * Every route must declare a permission; the app refuses to start otherwise. Each request then
 * goes through the same steps: find who is asking (session or bearer token), check the route's
 * permission, and for changes made with a session cookie, check the CSRF token.
 */
export function registerAuthorisation(app: FastifyInstance, services: Services): RegisteredRoute[] {
  const registry: RegisteredRoute[] = [];

  app.addHook('onRoute', (route) => {
    const permission = route.config?.permission;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!isPermission(permission)) {
      throw new Error(`Route ${methods.join(',')} ${route.url} declares no permission`);
    }
    const queryFields = fieldsOf(route.schema?.querystring);
    const bodyFields = fieldsOf(route.schema?.body);
    for (const method of methods)
      registry.push({ method, url: route.url, permission, queryFields, bodyFields });
  });

  app.decorateRequest('actor', undefined);
  app.decorateRequest('authenticatedBy', undefined);
  app.decorateRequest('tokenScope', undefined);

  app.addHook('onRequest', async (request) => {
    await identify(request, services);
    const permission = request.routeOptions.config.permission;
    // Unknown URLs reach the not-found handler, which declares nothing: they just get a 404.
    if (permission === undefined || permission === 'public') return;
    if (!request.actor) throw new UnauthenticatedError();
    if (!roleHasPermission(request.actor.role, permission)) throw new ForbiddenError();
    if (request.tokenScope) checkTokenScope(request.tokenScope, request.method, permission);
  });

  // A bearer token cannot be sent by another site's form, so only cookie-borne changes need the check.
  // It runs as preHandler, after every body parser, multipart uploads included, has filled the body.
  app.addHook('preHandler', (request, reply, done) => {
    if (safeMethods.has(request.method) || request.authenticatedBy === 'token') {
      done();
      return;
    }
    app.csrfProtection(request, reply, done);
  });

  return registry;
}

/** A token narrower than its account: read-only, or limited to named permissions. */
function checkTokenScope(scope: TokenScope, method: string, permission: Permission): void {
  if (scope.readOnly && !safeMethods.has(method))
    throw new ForbiddenError('This token may only read: it cannot change anything.');
  // Every token may read its own account and notifications (signedIn); beyond that, only what it names.
  if (scope.permissions && permission !== 'signedIn' && !scope.permissions.includes(permission))
    throw new ForbiddenError(`This token may not ${grantOf(permission).means}.`);
}

async function identify(request: FastifyRequest, services: Services): Promise<void> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined && isApiRequest(request)) {
    const [scheme, token] = authorization.split(' ');
    const check =
      scheme?.toLowerCase() === 'bearer' && token
        ? await services.tokens.authenticate(token)
        : { state: 'unknown' as const };
    if (check.state === 'expired')
      throw new UnauthenticatedError(
        `The API token expired on ${check.expiredAt.toISOString().slice(0, 10)}: make a new one.`,
      );
    if (check.state !== 'valid')
      throw new UnauthenticatedError('The API token is not valid, or has been revoked.');
    request.actor = check.actor;
    request.authenticatedBy = 'token';
    request.tokenScope = check.scope;
    return;
  }
  const userId = request.session.userId;
  if (userId === undefined) return;
  const found = await services.users.sessionActor(userId);
  if (!found) {
    await request.session.destroy();
    return;
  }
  request.actor = found.actor;
  request.authenticatedBy = 'session';
  // Read with the person, so the header's count costs a page no query of its own.
  request.unreadNotifications = found.unread;
}
