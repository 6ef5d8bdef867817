import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { createSingleSignOn } from './oidc.ts';
import type { SignedInUser } from './actor.ts';
import { auditPage } from './auditRoutes.ts';

const signInForm = z.object({
  email: z.string().trim().default(''),
  password: z.string().default(''),
  returnTo: z.string().optional(),
  _csrf: z.string().optional(),
});

export const signInRateLimit = { max: 10, timeWindow: '1 minute' };
// Per account as well as per address: many addresses (a botnet, or a forged X-Forwarded-For
// before the proxy was configured) must not be able to keep guessing one person's password. The
// address limit is the route's own (@fastify/rate-limit, before the body is read); this one needs
// the email from the body, so it is taken in the handler.
export const accountRateLimit = { points: 20, duration: 15 * 60 };

// Only paths on this site, read the way a browser reads them: the WHATWG URL parser drops tabs and
// line breaks and turns a backslash into a slash, so "/\t/evil.example" is "//evil.example" to a
// browser. What is followed is the parser's own, percent-encoded path (always a valid header).
const thisSite = 'http://beacon.invalid';

export function safeReturnTo(value: string | undefined): string {
  if (!value?.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(value, thisSite);
  } catch {
    return '/';
  }
  if (url.origin !== thisSite || url.pathname.startsWith('//')) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.length > 2000 ? '/' : path;
}

const signInFailed =
  'The email address or password is not right, or this account cannot sign in at the moment. ' +
  'After 5 wrong attempts an account is locked for 15 minutes.';

const tooManyAttempts =
  'There have been too many attempts to sign in to this account. Wait 15 minutes and try again.';

export function accessRoutes(services: Services, config: Config) {
  const sso = config.oidc ? createSingleSignOn(config.oidc) : undefined;
  const attemptsPerAccount = new RateLimiterMemory(accountRateLimit);

  async function startSession(
    request: FastifyRequest,
    reply: FastifyReply,
    user: SignedInUser,
    returnTo: string,
  ) {
    // A new session ID at sign-in, so an ID planted before sign-in is worth nothing after it.
    await request.session.regenerate();
    request.session.userId = user.userId;
    await request.session.save();
    return reply.redirect(safeReturnTo(returnTo), 303);
  }

  function renderSignIn(reply: FastifyReply, status: number, context: Record<string, unknown>) {
    return reply.status(status).page('access/views/sign-in.njk', {
      pageTitle: 'Sign in',
      ssoName: sso?.name,
      ...context,
    });
  }

  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.get(
      '/sign-in',
      {
        config: { permission: 'public' },
        schema: {
          querystring: z.object({
            returnTo: z.string().optional(),
            signedOut: z.string().optional(),
            passwordSet: z.string().optional(),
          }),
        },
      },
      async (request, reply) => {
        if (request.actor) return reply.redirect(safeReturnTo(request.query.returnTo), 303);
        return renderSignIn(reply, 200, {
          returnTo: safeReturnTo(request.query.returnTo),
          signedOut: request.query.signedOut !== undefined,
          passwordSet: request.query.passwordSet !== undefined,
        });
      },
    );

    routes.post(
      '/sign-in',
      {
        config: { permission: 'public', rateLimit: signInRateLimit },
        schema: { body: signInForm },
      },
      async (request, reply) => {
        const { email, password } = request.body;
        const returnTo = safeReturnTo(request.body.returnTo);
        const errors = [
          ...(email === '' ? [{ text: 'Enter your email address', href: '#email' }] : []),
          ...(password === '' ? [{ text: 'Enter your password', href: '#password' }] : []),
        ];
        if (errors.length > 0) return renderSignIn(reply, 400, { errors, email, returnTo });
        try {
          await attemptsPerAccount.consume(email.toLowerCase());
        } catch (refused) {
          if (!(refused instanceof RateLimiterRes)) throw refused;
          return renderSignIn(reply.header('retry-after', Math.ceil(refused.msBeforeNext / 1000)), 429, {
            errors: [{ text: tooManyAttempts, href: '#email' }],
            email,
            returnTo,
          });
        }
        const result = await services.users.signInWithPassword(email, password);
        if (!result.ok) {
          return renderSignIn(reply, 401, {
            errors: [{ text: signInFailed, href: '#email' }],
            email,
            returnTo,
          });
        }
        return startSession(request, reply, result.user, returnTo);
      },
    );

    routes.post('/sign-out', { config: { permission: 'signedIn' } }, async (request, reply) => {
      if (request.actor) await services.users.recordSignOut(request.actor);
      await request.session.destroy();
      return reply.redirect('/sign-in?signedOut=1', 303);
    });

    routes.get(
      '/sign-in/sso',
      {
        config: { permission: 'public', rateLimit: signInRateLimit },
        schema: { querystring: z.object({ returnTo: z.string().optional() }) },
      },
      async (request, reply) => {
        if (!sso) {
          reply.callNotFound();
          return reply;
        }
        const start = await sso.start();
        request.session.sso = {
          state: start.state,
          nonce: start.nonce,
          codeVerifier: start.codeVerifier,
          returnTo: safeReturnTo(request.query.returnTo),
        };
        await request.session.save();
        return reply.redirect(start.url.href, 303);
      },
    );

    routes.get(
      '/sign-in/sso/callback',
      { config: { permission: 'public', rateLimit: signInRateLimit } },
      async (request, reply) => {
        const expected = request.session.sso;
        if (!sso || !expected) {
          reply.callNotFound();
          return reply;
        }
        request.session.sso = undefined;
        const callbackUrl = new URL(request.url, config.publicUrl);
        let identity;
        try {
          identity = await sso.finish(callbackUrl, expected);
        } catch (error) {
          request.log.warn({ err: error }, 'single sign-on failed');
          return renderSignIn(reply, 401, {
            errors: [{ text: `Signing in with ${sso.name} did not work. Try again.`, href: '#sso' }],
          });
        }
        const result = await services.users.signInWithOidc(identity.subject, identity.email);
        if (!result.ok) {
          return renderSignIn(reply, 403, {
            errors: [
              {
                text: `Your ${sso.name} account is not set up to use Beacon. Ask your Beacon administrator to add you.`,
                href: '#sso',
              },
            ],
          });
        }
        return startSession(request, reply, result.user, expected.returnTo ?? '/');
      },
    );

    routes.get('/admin/users', { config: { permission: 'users:manage' } }, async (_request, reply) =>
      reply.page('access/views/users.njk', { pageTitle: 'Users', users: await services.users.list() }),
    );

    await app.register(auditPage(services));
  };
}
