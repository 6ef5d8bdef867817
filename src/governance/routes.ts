import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import type { Composition } from '../access/capability.ts';
import { printable } from '../kernel/printing.ts';
import { packPage } from './papers/page.ts';
import { UnauthenticatedError, ValidationError, formErrors } from '../kernel/errors.ts';
import { attendanceStatuses } from './schema.ts';
import { governancePermissions } from './permissions.ts';
import { formatDate, slugOf, todayIso as today } from '../kernel/format.ts';
import { boardCalendar } from './meetings/calendar.ts';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const boardParams = z.object({ id });
const itemParams = z.object({ id, itemId: id });
const read = { permission: 'governance:read' as const };
// A form's fields as posted: each a string (a checkbox is there only when ticked).
const formBody = z.record(z.string(), z.string().max(4000));

const optional = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text);

export function governanceRoutes(services: Services, config: Config, { paperKinds }: Composition) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const actorOf = (request: { actor?: Actor }) => {
      if (!request.actor) throw new UnauthenticatedError();
      return request.actor;
    };

    /** The meeting page, again with the problem that stopped a change, when there was one. */
    async function meetingPage(
      reply: FastifyReply,
      actor: Actor,
      meetingId: number,
      error?: ValidationError,
    ) {
      const meeting = await services.meetings.meeting(actor, meetingId, today());
      const [papers, actions, people] = await Promise.all([
        services.papers.papersOf(meetingId),
        services.meetingActions.ofMeeting(meeting, today()),
        meeting.canRecordAttendance ? services.users.list() : Promise.resolve([]),
      ]);
      return reply.status(error ? 400 : 200).page('governance/views/meeting.njk', {
        pageTitle: `${meeting.board.name}: meeting of ${formatDate(meeting.heldOn)}`,
        meeting,
        papers,
        actions,
        owners: people
          .filter((p) => p.status === 'active')
          .map((p) => ({ value: String(p.id), text: `${p.name} (${p.email})` })),
        paperKinds: paperKinds.map((k) => ({ value: k.key, text: k.title })),
        statuses: attendanceStatuses,
        ...(error ? formErrors(error) : {}),
      });
    }

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
    const clerk = { permission: 'governance:manage' as const };

    routes.get('/boards', { config: read }, async (request, reply) =>
      reply.page('governance/views/boards.njk', {
        pageTitle: 'Boards',
        boards: await services.boards.list(actorOf(request), today()),
      }),
    );

    /** The board's page, again with the problem that stopped a new meeting, when there was one. */
    async function boardPage(
      reply: FastifyReply,
      actor: Actor,
      boardId: number,
      form?: { values: Record<string, string>; error: ValidationError },
    ) {
      const board = await services.boards.board(actor, boardId, today());
      const meetings = await services.meetings.meetingsOf(board.id);
      return reply.status(form ? 400 : 200).page('governance/views/board.njk', {
        pageTitle: board.name,
        board,
        meetings,
        canManage: governancePermissions.has(actor.role, 'governance:manage'),
        form: form?.values ?? {},
        ...(form ? formErrors(form.error) : {}),
      });
    }

    routes.get('/boards/:id', { config: read, schema: { params: boardParams } }, async (request, reply) =>
      boardPage(reply, actorOf(request), request.params.id),
    );

    // A new meeting with the standard agenda (seed 001's items, and the minutes and matters arising
    // every later meeting takes), and the report it is called for, if one is named.
    routes.post(
      '/boards/:id/meetings',
      { config: clerk, schema: { params: boardParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        const lines = (text: string | undefined) =>
          (text ?? '')
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter((line) => line !== '');
        const report = (body.reportTitle ?? '').trim();
        try {
          const id = await services.meetings.createMeeting(
            actor,
            request.params.id,
            {
              heldOn: body.heldOn ?? '',
              startsAt: body.startsAt ?? '',
              venue: optional(body.venue),
              enquiries: optional(body.enquiries),
              agenda: [
                { kind: 'apologies', title: 'Apologies for absence' },
                { kind: 'declarations', title: 'Declarations of interests' },
                { kind: 'minutes', title: 'Minutes of the last meeting' },
                { kind: 'matters arising', title: 'Matters arising' },
                ...(report === ''
                  ? []
                  : [
                      {
                        kind: 'report' as const,
                        title: report,
                        reportFrom: optional(body.reportFrom),
                        reportBy: optional(body.reportBy),
                        purpose: lines(body.purpose),
                        recommendations: lines(body.recommendations),
                      },
                    ]),
                { kind: 'future meetings', title: 'Dates of future meetings' },
              ],
            },
            today(),
          );
          return await reply.redirect(`/meetings/${String(id)}`, 303);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          return boardPage(reply, actor, request.params.id, { values: body, error });
        }
      },
    );

    // A board's meetings for members' own calendars.
    routes.get(
      '/boards/:id/meetings.ics',
      { config: read, schema: { params: boardParams } },
      async (request, reply) => {
        const board = await services.boards.board(actorOf(request), request.params.id, today());
        const meetings = await services.meetings.meetingsOf(board.id);
        const calendar = boardCalendar(
          meetings.map((m) => ({ ...m, boardName: board.name })),
          config.publicUrl.origin,
        );
        return reply
          .type('text/calendar; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="${slugOf(board.name, 60) || 'board'}-meetings.ics"`,
          )
          .send(calendar);
      },
    );

    routes.get('/meetings/:id', { config: read, schema: { params: boardParams } }, async (request, reply) =>
      meetingPage(reply, actorOf(request), request.params.id),
    );

    routes.post(
      '/meetings/:id/attendance',
      { config: { permission: 'governance:manage' }, schema: { params: boardParams, body: formBody } },
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
      { config: clerk, schema: { params: boardParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        return changeMeeting(
          reply,
          actor,
          request.params.id,
          () => services.papers.publish(actor, paperKinds, request.params.id, render, today()),
          `/meetings/${String(request.params.id)}/pack`,
        );
      },
    );

    // The board pack: notice, membership, agenda and each paper as the board received it.
    for (const { url, print } of printable('/meetings/:id/pack')) {
      routes.get(
        url,
        { config: { ...read, print }, schema: { params: boardParams } },
        async (request, reply) => {
          const pack = await services.papers.pack(
            actorOf(request),
            paperKinds,
            request.params.id,
            render,
            today(),
          );
          return reply.page(packPage.template, packPage.context(pack, today()));
        },
      );
    }

    routes.post(
      '/meetings/:id/actions',
      { config: clerk, schema: { params: boardParams, body: formBody } },
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

    // Its owner marks an action done from "My actions" or the meeting; so may the clerk.
    routes.post(
      '/meeting-actions/:id/done',
      { config: { permission: 'signedIn' }, schema: { params: boardParams, body: formBody } },
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
      { config: clerk, schema: { params: boardParams, body: formBody } },
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
      { config: clerk, schema: { params: boardParams, body: formBody } },
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
                deferredTo: optional(body.deferredTo),
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
