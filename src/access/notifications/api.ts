import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../kernel/services.ts';
import { UnauthenticatedError } from '../../kernel/errors.ts';
import type { Actor } from '../actor.ts';
import { channels } from './notify.ts';

// The API's twin of the notifications pages: a person's own list, opening one, marking all read and
// how they hear of each kind; for administrators, the outbox and the emails not delivered. The same
// service, permission, validation and audit as the pages.

const own = { permission: 'signedIn' as const };
const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

const notificationSchema = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  href: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
const choiceSchema = z.object({ kind: z.string(), title: z.string(), channel: z.enum(channels) });

const signedIn = (actor: Actor | undefined): Actor => {
  if (!actor) throw new UnauthenticatedError();
  return actor;
};
const iso = (at: Date | null) => (at === null ? null : at.toISOString());

export function notificationsApi(services: Services) {
  const notifications = services.notifications;
  const choicesOf = async (actor: Actor) => {
    const chosen = await notifications.preferences(actor);
    return notifications
      .kindsFor(actor)
      .map((k) => ({ kind: k.key, title: k.title, channel: chosen[k.key] ?? 'email' }));
  };

  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/notifications',
      {
        config: own,
        schema: {
          tags: ['notifications'],
          summary: 'Your notifications, newest first, with how many are unread',
          response: { 200: z.object({ unread: z.number(), notifications: z.array(notificationSchema) }) },
        },
      },
      async (request) => {
        const actor = signedIn(request.actor);
        const [unread, list] = await Promise.all([
          notifications.unreadCount(actor),
          notifications.list(actor),
        ]);
        return {
          unread,
          notifications: list.map((n) => ({
            id: n.id,
            kind: n.kind,
            title: n.title,
            href: n.href,
            createdAt: n.createdAt.toISOString(),
            readAt: iso(n.readAt),
          })),
        };
      },
    );

    api.post(
      '/notifications/:id/read',
      {
        config: own,
        schema: {
          tags: ['notifications'],
          summary: 'Marks one of your notifications read (as opening it does), and says where it points',
          params: idParams,
          response: { 200: z.object({ href: z.string() }) },
        },
      },
      async (request) => ({ href: await notifications.open(signedIn(request.actor), request.params.id) }),
    );

    api.post(
      '/notifications/read-all',
      {
        config: own,
        schema: {
          tags: ['notifications'],
          summary: 'Marks all your notifications read',
          response: { 200: z.object({ read: z.number() }) },
        },
      },
      async (request) => ({ read: await notifications.markAllRead(signedIn(request.actor)) }),
    );

    api.get(
      '/notifications/preferences',
      {
        config: own,
        schema: {
          tags: ['notifications'],
          summary: 'How you hear of each kind of event that can reach your role',
          response: { 200: z.array(choiceSchema) },
        },
      },
      async (request) => choicesOf(signedIn(request.actor)),
    );

    api.put(
      '/notifications/preferences',
      {
        config: own,
        schema: {
          tags: ['notifications'],
          summary: 'Chooses, for every kind that can reach your role, email, a daily digest or Beacon only',
          description: 'The body names each kind with its channel: { "papers-published": "digest", … }.',
          body: z.record(z.string(), z.string()),
          response: { 200: z.array(choiceSchema) },
        },
      },
      async (request) => {
        const actor = signedIn(request.actor);
        await notifications.setPreferences(actor, request.body);
        return choicesOf(actor);
      },
    );

    api.get(
      '/emails',
      {
        config: { permission: 'users:manage' },
        schema: {
          tags: ['notifications'],
          summary: 'The email outbox by status, and the emails not delivered after every retry',
          response: {
            200: z.object({
              outbox: z.record(z.string(), z.number()),
              undelivered: z.array(
                z.object({
                  to: z.string(),
                  name: z.string().nullable(),
                  subject: z.string(),
                  attempts: z.number(),
                  error: z.string().nullable(),
                  createdAt: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async () => {
        const [outbox, failed] = await Promise.all([
          notifications.outboxCounts(),
          notifications.failedEmails(),
        ]);
        return {
          outbox,
          undelivered: failed.map((f) => ({
            to: f.to,
            name: f.name,
            subject: f.subject,
            attempts: f.attempts,
            error: f.error,
            createdAt: f.createdAt.toISOString(),
          })),
        };
      },
    );
  };
}
