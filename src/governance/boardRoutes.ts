import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { ValidationError, formErrors } from '../kernel/errors.ts';
import { slugOf, todayIso as today } from '../kernel/format.ts';
import { governancePermissions } from './permissions.ts';
import { boardCalendar } from './meetings/calendar.ts';
import { standardAgenda } from './rules/agenda.ts';
import { academicYearName, academicYearOf } from './rules/academicYear.ts';
import { boardKinds } from './schema.ts';
import { boardFromForm } from './boards/form.ts';
import {
  actorOf,
  chosenNumber,
  clerk,
  formBody,
  idParams,
  lines,
  optional,
  read,
  readPublic,
} from './forms.ts';

/** Which of the board page's forms a problem belongs to, so that it opens with the problem shown. */
type BoardForm = 'meeting' | 'holder' | 'endTerm' | 'programme' | 'terms';

const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** The boards, a board's page and its forms: members, work programme, meetings and calendar. */
export function boardRoutes(services: Services, config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    // The boards a person may see, and the papers published publicly, which everyone may read.
    routes.get('/boards', { config: readPublic }, async (request, reply) => {
      const actor = actorOf(request);
      const manages = governancePermissions.has(actor.role, 'governance:manage');
      const [boards, publicPapers, assessmentMeetings] = await Promise.all([
        services.boards.list(actor, today()),
        services.meetings.publicPapers(),
        // The School Assessment Meeting is held in Schools causing concern, by the same officers:
        // it is listed here and linked to, not kept twice.
        manages ? services.concern.meetings(config.localAuthority.code) : Promise.resolve(null),
      ]);
      return reply.page('governance/views/boards.njk', {
        pageTitle: 'Boards',
        boards,
        publicPapers,
        assessmentMeeting: assessmentMeetings && {
          held: assessmentMeetings.length,
          latest:
            assessmentMeetings
              .map((m) => m.heldOn)
              .sort()
              .at(-1) ?? null,
        },
        readsBoards: governancePermissions.has(actor.role, 'governance:read'),
        canManage: manages,
      });
    });

    const newBoardPage = (reply: FastifyReply, values: Record<string, string>, error?: ValidationError) =>
      reply.status(error ? 400 : 200).page('governance/views/new-board.njk', {
        pageTitle: 'Set up a board',
        kinds: boardKinds,
        form: values,
        ...(error ? formErrors(error) : {}),
      });

    routes.get('/boards/new', { config: clerk }, async (_request, reply) =>
      newBoardPage(reply, { noticeDays: '7', noticeCounted: 'calendar', termWarningDays: '60' }),
    );

    // A board from its terms of reference: what it is, its rules, its purpose and its seats.
    routes.post('/boards', { config: clerk, schema: { body: formBody } }, async (request, reply) => {
      const actor = actorOf(request);
      try {
        const id = await services.boards.createBoard(actor, boardFromForm(request.body, today()));
        return await reply.redirect(`/boards/${String(id)}`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return newBoardPage(reply, request.body, error);
      }
    });

    /** The board's page, again with the problem that stopped one of its forms, when there was one. */
    async function boardPage(
      reply: FastifyReply,
      actor: Actor,
      boardId: number,
      year: number | undefined,
      problem?: { form: BoardForm; values: Record<string, string>; error: ValidationError },
    ) {
      const board = await services.boards.board(actor, boardId, today());
      const manages = governancePermissions.has(actor.role, 'governance:manage');
      const academicYear = year ?? academicYearOf(today());
      const [meetings, programme, people] = await Promise.all([
        services.meetings.meetingsOf(board.id),
        services.workProgramme.programme(board, academicYear),
        manages ? services.users.list() : Promise.resolve([]),
      ]);
      return reply.status(problem ? 400 : 200).page('governance/views/board.njk', {
        pageTitle: board.name,
        board,
        meetings,
        programme,
        years: [academicYear - 1, academicYear + 1].map((y) => ({ year: y, name: academicYearName(y) })),
        accounts: people
          .filter((p) => p.status === 'active')
          .map((p) => ({ value: String(p.id), text: `${p.name} (${p.email})` })),
        canManage: manages,
        openForm: problem?.form ?? null,
        form: problem?.values ?? {},
        ...(problem ? formErrors(problem.error) : {}),
      });
    }

    /** A change from one of the board page's forms: done and back to the page, or the page with its problem. */
    async function changeBoard<T>(
      reply: FastifyReply,
      request: { actor?: Actor; params: { id: number }; body: Record<string, string> },
      form: BoardForm,
      change: () => Promise<T>,
      then: (done: T) => string,
    ) {
      let done: T;
      try {
        done = await change();
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const year = chosenNumber(request.body.academicYear) ?? undefined;
        // The programme's fields share names with the meeting form's, so its ids are prefixed.
        const prefix = form === 'programme' ? 'programme-' : form === 'terms' ? 'terms-' : '';
        return boardPage(reply, actorOf(request), request.params.id, year, {
          form,
          values: request.body,
          error: new ValidationError(error.problems.map((p) => ({ ...p, field: prefix + p.field }))),
        });
      }
      return reply.redirect(then(done), 303);
    }

    routes.get(
      '/boards/:id',
      { config: read, schema: { params: idParams, querystring: yearQuery } },
      async (request, reply) => boardPage(reply, actorOf(request), request.params.id, request.query.year),
    );

    // A new meeting with the standard agenda (seed 001's items, the minutes and matters arising every
    // later meeting takes, and what the year and its work programme ask of it), and the report it is
    // called for, if one is named.
    routes.post(
      '/boards/:id/meetings',
      { config: clerk, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        const report = (body.reportTitle ?? '').trim();
        return changeBoard(
          reply,
          request,
          'meeting',
          async () =>
            services.meetings.createMeeting(
              actor,
              request.params.id,
              {
                heldOn: body.heldOn ?? '',
                startsAt: body.startsAt ?? '',
                venue: optional(body.venue),
                remoteLink: optional(body.remoteLink),
                enquiries: optional(body.enquiries),
                agenda: standardAgenda({
                  ...(await services.workProgramme.agendaPlanFor(request.params.id, body.heldOn ?? '')),
                  report:
                    report === ''
                      ? null
                      : {
                          title: report,
                          reportFrom: optional(body.reportFrom),
                          reportBy: optional(body.reportBy),
                          purpose: lines(body.purpose),
                          recommendations: lines(body.recommendations),
                        },
                }),
              },
              today(),
            ),
          (created) => `/meetings/${String(created)}`,
        );
      },
    );

    // Someone takes a place on one of the board's seats.
    routes.post(
      '/boards/:id/holders',
      { config: clerk, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        return changeBoard(
          reply,
          request,
          'holder',
          () =>
            services.boards.addHolder(
              actor,
              request.params.id,
              chosenNumber(body.seatId) ?? 0,
              {
                name: body.name ?? '',
                userId: chosenNumber(body.userId),
                termStart: optional(body.termStart),
                termEnd: optional(body.termEnd),
              },
              today(),
            ),
          () => `/boards/${String(request.params.id)}#membership`,
        );
      },
    );

    // A member stands down, or their term is set to end.
    routes.post(
      '/boards/:id/terms/end',
      { config: clerk, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        return changeBoard(
          reply,
          request,
          'endTerm',
          () =>
            services.boards.endTerm(
              actor,
              request.params.id,
              chosenNumber(request.body.holderId) ?? 0,
              request.body.termEnd ?? '',
            ),
          () => `/boards/${String(request.params.id)}#membership`,
        );
      },
    );

    // A new version of the terms of reference (the board agreed a change, or a draft is revised).
    routes.post(
      '/boards/:id/terms',
      { config: clerk, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        return changeBoard(
          reply,
          request,
          'terms',
          () =>
            services.boards.addTerms(
              actor,
              request.params.id,
              {
                agreedOn: body.termsAgreedOn ?? '',
                status: body.termsStatus === 'agreed' ? 'agreed' : 'draft',
                purpose: body.purpose ?? '',
                responsibilities: lines(body.responsibilities),
              },
              today(),
            ),
          () => `/boards/${String(request.params.id)}#terms`,
        );
      },
    );

    // An item planned to a month of the work programme.
    routes.post(
      '/boards/:id/programme',
      { config: clerk, schema: { params: idParams, body: formBody } },
      async (request, reply) => {
        const actor = actorOf(request);
        const body = request.body;
        const year = chosenNumber(body.academicYear) ?? Number.NaN;
        return changeBoard(
          reply,
          request,
          'programme',
          () =>
            services.workProgramme.addItem(
              actor,
              request.params.id,
              {
                academicYear: year,
                month: chosenNumber(body.month) ?? Number.NaN,
                title: body.title ?? '',
                reportFrom: optional(body.reportFrom),
              },
              today(),
            ),
          () => `/boards/${String(request.params.id)}?year=${String(year)}#programme`,
        );
      },
    );

    // A board's meetings for members' own calendars.
    routes.get(
      '/boards/:id/meetings.ics',
      { config: read, schema: { params: idParams } },
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
  };
}
