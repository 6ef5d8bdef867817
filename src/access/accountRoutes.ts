import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import {
  ConflictError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
  formErrors,
} from '../kernel/errors.ts';
import { formBody, idParams, optional } from '../kernel/forms.ts';
import { roles, roleTitles } from './roles.ts';
import type { Actor } from './actor.ts';
import { passwordLinkHours, type PasswordLinkState } from './accounts.ts';
import { signInRateLimit } from './routes.ts';

// Accounts on the web, for administrators: add one with its role and scope, disable and enable
// it, unlock it, change its role, and give the person a one-time link to set their own password.
// The person opens the link without signing in. Every change is audited by the users service.

const manage = { permission: 'users:manage' as const };
const tokenParams = z.object({
  token: z.string().regex(/^[\w-]{20,100}$/, 'This link is not one Beacon made'),
});
const roleItems = roles.map((role) => ({ value: role, text: roleTitles[role] }));

/** A role not chosen, in the form's words rather than the command line's list of role codes. */
function inFormWords(error: ValidationError): ValidationError {
  return new ValidationError(
    error.problems.map((p) => (p.field === 'role' ? { ...p, message: 'Choose the person’s role' } : p)),
  );
}

/** The role form's fields as the users service takes them: empty boxes are not given. */
function scopeFrom(body: Record<string, string>) {
  return {
    role: body.role ?? '',
    schoolUrn: optional(body.schoolUrn) ?? undefined,
    trustId: optional(body.trustId) ?? undefined,
  };
}

const linkProblem: Record<Exclude<PasswordLinkState['state'], 'ready'>, string> = {
  used: 'This link has already been used to set a password. If that was not you, or you need to set it again, ask your Beacon administrator for a new link.',
  expired: `This link has expired: links work for ${String(passwordLinkHours)} hours. Ask your Beacon administrator for a new one.`,
  unknown:
    'This link does not work. Check you copied all of it, or ask your Beacon administrator for a new one.',
};

