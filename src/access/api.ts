import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import { roles } from './roles.ts';
import { auditQuery } from './auditRoutes.ts';
import { NotFoundError, UnauthenticatedError } from '../kernel/errors.ts';
import type { Config } from '../kernel/config.ts';
import { newUserSchema } from './userInput.ts';
import { newTokenSchema } from './tokens.ts';
import { idParams } from '../kernel/forms.ts';
import type { Actor, SignedInUser } from './actor.ts';

function signedIn(actor: SignedInUser | undefined): SignedInUser {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

export const userSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  roleTitle: z.string(),
  schoolUrn: z.number().nullable(),
  trustId: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  signsInWith: z.array(z.string()),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});

const tokenSchema = z.object({
  id: z.number(),
  prefix: z.string().meta({ description: 'The start of the token, to tell tokens apart' }),
  name: z.string().meta({ description: 'What it is for' }),
  readOnly: z.boolean(),
  permissions: z.array(z.string()).nullable().meta({ description: 'null: everything its account may do' }),
  expiresAt: z.string().nullable(),
  email: z.string().meta({ description: 'The account it acts as' }),
  owner: z.string(),
  state: z.enum(['works', 'expired', 'revoked']),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().meta({ description: 'Recorded at most once a minute' }),
  revokedAt: z.string().nullable(),
});
const madeTokenSchema = tokenSchema
  .omit({ owner: true, state: true })
  .extend({ token: z.string().meta({ description: 'Shown only in this answer' }) });
const tokenExample = { name: 'Power BI dashboard', readOnly: true, permissions: [], expiresInDays: 90 };

