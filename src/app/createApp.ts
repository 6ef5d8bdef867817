import { demonstrationDate, setServiceDate } from '../kernel/clock.ts';
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import fastifyFormbody from '@fastify/formbody';
import fastifyEtag from '@fastify/etag';
import { limitApiCallers } from './plugins/apiLimits.ts';
import { pageApiLists } from './plugins/apiLists.ts';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import '../access/requestTypes.ts';
import type { Config } from '../kernel/config.ts';
import type { Services } from '../kernel/services.ts';
import { registerSecurity } from './plugins/security.ts';
import { registerResilience } from './plugins/resilience.ts';
import { registerAuthorisation, type RegisteredRoute } from './plugins/authorise.ts';
import { registerViews } from './plugins/views.ts';
import { registerPrinting } from './plugins/printing.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { appApi, appRoutes } from './routes.ts';
import { attentionSources, capabilityModules, importKinds, paperKinds } from './modules.ts';
import { fromRoot } from '../kernel/paths.ts';
import { foldDateParts } from '../kernel/forms.ts';

export const publicAssetsDir = fromRoot('public');

export type AppOptions = { logger?: boolean; demonstration?: boolean };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the permission it declared, for the route-permission test. */
    registeredRoutes: RegisteredRoute[];
  }
}

/** Builds the whole web app and API from its services: the one place the app is put together. */
export async function createApp(
  services: Services,
  config: Config,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  // The demonstration runs on a date of its own; a real deployment on the real one.
  setServiceDate(options.demonstration === true ? demonstrationDate : null);
  const app = Fastify({
    // Fastify's own logger: one JSON line per event, each request's lines carrying its requestId.
    logger: options.logger ? { level: config.environment === 'production' ? 'info' : 'warn' } : false,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    // A proxy's X-Request-Id is kept so one id follows a request through both logs; anything else
    // (or nothing) gets a new one. Only a plain token is believed: it is written into every line.
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    // A client can write any X-Forwarded-For it likes: only the configured proxies are believed,
    // or the rate limits on signing in could be dodged with a new made-up address each time.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    bodyLimit: 1024 * 1024,
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // First, so its header check runs before every other hook that sends (the session's among them).
  await registerResilience(app);
  // Sessions must be read before the authorisation hook asks who is signed in.
  await registerSecurity(app, config, services);
  app.decorate('registeredRoutes', registerAuthorisation(app, services));
  await app.register(fastifyFormbody);
  // GOV.UK date inputs post three boxes; every form and query reaches its route with one date field.
  app.addHook('preValidation', async (request) => {
    if (isFields(request.query)) request.query = foldDateParts(request.query);
    if (
      isFields(request.body) &&
      request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')
    )
      request.body = foldDateParts(request.body);
  });
  await app.register(fastifyStatic, { root: publicAssetsDir, serve: false });
  await registerViews(app, config, { demonstration: options.demonstration ?? false });
  app.decorateRequest('unreadNotifications', undefined);
  registerPrinting(app, config, { demonstration: options.demonstration ?? false }, publicAssetsDir);
  await registerOpenApi(app);
  registerErrorHandling(app);

  await app.register(appRoutes(services, attentionSources, { laCode: config.localAuthority.code }));
  const composition = { importKinds, paperKinds, attentionSources };
  for (const module of capabilityModules) {
    for (const routes of module.routes ?? [])
      await app.register((await routes())(services, config, composition));
  }
  await app.register(
    async (api) => {
      // Every answer carries an ETag; a client that polls sends it back in If-None-Match and is
      // answered 304 with no body while nothing has changed.
      // Only a successful read is conditional: a refusal (a 401, a 404) is never answered 304,
      // nor carries an ETag a client might keep.
      api.addHook('onSend', async (request, reply) => {
        if (reply.statusCode >= 300) delete request.headers['if-none-match'];
      });
      await api.register(fastifyEtag, { weak: true });
      api.addHook('onSend', async (_request, reply) => {
        if (reply.statusCode >= 300 && reply.statusCode !== 304) reply.removeHeader('etag');
      });
      limitApiCallers(api, config.api.requestsPerMinute);
      pageApiLists(api);
      await api.register(appApi(services, attentionSources, { laCode: config.localAuthority.code }));
      for (const module of capabilityModules)
        for (const routes of module.api ?? [])
          await api.register((await routes())(services, config, composition));
    },
    { prefix: '/api/v1' },
  );

  await app.ready();
  return app;
}

const isFields = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
