import { todayIso as today } from '../kernel/format.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Actor } from '../access/actor.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';
import { boardInput, holderInput, seatInput, termsInput } from './boards/service.ts';
import { attendanceInput, decisionInput, meetingInput } from './meetings/service.ts';
import { declarationInput } from './meetings/declarations.ts';
import { actionInput } from './actions/service.ts';
import { programmeItemInput } from './programme/service.ts';
import type { Config } from '../kernel/config.ts';
import type { Composition } from '../access/capability.ts';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const params = z.object({ id });

/** Boards, meetings, attendance and decisions, with the same permissions and rules as the pages. */
export function governanceApi(services: Services, _config: Config, { paperKinds }: Composition) {
  return async function (app: FastifyInstance): Promise<void> {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const actorOf = (request: { actor?: Actor }) => {
      if (!request.actor) throw new UnauthenticatedError();
      return request.actor;
    };
    const read = { permission: 'governance:read' as const };
    const manage = { permission: 'governance:manage' as const };

    api.get(
      '/boards',
      { config: read, schema: { tags: ['governance'], summary: 'The boards this person may see' } },
      async (request) => services.boards.list(actorOf(request), today()),
    );

    api.get(
      '/boards/:id',
      {
        config: read,
        schema: {
          tags: ['governance'],
          summary: 'A board: terms of reference, seats and holders, quorum and notice',
          params,
        },
      },
      async (request) => {
        const board = await services.boards.board(actorOf(request), request.params.id, today());
        return { ...board, meetings: await services.meetings.meetingsOf(board.id) };
      },
    );

    api.post(
      '/boards',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'A new board with its terms of reference and seats',
          body: z.object({
            board: boardInput,
            terms: termsInput.optional(),
            seats: z.array(seatInput.extend({ holders: z.array(holderInput).optional() })).optional(),
          }),
        },
      },
      async (request, reply) => {
        const created = await services.boards.createBoard(actorOf(request), request.body);
        return reply.status(201).send({ id: created });
      },
    );

    api.post(
      '/boards/:id/meetings',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'A meeting of the board, with its agenda',
          params,
          body: meetingInput,
        },
      },
      async (request, reply) => {
        const created = await services.meetings.createMeeting(
          actorOf(request),
          request.params.id,
          request.body,
          today(),
        );
        return reply.status(201).send({ id: created });
      },
    );

    api.get(
      '/meetings/:id',
      {
        config: read,
        schema: {
          tags: ['governance'],
          summary: 'A meeting: notice, agenda, attendance, quorum and decisions',
          params,
        },
      },
      async (request) => services.meetings.meeting(actorOf(request), request.params.id, today()),
    );

    api.put(
      '/meetings/:id/attendance',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'Who came, as the clerk records it',
          params,
          body: attendanceInput,
        },
      },
      async (request, reply) => {
        await services.meetings.recordAttendance(actorOf(request), request.params.id, request.body, today());
        return reply.status(204).send();
      },
    );

    api.post(
      '/meetings/:id/items/:itemId/decision',
      {
        config: read,
        schema: {
          tags: ['governance'],
          summary: 'A decision on an agenda item, by a member of the board or its clerk, while it is quorate',
          params: z.object({ id, itemId: id }),
          body: decisionInput,
        },
      },
      async (request, reply) => {
        await services.meetings.recordDecision(
          actorOf(request),
          request.params.id,
          request.params.itemId,
          request.body,
          today(),
        );
        return reply.status(201).send();
      },
    );

    api.post(
      '/meetings/:id/declarations',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'A member’s declaration of an interest in an item, as the clerk records it',
          params,
          body: declarationInput,
        },
      },
      async (request, reply) => {
        await services.declarations.declare(actorOf(request), request.params.id, request.body, today());
        return reply.status(201).send();
      },
    );

    api.get(
      '/meetings/:id/actions',
      {
        config: read,
        schema: {
          tags: ['governance'],
          summary: 'The actions arising from a meeting, and the earlier ones it takes as matters arising',
          params,
        },
      },
      async (request) => {
        const meeting = await services.meetings.meeting(actorOf(request), request.params.id, today());
        return services.meetingActions.ofMeeting(meeting, today());
      },
    );

    api.post(
      '/meetings/:id/actions',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'An action arising, with its owner and the date it is due',
          params,
          body: actionInput,
        },
      },
      async (request, reply) => {
        await services.meetingActions.add(actorOf(request), request.params.id, request.body, today());
        return reply.status(201).send();
      },
    );

    // The pack as data: the meeting as this person may read it (the public papers, for anyone
    // else), and each paper with whether its figures have changed since; the PDF is at pdfUrl.
    api.get(
      '/meetings/:id/pack',
      {
        config: { permission: 'governance:readPublic' },
        schema: {
          tags: ['governance'],
          summary: 'A meeting’s board pack: notice, membership, agenda and papers as the board received them',
          params,
        },
      },
      async (request) => {
        const pack = await services.papers.pack(
          actorOf(request),
          paperKinds,
          request.params.id,
          (template, context) => app.view(template, context),
          today(),
        );
        return {
          meeting: pack.meeting,
          pdfUrl: `/meetings/${String(request.params.id)}/pack.pdf`,
          papers: pack.papers.map(({ html: _html, ...paper }) => paper),
        };
      },
    );

    api.post(
      '/boards/:id/terms',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'A new version of the board’s terms of reference; earlier versions are kept',
          params,
          body: termsInput,
        },
      },
      async (request, reply) => {
        await services.boards.addTerms(actorOf(request), request.params.id, request.body, today());
        return reply.status(201).send();
      },
    );

    api.get(
      '/boards/:id/programme',
      {
        config: read,
        schema: {
          tags: ['governance'],
          summary:
            'The board’s work programme for an academic year (2016 for 2016/17), and when it was approved',
          params,
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        },
      },
      async (request) => {
        const board = await services.boards.board(actorOf(request), request.params.id, today());
        return services.workProgramme.programme(board, request.query.year);
      },
    );

    api.post(
      '/boards/:id/programme',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'An item planned to a month of the board’s work programme',
          params,
          body: programmeItemInput,
        },
      },
      async (request, reply) => {
        await services.workProgramme.addItem(actorOf(request), request.params.id, request.body, today());
        return reply.status(201).send();
      },
    );

    // The rest of the clerk's forms, and an owner marking an action done: the same services.
    const itemParams = z.object({ id, itemId: id });
    const render = (template: string, context: Record<string, unknown>) => app.view(template, context);

    api.post(
      '/boards/:id/holders',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'Someone takes a place on one of the board’s seats',
          params,
          body: holderInput.and(z.object({ seatId: z.number().int() })).meta({
            examples: [{ seatId: 3, name: 'Cllr A Khan', termStart: '2016-09-01', termEnd: '2018-08-31' }],
          }),
        },
      },
      async (request, reply) => {
        const { seatId, ...holder } = request.body;
        await services.boards.addHolder(actorOf(request), request.params.id, seatId, holder, today());
        return reply
          .status(201)
          .send(await services.boards.board(actorOf(request), request.params.id, today()));
      },
    );

    api.post(
      '/boards/:id/holders/:holderId/term-end',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'A member stands down, or their term is set to end',
          params: z.object({ id, holderId: id }),
          body: z.object({ termEnd: z.string() }).meta({ examples: [{ termEnd: '2017-03-31' }] }),
        },
      },
      async (request) => {
        const { id: boardId, holderId } = request.params;
        await services.boards.endTerm(actorOf(request), boardId, holderId, request.body.termEnd);
        return services.boards.board(actorOf(request), boardId, today());
      },
    );

    api.post(
      '/meetings/:id/items/:itemId/papers',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'Attach one of Beacon’s reports to an agenda item as its paper',
          params: itemParams,
          body: z
            .object({ kind: z.string() })
            .catchall(z.union([z.string(), z.number()]))
            .meta({
              examples: [{ kind: 'results-summary', laCode: '851', period: 2016 }],
            }),
        },
      },
      async (request, reply) => {
        const { id: meetingId, itemId } = request.params;
        await services.papers.attach(actorOf(request), paperKinds, meetingId, itemId, request.body, today());
        return reply.status(201).send(await services.meetings.meeting(actorOf(request), meetingId, today()));
      },
    );

    api.post(
      '/meetings/:id/publish',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'Publish the papers: each report frozen as the board will see it',
          params,
          body: z.object({ public: z.boolean().default(false) }),
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await services.papers.publish(actor, paperKinds, request.params.id, render, today(), request.body);
        return services.meetings.meeting(actor, request.params.id, today());
      },
    );

    api.put(
      '/meetings/:id/minutes',
      {
        config: manage,
        schema: {
          tags: ['governance'],
          summary: 'The minutes, item by item (keyed by agenda item ID)',
          params,
          body: z.object({ minutes: z.record(z.string().regex(/^\d{1,9}$/), z.string().max(20_000)) }).meta({
            examples: [{ minutes: { '12': 'The board noted the results summary.' } }],
          }),
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const minutes = new Map(
          Object.entries(request.body.minutes).map(([item, text]) => [Number(item), text] as const),
        );
        await services.meetings.saveMinutes(actor, request.params.id, minutes, today());
        return services.meetings.meeting(actor, request.params.id, today());
      },
    );

    api.post(
      '/meetings/:id/minutes/circulate',
      {
        config: manage,
        schema: { tags: ['governance'], summary: 'Circulate the draft minutes to the board', params },
      },
      async (request) => {
        const actor = actorOf(request);
        await services.meetings.circulateMinutes(actor, request.params.id, today());
        return services.meetings.meeting(actor, request.params.id, today());
      },
    );

    api.post(
      '/meeting-actions/:id/done',
      {
        // Its owner, or the clerk: the service checks which.
        config: { permission: 'signedIn' },
        schema: { tags: ['governance'], summary: 'Mark an action from a meeting done', params },
      },
      async (request) => {
        const meetingId = await services.meetingActions.complete(
          actorOf(request),
          request.params.id,
          today(),
        );
        return { meetingId };
      },
    );
  };
}
