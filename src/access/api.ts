import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import { roles } from './roles.ts';
import { auditQuery } from './auditRoutes.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { newUserSchema } from './userInput.ts';

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
  prefix: z.string(),
  email: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

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

export function accessApi(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/me',
      { config: { permission: 'signedIn' }, schema: { tags: ['access'], response: { 200: userSchema } } },
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
        schema: { tags: ['access'], response: { 200: z.array(userSchema) } },
      },
      async () => services.users.list(),
    );

    api.post(
      '/users',
      {
        config: { permission: 'users:manage' },
        schema: { tags: ['access'], body: newUserSchema, response: { 201: userSchema } },
      },
      async (request, reply) => {
        const actor = request.actor;
        if (!actor) throw new UnauthenticatedError();
        return reply.status(201).send(await services.users.add(actor, request.body));
      },
    );

    api.get(
      '/tokens',
      {
        config: { permission: 'tokens:manage' },
        schema: { tags: ['access'], response: { 200: z.array(tokenSchema) } },
      },
      async () => services.tokens.list(),
    );

    api.post(
      '/tokens',
      {
        config: { permission: 'tokens:manage' },
        schema: {
          tags: ['access'],
          body: z.object({ email: z.email() }),
          response: { 201: z.object({ id: z.number(), token: z.string() }) },
        },
      },
      async (request, reply) => {
        const actor = request.actor;
        if (!actor) throw new UnauthenticatedError();
        return reply.status(201).send(await services.tokens.create(actor, request.body.email));
      },
    );

    api.delete(
      '/tokens/:id',
      {
        config: { permission: 'tokens:manage' },
        schema: { tags: ['access'], params: z.object({ id: z.coerce.number().int().positive() }) },
      },
      async (request, reply) => {
        const actor = request.actor;
        if (!actor) throw new UnauthenticatedError();
        await services.tokens.revoke(actor, request.params.id);
        return reply.status(204).send();
      },
    );

    api.get(
      '/audit',
      {
        config: { permission: 'audit:read' },
        schema: {
          tags: ['access'],
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
