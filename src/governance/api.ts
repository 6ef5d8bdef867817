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
  };
}
