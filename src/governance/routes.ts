import { agendaChoices } from './rules/agendaShown.ts';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import type { Composition } from '../access/capability.ts';
import { printable } from '../kernel/printing.ts';
import { packPage } from './papers/page.ts';
import { renderMeetingPage } from './meetings/page.ts';
import { ValidationError } from '../kernel/errors.ts';
import { slugOf, todayIso as today } from '../kernel/format.ts';
import { printPack } from './papers/printing.ts';
import {
  actorOf,
  chosenNumber,
  clerk,
  formBody,
  idParams,
  itemParams,
  optional,
  read,
  readPublic,
} from './forms.ts';

export function governanceRoutes(services: Services, config: Config, { paperKinds }: Composition) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    const meetingPage = (reply: FastifyReply, actor: Actor, meetingId: number, error?: ValidationError) =>
      renderMeetingPage(services, paperKinds, reply, actor, meetingId, error);

    /** A change to a meeting from one of its page's forms: done and back to the page, or the page with its problem. */
    async function changeMeeting(
      reply: FastifyReply,
      actor: Actor,
      meetingId: number,
      change: () => Promise<unknown>,
      then: string,
    ) {
      try {
        await change();
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return meetingPage(reply, actor, meetingId, error);
      }
      return reply.redirect(then, 303);
    }

    const render = (template: string, context: Record<string, unknown>) => app.view(template, context);

    routes.get(
      '/meetings/:id',
      {
        config: read,
        schema: {
          params: idParams,
          querystring: z.object({ show: z.enum(agendaChoices).catch('all').default('all') }),
        },
      },
      async (request, reply) =>
        renderMeetingPage(
          services,
          paperKinds,
          reply,
          actorOf(request),
          request.params.id,
          undefined,
          request.query.show,
        ),
    );

    routes.post(
      '/meetings/:id/attendance',
      { config: { permission: 'governance:manage' }, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const entries = Object.entries(request.body)
          .filter(([field]) => field.startsWith('status-'))
          .map(([field, status]) => {
            const holder = field.slice('status-'.length);
            return {
              holderId: Number(holder),
              status,
              arrivedLate: request.body[`late-${holder}`] === 'yes',
              leftEarly: request.body[`early-${holder}`] === 'yes',
            };
          });
        return changeMeeting(
          reply,
          actor,
          request.params.id,
          () => services.meetings.recordAttendance(actor, request.params.id, entries, today()),
          `/meetings/${String(request.params.id)}#attendance`,
        );
      },
    );

    routes.post(
      '/meetings/:id/items/:itemId/papers',
      { config: clerk, schema: { params: itemParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const { _csrf: _token, kind = '', ...fields } = request.body;
        const params = Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
        return changeMeeting(
          reply,
          actor,
          request.params.id,
          () =>
            services.papers.attach(
              actor,
              paperKinds,
              request.params.id,
              request.params.itemId,
              { ...params, kind },
              today(),
            ),
          `/meetings/${String(request.params.id)}#item-${String(request.params.itemId)}`,
        );
      },
    );

    routes.post(
      '/meetings/:id/publish',
      { config: clerk, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        return changeMeeting(
          reply,
          actor,
          request.params.id,
          () =>
            services.papers.publish(actor, paperKinds, request.params.id, render, today(), {
              public: request.body.public === 'yes',
            }),
          `/meetings/${String(request.params.id)}/pack`,
        );
      },
    );

    // The board pack: notice, membership, agenda and each paper as the board received it.
    for (const { url, print } of printable('/meetings/:id/pack')) {
      routes.get(
        url,
        { config: { ...readPublic, print }, schema: { params: idParams } },
        async (request, reply) => {
          const pack = await services.papers.pack(
            actorOf(request),
            paperKinds,
            request.params.id,
            render,
            today(),
          );
          if (!print) return reply.page(packPage.template, packPage.context(pack, today()));
          // As a PDF, the pack is numbered and bound with its uploaded papers (papers/printing.ts).
          const documents = await services.papers.documentsOf(
            pack.papers.flatMap((p) => (p.document ? [p.id] : [])),
          );
          const pdf = await printPack(
            (template, context) => app.printPage(template, context),
            pack,
            documents,
            today(),
          ).catch((error: unknown) => {
            if (error instanceof Error && 'retryAfterSeconds' in error)
              reply.header('retry-after', String(error.retryAfterSeconds));
            throw error;
          });
          const name = slugOf(packPage.context(pack, today()).pageTitle) || 'board-pack';
          return reply
            .type('application/pdf')
            .header('content-disposition', `attachment; filename="${name}.pdf"`)
            .send(pdf);
        },
      );
    }

    routes.post(
      '/meetings/:id/actions',
      { config: clerk, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        return changeMeeting(
          reply,
          actor,
          request.params.id,
          () =>
            services.meetingActions.add(
              actor,
              request.params.id,
              {
                description: request.body.description ?? '',
                ownerUserId: request.body.ownerUserId ?? '',
                dueOn: request.body.dueOn ?? '',
              },
              today(),
            ),
          `/meetings/${String(request.params.id)}#actions`,
        );
      },
    );

    routes.post(
      '/meetings/:id/declarations',
      { config: clerk, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        return changeMeeting(
          reply,
          actor,
          request.params.id,
          () =>
            services.declarations.declare(
              actor,
              request.params.id,
              {
                holderId: chosenNumber(body.holderId) ?? Number.NaN,
                agendaItemId: chosenNumber(body.agendaItemId) ?? Number.NaN,
                interest: body.interest ?? '',
              },
              today(),
            ),
          `/meetings/${String(request.params.id)}#declarations`,
        );
      },
    );

    // Its owner marks an action done from "My actions" or the meeting; so may the clerk.
    routes.post(
      '/meeting-actions/:id/done',
      { config: { permission: 'signedIn' }, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const meetingId = await services.meetingActions.complete(
          actorOf(request),
          request.params.id,
          today(),
        );
        const back =
          request.body.returnTo === 'my-actions' ? '/my-actions' : `/meetings/${String(meetingId)}#actions`;
        return reply.redirect(back, 303);
      },
    );

    routes.post(
      '/meetings/:id/minutes',
      { config: clerk, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const minutes = new Map(
          Object.entries(request.body)
            .filter(([field]) => /^minute-\d{1,9}$/.test(field))
            .map(([field, text]) => [Number(field.slice('minute-'.length)), text] as const),
        );
        return changeMeeting(
          reply,
          actor,
          request.params.id,
          () => services.meetings.saveMinutes(actor, request.params.id, minutes, today()),
          `/meetings/${String(request.params.id)}#minutes`,
        );
      },
    );

    routes.post(
      '/meetings/:id/minutes/circulate',
      { config: clerk, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        return changeMeeting(
          reply,
          actor,
          request.params.id,
          () => services.meetings.circulateMinutes(actor, request.params.id, today()),
          `/meetings/${String(request.params.id)}#minutes`,
        );
      },
    );

    routes.post(
      '/meetings/:id/items/:itemId/decision',
      { config: read, schema: { params: itemParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        return changeMeeting(
          reply,
          actor,
          request.params.id,
          () =>
            services.meetings.recordDecision(
              actor,
              request.params.id,
              request.params.itemId,
              {
                outcome: body.outcome ?? '',
                amendment: optional(body.amendment),
                deferredToMeetingId: chosenNumber(body.deferredToMeetingId),
                reasons: body.reasons ?? '',
                alternatives: body.alternatives ?? '',
              },
              today(),
            ),
          `/meetings/${String(request.params.id)}#item-${String(request.params.itemId)}`,
        );
      },
    );
  };
}
