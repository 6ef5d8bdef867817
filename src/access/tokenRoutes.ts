import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import { NotFoundError, UnauthenticatedError, ValidationError, formErrors } from '../kernel/errors.ts';
import { formBody, idParams } from '../kernel/forms.ts';
import type { SignedInUser } from './actor.ts';
import { roleTitles } from './roles.ts';
import { inFormFields, tokenFormBody, tokenFromForm, type TokenForm } from './tokenForm.ts';

// API tokens on the web: a person makes, reads and revokes their own on their account page; an
// administrator sees everyone's and revokes any. A new token is shown once, in the answer to the
// form that made it (pages are never cached), and never again.

const signedIn = { permission: 'signedIn' as const };
const manage = { permission: 'tokens:manage' as const };
const doneWords: Record<string, string> = { revoked: 'The token is revoked: it no longer works.' };

function who(actor: SignedInUser | undefined): SignedInUser {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

export function tokenRoutes(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const accountTrail = [{ text: 'Your account', href: '/account' }];

    routes.get(
      '/account',
      { config: signedIn, schema: { querystring: z.object({ done: z.string().max(20).optional() }) } },
      async (request, reply) => {
        const actor = who(request.actor);
        const account = await services.users.get(actor.userId);
        if (!account) throw new NotFoundError('There is no such account');
        return reply.page('access/views/your-account.njk', {
          pageTitle: 'Your account',
          account,
          roleTitle: roleTitles[account.role],
          tokens: await services.tokens.list(actor.userId),
          done: doneWords[request.query.done ?? ''],
        });
      },
    );

    const newTokenPage = (
      reply: FastifyReply,
      actor: SignedInUser,
      form: TokenForm,
      extra: Record<string, unknown> = {},
    ) =>
      reply.page('access/views/token-new.njk', {
        pageTitle: 'Make an API token',
        permissionItems: services.tokens.permissionsFor(actor.role).map((p) => ({
          value: p.permission,
          text: p.means.charAt(0).toUpperCase() + p.means.slice(1),
        })),
        form,
        trail: accountTrail,
        ...extra,
      });

    routes.get('/account/tokens/new', { config: signedIn }, async (request, reply) =>
      newTokenPage(reply, who(request.actor), { access: 'read', expires: '90' }),
    );

    routes.post(
      '/account/tokens/new',
      { config: signedIn, schema: { body: tokenFormBody } },
      async (request, reply) => {
        const actor = who(request.actor);
        try {
          const made = await services.tokens.create(actor, actor.email, tokenFromForm(request.body));
          return await reply.page('access/views/token-made.njk', {
            pageTitle: 'Your new API token',
            made,
            trail: accountTrail,
          });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return newTokenPage(reply.status(400), actor, request.body, formErrors(inFormFields(error)));
        }
      },
    );

    routes.post(
      '/account/tokens/:id/revoke',
      { config: signedIn, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        await services.tokens.revoke(who(request.actor), request.params.id);
        return reply.redirect('/account?done=revoked', 303);
      },
    );

    routes.get(
      '/admin/tokens',
      { config: manage, schema: { querystring: z.object({ done: z.string().max(20).optional() }) } },
      async (request, reply) =>
        reply.page('access/views/tokens.njk', {
          pageTitle: 'API tokens',
          tokens: await services.tokens.list(),
          done: doneWords[request.query.done ?? ''],
        }),
    );

    routes.post(
      '/admin/tokens/:id/revoke',
      { config: manage, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        await services.tokens.revoke(who(request.actor), request.params.id);
        return reply.redirect('/admin/tokens?done=revoked', 303);
      },
    );
  };
}
