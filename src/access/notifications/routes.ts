import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../kernel/services.ts';
import type { Config } from '../../kernel/config.ts';
import { UnauthenticatedError, ValidationError, formErrors } from '../../kernel/errors.ts';
import { formBody } from '../../kernel/forms.ts';
import type { Actor } from '../actor.ts';
import { channels } from './notify.ts';

// A person's notifications: the list, opening one (marked read, then on to where it points),
// marking all read, and how they hear of each kind of event.

const own = { permission: 'signedIn' as const };
const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

const signedIn = (actor: Actor | undefined): Actor => {
  if (!actor) throw new UnauthenticatedError();
  return actor;
};

export function notificationRoutes(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    const preferencesPage = async (
      reply: FastifyReply,
      actor: Actor,
      form: Record<string, string | undefined>,
      extra: Record<string, unknown> = {},
    ) =>
      reply.page('access/notifications/views/preferences.njk', {
        pageTitle: 'How you hear of things',
        kinds: services.notifications.kindsFor(actor),
        channels,
        form,
        trail: [{ text: 'Notifications', href: '/notifications' }],
        ...extra,
      });

    routes.get('/notifications', { config: own }, async (request, reply) => {
      const actor = signedIn(request.actor);
      return reply.page('access/notifications/views/notifications.njk', {
        pageTitle: 'Notifications',
        notifications: await services.notifications.list(actor),
        readAll: (request.query as { read?: string }).read !== undefined,
      });
    });

    routes.get(
      '/notifications/:id',
      { config: own, schema: { params: idParams } },
      async (request, reply) => {
        const href = await services.notifications.open(signedIn(request.actor), request.params.id);
        // Only Beacon's own pages: a notification's link is never another site.
        return reply.redirect(href.startsWith('/') && !href.startsWith('//') ? href : '/', 303);
      },
    );

    routes.post(
      '/notifications/read-all',
      { config: own, schema: { body: formBody } },
      async (request, reply) => {
        await services.notifications.markAllRead(signedIn(request.actor));
        return reply.redirect('/notifications?read', 303);
      },
    );

    routes.get('/notifications/preferences', { config: own }, async (request, reply) => {
      const actor = signedIn(request.actor);
      return preferencesPage(reply, actor, await services.notifications.preferences(actor), {
        saved: (request.query as { saved?: string }).saved !== undefined,
      });
    });

    routes.post(
      '/notifications/preferences',
      { config: own, schema: { body: formBody } },
      async (request, reply) => {
        const actor = signedIn(request.actor);
        try {
          await services.notifications.setPreferences(actor, request.body);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return preferencesPage(reply.status(400), actor, request.body, formErrors(error));
        }
        return reply.redirect('/notifications/preferences?saved', 303);
      },
    );

    // For administrators: the emails that could not be delivered after every retry, and the outbox.
    routes.get('/admin/emails', { config: { permission: 'users:manage' } }, async (_request, reply) => {
      const [failed, counts] = await Promise.all([
        services.notifications.failedEmails(),
        services.notifications.outboxCounts(),
      ]);
      return reply.page('access/notifications/views/emails.njk', {
        pageTitle: 'Emails',
        failed,
        counts,
        sending: config.mail.smtpUrl !== undefined,
      });
    });
  };
}
