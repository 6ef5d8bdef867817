import type { FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { Config } from '../../kernel/config.ts';
import type { Services } from '../services.ts';
import { createSessionStore } from './sessionStore.ts';

export const sessionCookieName = 'beacon.sid';

export async function registerSecurity(
  app: FastifyInstance,
  config: Config,
  services: Services,
): Promise<void> {
  await app.register(fastifyHelmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'", ...(config.oidc ? [config.oidc.issuer.origin] : [])],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.session.secureCookie ? [] : null,
      },
    },
    strictTransportSecurity: config.session.secureCookie,
    // The old header agrees with frame-ancestors 'none': no site may frame Beacon, not even itself.
    frameguard: { action: 'deny' },
  });
  // Pages and API answers carry a person's own data and CSRF tokens: no browser or proxy keeps
  // them. Only the public, fingerprint-free assets may be cached.
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/assets/')) reply.header('cache-control', 'no-store');
  });
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: config.session.secret,
    cookieName: sessionCookieName,
    store: createSessionStore(services.database.db, config.session.idleMinutes),
    saveUninitialized: false,
    rolling: true,
    cookie: {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.session.secureCookie,
      maxAge: config.session.idleMinutes * 60_000,
    },
  });
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  // Only the routes that ask for it (sign-in) are limited; they say how in their own config.
  await app.register(fastifyRateLimit, { global: false });
}