const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export function accessApi(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/me',
      {
        config: { permission: 'signedIn' },
        schema: { tags: ['access'], summary: 'Your own account', response: { 200: userSchema } },
      },
      async (request) => {
        const me = request.actor ? await services.users.get(request.actor.userId) : undefined;
        if (!me) throw new UnauthenticatedError();
        return me;
      },
    );

    api.get(
      '/users',
      {
        config: { permission: 'users:manage' },
        schema: { tags: ['access'], summary: 'Every account', response: { 200: z.array(userSchema) } },
      },
      async () => services.users.list(),
    );

    api.post(
      '/users',
      {
        config: { permission: 'users:manage' },
        schema: {
          tags: ['access'],
          summary: 'Add an account, with its role and scope',
          body: newUserSchema,
          response: { 201: userSchema },
        },
      },
      async (request, reply) => {
        const actor = request.actor;
        if (!actor) throw new UnauthenticatedError();
        return reply.status(201).send(await services.users.add(actor, request.body));
      },
    );

    api.get(
      '/users/:id',
      {
        config: { permission: 'users:manage' },
        schema: { tags: ['access'], summary: 'One account', params: idParams, response: { 200: userSchema } },
      },
      async (request) => {
        const account = await services.users.get(request.params.id);
        if (!account) throw new NotFoundError('There is no such account');
        return account;
      },
    );

    // The account page's buttons, each through the users service that audits it.
    const accountChanges = {
      disable: {
        summary: 'Disable an account: it is signed out everywhere',
        change: (actor: Actor, id: number) => services.users.disableAccount(actor, id),
      },
      enable: {
        summary: 'Enable a disabled account',
        change: (actor: Actor, id: number) => services.users.enableAccount(actor, id),
      },
      unlock: {
        summary: 'Unlock an account locked after wrong passwords',
        change: (actor: Actor, id: number) => services.users.unlockAccount(actor, id),
      },
    };
    for (const [name, { summary, change }] of Object.entries(accountChanges)) {
      api.post(
        `/users/:id/${name}`,
        {
          config: { permission: 'users:manage' },
          schema: { tags: ['access'], summary, params: idParams, response: { 200: userSchema } },
        },
        async (request) => change(signedIn(request.actor), request.params.id),
      );
    }

    api.put(
      '/users/:id/role',
      {
        config: { permission: 'users:manage' },
        schema: {
          tags: ['access'],
          summary: 'Change an account’s role and the school or trust it sees',
          params: idParams,
          body: z
            .object({
              role: z.string(),
              schoolUrn: z.number().int().optional(),
              trustId: z.string().optional(),
            })
            .meta({
              examples: [{ role: 'school_user', schoolUrn: 116_581 }],
            }),
          response: { 200: userSchema },
        },
      },
      async (request) => services.users.changeRole(signedIn(request.actor), request.params.id, request.body),
    );

    api.post(
      '/users/:id/password-link',
      {
        config: { permission: 'users:manage' },
        schema: {
          tags: ['access'],
          summary: 'Make a one-time link for the person to set their password (shown only in this answer)',
          params: idParams,
          response: { 201: z.object({ url: z.string(), expiresAt: z.string() }) },
        },
      },
      async (request, reply) => {
        const link = await services.users.issuePasswordLink(signedIn(request.actor), request.params.id);
        return reply.status(201).send({
          url: new URL(`/set-password/${link.token}`, config.publicUrl).toString(),
          expiresAt: link.expiresAt.toISOString(),
        });
      },
    );

    // Every token (administrators); and a person's own, as on their account page.
    api.get(
      '/tokens',
      {
        config: { permission: 'tokens:manage' },
        schema: {
          tags: ['access'],
          summary: 'List every API token',
          response: { 200: z.array(tokenSchema) },
        },
      },
      async () => services.tokens.list(),
    );

    api.post(
      '/tokens',
      {
        config: { permission: 'tokens:manage' },
        schema: {
          tags: ['access'],
          summary: 'Make a token for any account',
          body: newTokenSchema.extend({ email: z.email() }).meta({
            examples: [{ email: 'analyst@la.example', ...tokenExample }],
          }),
          response: { 201: madeTokenSchema },
        },
      },
      async (request, reply) => {
        const { email, ...scope } = request.body;
        const made = await services.tokens.create(signedIn(request.actor), email, scope, request.tokenScope);
        return reply.status(201).send(made);
      },
    );

    api.delete(
      '/tokens/:id',
      {
        config: { permission: 'tokens:manage' },
        schema: { tags: ['access'], summary: 'Revoke any token', params: idParams },
      },
      async (request, reply) => {
        await services.tokens.revoke(signedIn(request.actor), request.params.id);
        return reply.status(204).send();
      },
    );

    api.get(
      '/me/tokens',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags: ['access'],
          summary: 'List your own API tokens',
          response: { 200: z.array(tokenSchema) },
        },
      },
      async (request) => services.tokens.list(signedIn(request.actor).userId),
    );

    api.post(
      '/me/tokens',
      {
        config: { permission: 'signedIn' },
        schema: {
          tags: ['access'],
          summary: 'Make a token that acts as you',
          body: newTokenSchema.meta({ examples: [tokenExample] }),
          response: { 201: madeTokenSchema },
        },
      },
      async (request, reply) => {
        const actor = signedIn(request.actor);
        const made = await services.tokens.create(actor, actor.email, request.body, request.tokenScope);
        return reply.status(201).send(made);
      },
    );

    api.delete(
      '/me/tokens/:id',
      {
        config: { permission: 'signedIn' },
        schema: { tags: ['access'], summary: 'Revoke one of your tokens', params: idParams },
      },
      async (request, reply) => {
        await services.tokens.revoke(signedIn(request.actor), request.params.id);
        return reply.status(204).send();
      },
    );

    api.get(
      '/audit',
      {
        config: { permission: 'audit:read' },
        schema: {
          tags: ['access'],
          summary: 'The audit log: who changed what, when, before and after',
          querystring: auditQuery,
          response: { 200: z.object({ total: z.number(), entries: z.array(auditEntrySchema) }) },
        },
      },
      async (request) => {
        const q = request.query;
        const { rows, total } = await services.audit.list({
          ...q,
          from: q.from ? new Date(q.from) : undefined,
          to: q.to ? new Date(Date.parse(q.to) + 86_400_000) : undefined,
          pageSize: 100,
        });
        return {
          total,
          entries: rows.map((r) => ({
            id: r.id,
            at: r.at.toISOString(),
            actor: r.actorLabel,
            action: r.action,
            entityType: r.entityType,
            entityId: r.entityId,
            before: r.before,
            after: r.after,
          })),
        };
      },
    );
  };
}