export function accountRoutes(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const linkTo = (token: string) => new URL(`/set-password/${token}`, config.publicUrl).toString();
    const usersTrail = [{ text: 'Users', href: '/admin/users' }];

    const accountPage = async (reply: FastifyReply, id: number, extra: Record<string, unknown> = {}) => {
      const account = await services.users.get(id);
      if (!account) throw new NotFoundError('There is no such account');
      return reply.page('access/views/account.njk', {
        pageTitle: account.name,
        account,
        roleItems,
        form: { role: account.role, schoolUrn: account.schoolUrn ?? '', trustId: account.trustId ?? '' },
        trail: usersTrail,
        ...extra,
      });
    };

    const newAccountPage = (
      reply: FastifyReply,
      form: Record<string, string>,
      extra: Record<string, unknown> = {},
    ) =>
      reply.page('access/views/account-new.njk', {
        pageTitle: 'Add an account',
        roleItems,
        form,
        trail: usersTrail,
        ...extra,
      });

    routes.get('/admin/users/new', { config: manage }, async (_request, reply) =>
      newAccountPage(reply, { signIn: 'link' }),
    );

    routes.post(
      '/admin/users/new',
      { config: manage, schema: { body: formBody } },
      async (request, reply) => {
        const actor = request.actor;
        if (!actor) throw new UnauthenticatedError();
        const body = request.body;
        const signIn = body.signIn;
        try {
          if (signIn !== 'link' && signIn !== 'sso')
            throw new ValidationError([{ field: 'signIn', message: 'Choose how the person will sign in' }]);
          const added = await services.users.add(
            actor,
            { name: body.name ?? '', email: body.email ?? '', ...scopeFrom(body) },
            { allowNoPassword: true },
          );
          if (signIn === 'sso') return await reply.redirect(`/admin/users/${String(added.id)}?added=1`, 303);
          const link = await services.users.issuePasswordLink(actor, added.id);
          return await accountPage(reply, added.id, {
            added: true,
            link: { url: linkTo(link.token), expiresAt: link.expiresAt },
          });
        } catch (error) {
          if (error instanceof ValidationError)
            return newAccountPage(reply.status(400), body, formErrors(inFormWords(error)));
          if (error instanceof ConflictError)
            return newAccountPage(reply.status(409), body, {
              errors: [{ text: error.message, href: '#email' }],
              fieldErrors: { email: error.message },
            });
          throw error;
        }
      },
    );

    routes.get(
      '/admin/users/:id',
      {
        config: manage,
        schema: {
          params: idParams,
          querystring: z.object({ added: z.string().optional(), done: z.string().max(40).optional() }),
        },
      },
      async (request, reply) =>
        accountPage(reply, request.params.id, {
          added: request.query.added !== undefined,
          done: request.query.done,
        }),
    );

    /** A change with no form but its button: done, or refused with the reason on the account's page. */
    const simpleChanges = {
      disable: (actor: Actor, id: number) => services.users.disableAccount(actor, id),
      enable: (actor: Actor, id: number) => services.users.enableAccount(actor, id),
      unlock: (actor: Actor, id: number) => services.users.unlockAccount(actor, id),
    };
    for (const [name, change] of Object.entries(simpleChanges)) {
      routes.post(
        `/admin/users/:id/${name}`,
        { config: manage, schema: { params: idParams, body: formBody } },
        async (request, reply) => {
          const actor = request.actor;
          if (!actor) throw new UnauthenticatedError();
          try {
            await change(actor, request.params.id);
          } catch (error) {
            if (!(error instanceof ConflictError)) throw error;
            return accountPage(reply.status(409), request.params.id, {
              errors: [{ text: error.message, href: '#actions' }],
            });
          }
          return reply.redirect(`/admin/users/${String(request.params.id)}?done=${name}`, 303);
        },
      );
    }

    routes.post(
      '/admin/users/:id/role',
      { config: manage, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = request.actor;
        if (!actor) throw new UnauthenticatedError();
        const scope = scopeFrom(request.body);
        try {
          await services.users.changeRole(actor, request.params.id, scope);
        } catch (error) {
          const form = {
            role: scope.role,
            schoolUrn: request.body.schoolUrn ?? '',
            trustId: request.body.trustId ?? '',
          };
          if (error instanceof ValidationError)
            return accountPage(reply.status(400), request.params.id, {
              form,
              roleOpen: true,
              ...formErrors(inFormWords(error)),
            });
          if (error instanceof ConflictError)
            return accountPage(reply.status(409), request.params.id, {
              form,
              roleOpen: true,
              errors: [{ text: error.message, href: '#role' }],
            });
          throw error;
        }
        return reply.redirect(`/admin/users/${String(request.params.id)}?done=role`, 303);
      },
    );

    routes.post(
      '/admin/users/:id/password-link',
      { config: manage, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = request.actor;
        if (!actor) throw new UnauthenticatedError();
        try {
          const link = await services.users.issuePasswordLink(actor, request.params.id);
          // Shown once, in this answer: only the link's hash is kept.
          return await accountPage(reply, request.params.id, {
            link: { url: linkTo(link.token), expiresAt: link.expiresAt },
          });
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          return accountPage(reply.status(409), request.params.id, {
            errors: [{ text: error.message, href: '#actions' }],
          });
        }
      },
    );

    // The person with the link: no account session, and the sign-in page's limit on guessing.
    const setPasswordPage = (
      reply: FastifyReply,
      state: PasswordLinkState,
      extra: Record<string, unknown> = {},
    ) =>
      reply.page('access/views/set-password.njk', {
        pageTitle: state.state === 'ready' ? 'Set your password' : 'This link does not work',
        link: state,
        problem: state.state === 'ready' ? undefined : linkProblem[state.state],
        ...extra,
      });

    routes.get(
      '/set-password/:token',
      { config: { permission: 'public' }, schema: { params: tokenParams } },
      async (request, reply) => {
        const state = await services.users.passwordLinkState(request.params.token);
        return setPasswordPage(reply.status(state.state === 'ready' ? 200 : 410), state);
      },
    );

    routes.post(
      '/set-password/:token',
      {
        config: { permission: 'public', rateLimit: signInRateLimit },
        schema: { params: tokenParams, body: formBody },
      },
      async (request, reply) => {
        const { token } = request.params;
        const { password = '', confirm = '' } = request.body;
        const state = await services.users.passwordLinkState(token);
        if (state.state !== 'ready') return setPasswordPage(reply.status(410), state);
        try {
          if (password !== confirm)
            throw new ValidationError([
              { field: 'confirm', message: 'The two passwords are not the same: type it again' },
            ]);
          const result = await services.users.setPasswordWithLink(token, password);
          if (result !== 'ready') return await setPasswordPage(reply.status(410), { state: result });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return setPasswordPage(reply.status(400), state, formErrors(error));
        }
        return reply.redirect('/sign-in?passwordSet=1', 303);
      },
    );
  };
}
