import { and, asc, desc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { nameOf, type Actor } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  validated,
} from '../../kernel/errors.ts';
import { governancePermissions } from '../permissions.ts';
import {
  agendaItemKinds,
  agendaItems,
  attendance,
  attendanceStatuses,
  boardSeats,
  boards,
  decisionOutcomes,
  decisions,
  declarations,
  meetingPapers,
  meetings,
  seatHolders,
  workProgrammes,
} from '../schema.ts';
import type { BoardsService } from '../boards/service.ts';
import { isLate, noticeGiven, publishBy } from '../rules/notice.ts';
import { quorumOf } from '../rules/quorum.ts';
import { academicYearOf } from '../rules/academicYear.ts';

// A board's meetings (SPEC C5): the agenda as seed 001 writes it, who came, the quorum worked out
// from the voting members there, and the decisions, which are recorded only while it is quorate.

const isoDate = z.iso.date({ message: 'Enter a real date, with the day, month and year' });

export const agendaItemInput = z.object({
  kind: z.enum(agendaItemKinds),
  title: z.string().trim().min(1, 'Give the item a title').max(500),
  decisionMaker: z.string().trim().max(200).nullable().default(null),
  reportFrom: z.string().trim().max(300).nullable().default(null),
  reportBy: z.string().trim().max(300).nullable().default(null),
  purpose: z.array(z.string().trim().min(1).max(2000)).max(30).default([]),
  recommendations: z.array(z.string().trim().min(1).max(2000)).max(26).default([]),
  pages: z.string().trim().max(50).nullable().default(null),
  exemptParagraph: z
    .number()
    .int()
    .min(1, 'Schedule 12A has paragraphs 1 to 7')
    .max(7, 'Schedule 12A has paragraphs 1 to 7')
    .nullable()
    .default(null),
});

export const meetingInput = z
  .object({
    heldOn: isoDate,
    startsAt: z.string().trim().min(1, 'Enter the time the meeting starts, like 3.30 pm').max(20),
    venue: z.string().trim().max(300).nullable().default(null),
    remoteLink: z.url({ message: 'Enter the remote link as a web address' }).nullable().default(null),
    papersPublishedOn: isoDate.nullable().default(null),
    enquiries: z.string().trim().max(300).nullable().default(null),
    agenda: z.array(agendaItemInput).max(60).default([]),
  })
  .refine((m) => m.papersPublishedOn === null || m.papersPublishedOn <= m.heldOn, {
    path: ['heldOn'],
    message: 'A meeting cannot be held before its papers are published',
  });

export const attendanceInput = z.array(
  z.object({
    holderId: z.number().int().positive(),
    status: z.enum(attendanceStatuses, { message: 'Choose present, remote, sent apologies or absent' }),
    arrivedLate: z.boolean().default(false),
    leftEarly: z.boolean().default(false),
  }),
);

export const decisionInput = z
  .object({
    outcome: z.enum(decisionOutcomes, { message: 'Choose what the board decided' }),
    amendment: z.string().trim().max(4000).nullable().default(null),
    // The later meeting of the same board the item goes to.
    deferredToMeetingId: z
      .number({ message: 'Choose the meeting it is deferred to' })
      .int()
      .positive()
      .nullable()
      .default(null),
    reasons: z.string().trim().max(4000).default(''),
    alternatives: z.string().trim().max(4000).default(''),
  })
  .superRefine((d, context) => {
    if (d.outcome === 'approved as amended' && !d.amendment)
      context.addIssue({ code: 'custom', path: ['amendment'], message: 'Say how the board amended it' });
    if (d.outcome === 'deferred' && d.deferredToMeetingId === null)
      context.addIssue({
        code: 'custom',
        path: ['deferredToMeetingId'],
        message: 'Choose the meeting it is deferred to',
      });
    if (d.outcome !== 'deferred' && d.deferredToMeetingId !== null)
      context.addIssue({
        code: 'custom',
        path: ['deferredToMeetingId'],
        message: 'Only a deferred item goes to a later meeting',
      });
  });

/** A decision as the meeting shows it: with the meeting a deferred item went to. */
function decisionShown(
  decision: typeof decisions.$inferSelect | undefined,
  targets: readonly { id: number; heldOn: string }[],
) {
  if (!decision) return null;
  return {
    ...decision,
    deferredTo: targets.find((t) => t.id === decision.deferredToMeetingId) ?? null,
  };
}

const lettered = (i: number) => String.fromCharCode('a'.charCodeAt(0) + i);

export function createMeetingsService(db: Database, boardsService: BoardsService) {
  /** The meeting, if this person may see its board (as if it did not exist otherwise). */
  async function meetingRow(actor: Actor, id: number, today: string) {
    const [meeting] = await db.select().from(meetings).where(eq(meetings.id, id));
    if (!meeting) throw new NotFoundError(`There is no meeting ${String(id)}`);
    const board = await boardsService.board(actor, meeting.boardId, today).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw new NotFoundError(`There is no meeting ${String(id)}`);
      throw error;
    });
    return { meeting, board };
  }

  /** The seat holders whose term covers the meeting's day, with what the clerk recorded of them. */
  async function membersAt(meetingId: number, boardId: number, heldOn: string) {
    const rows = await db
      .select({
        holderId: seatHolders.id,
        name: seatHolders.name,
        userId: seatHolders.userId,
        seat: boardSeats.title,
        membership: boardSeats.membership,
        office: boardSeats.office,
        termStart: seatHolders.termStart,
        termEnd: seatHolders.termEnd,
        status: attendance.status,
        arrivedLate: attendance.arrivedLate,
        leftEarly: attendance.leftEarly,
      })
      .from(seatHolders)
      .innerJoin(boardSeats, eq(boardSeats.id, seatHolders.seatId))
      .leftJoin(attendance, and(eq(attendance.holderId, seatHolders.id), eq(attendance.meetingId, meetingId)))
      .where(eq(boardSeats.boardId, boardId))
      .orderBy(asc(boardSeats.position), asc(seatHolders.id));
    return rows.filter(
      (r) => (r.termStart === null || r.termStart <= heldOn) && (r.termEnd === null || r.termEnd >= heldOn),
    );
  }

  /** The quorum from the voting members present in the room or remotely; with no rule, at least one. */
  function quorumFrom(members: Awaited<ReturnType<typeof membersAt>>, fraction: number | null) {
    const voting = members.filter((m) => m.membership === 'voting');
    const present = voting.filter((m) => m.status === 'present' || m.status === 'remote').length;
    const quorum = quorumOf(voting.length, present, fraction);
    return { ...quorum, ruleSet: fraction !== null };
  }

  async function canDecide(actor: Actor, boardId: number): Promise<boolean> {
    if (governancePermissions.has(actor.role, 'governance:manage')) return true;
    if (!governancePermissions.has(actor.role, 'governance:decide') || actor.userId === null) return false;
    const [seat] = await db
      .select({ id: seatHolders.id })
      .from(seatHolders)
      .innerJoin(boardSeats, eq(boardSeats.id, seatHolders.seatId))
      .where(and(eq(boardSeats.boardId, boardId), eq(seatHolders.userId, actor.userId)));
    return seat !== undefined;
  }

  /** A meeting as its page shows it: agenda, members, quorum, decisions; what this person may do in it. */
  async function meetingView(
    actor: Actor | null,
    meeting: typeof meetings.$inferSelect,
    board: Awaited<ReturnType<BoardsService['board']>>,
  ) {
    const [items, members] = await Promise.all([
      db
        .select()
        .from(agendaItems)
        .where(eq(agendaItems.meetingId, meeting.id))
        .orderBy(asc(agendaItems.position)),
      membersAt(meeting.id, board.id, meeting.heldOn),
    ]);
    const decided =
      items.length === 0
        ? []
        : await db
            .select()
            .from(decisions)
            .where(
              inArray(
                decisions.agendaItemId,
                items.map((i) => i.id),
              ),
            );
    const [deferrals, declared] = await Promise.all([
      deferralsOf(items, decided),
      db
        .select({
          agendaItemId: declarations.agendaItemId,
          holderId: declarations.holderId,
          interest: declarations.interest,
        })
        .from(declarations)
        .where(eq(declarations.meetingId, meeting.id))
        .orderBy(asc(declarations.id)),
    ]);
    const notice = { days: board.noticeDays, counted: board.noticeCounted };
    return {
      id: meeting.id,
      board: {
        id: board.id,
        name: board.name,
        quorum: board.quorum,
        notice: board.notice,
        // Places no one holds, as a notice's membership still lists them ("Diocesan representatives").
        vacantSeats: board.seats
          .filter((seat) => seat.vacancies > 0)
          .map((seat) => ({ title: seat.title, vacancies: seat.vacancies, membership: seat.membership })),
      },
      heldOn: meeting.heldOn,
      startsAt: meeting.startsAt,
      venue: meeting.venue,
      remoteLink: meeting.remoteLink,
      enquiries: meeting.enquiries,
      papers: {
        publishedOn: meeting.papersPublishedOn,
        dueBy: publishBy(meeting.heldOn, notice),
        late: meeting.papersPublishedOn !== null && isLate(meeting.papersPublishedOn, meeting.heldOn, notice),
        noticeGiven:
          meeting.papersPublishedOn === null
            ? null
            : noticeGiven(meeting.papersPublishedOn, meeting.heldOn, board.noticeCounted),
      },
      minutes: {
        status: meeting.minutesStatus,
        amendment: meeting.minutesAmendment,
        agreedAt:
          meeting.minutesAgreedAt === null
            ? null
            : ((
                await db
                  .select({ id: meetings.id, heldOn: meetings.heldOn })
                  .from(meetings)
                  .where(eq(meetings.id, meeting.minutesAgreedAt))
              )[0] ?? null),
      },
      members,
      attendanceRecorded: members.some((m) => m.status !== null),
      quorum: quorumFrom(members, board.quorumFraction),
      canDecide: actor !== null && (await canDecide(actor, board.id)),
      canRecordAttendance: actor !== null && governancePermissions.has(actor.role, 'governance:manage'),
      papersPublic: meeting.papersPublic,
      // Read by someone neither on the board nor an officer: the public papers only.
      publicView: actor === null,
      agenda: items.map((item, i) => ({
        ...item,
        number: i + 1,
        recommendations: item.recommendations.map((text, r) => ({ letter: lettered(r), text })),
        decision: decisionShown(
          decided.find((d) => d.agendaItemId === item.id),
          deferrals.targets,
        ),
        deferredFrom: deferrals.sources.find((source) => source.itemId === item.deferredFromItemId) ?? null,
        declarations: declared
          .filter((d) => d.agendaItemId === item.id)
          .map((d) => ({
            name: members.find((m) => m.holderId === d.holderId)?.name ?? 'A former member',
            interest: d.interest,
          })),
      })),
    };
  }

  /** Where this meeting's deferred items went, and where its carried items came from. */
  async function deferralsOf(
    items: readonly (typeof agendaItems.$inferSelect)[],
    decided: readonly (typeof decisions.$inferSelect)[],
  ) {
    const targetIds = decided.flatMap((d) => (d.deferredToMeetingId === null ? [] : [d.deferredToMeetingId]));
    const sourceIds = items.flatMap((i) => (i.deferredFromItemId === null ? [] : [i.deferredFromItemId]));
    const [targets, sources] = await Promise.all([
      targetIds.length === 0
        ? []
        : db
            .select({ id: meetings.id, heldOn: meetings.heldOn })
            .from(meetings)
            .where(inArray(meetings.id, targetIds)),
      sourceIds.length === 0
        ? []
        : db
            .select({ itemId: agendaItems.id, meetingId: meetings.id, heldOn: meetings.heldOn })
            .from(agendaItems)
            .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
            .where(inArray(agendaItems.id, sourceIds)),
    ]);
    return { targets, sources };
  }

  /** The meeting an item is deferred to: a later meeting of the same board. */
  async function laterMeetingOf(boardId: number, after: string, meetingId: number) {
    const [target] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
    if (target?.boardId !== boardId || target.heldOn <= after)
      throw new ValidationError([
        {
          field: 'deferredToMeetingId',
          message: 'An item is deferred to a later meeting of the same board',
        },
      ]);
    return target;
  }

  /**
   * A deferred item goes onto the later meeting's agenda, before its dates of future meetings,
   * with its papers if that meeting's papers are not yet published.
   */
  async function carryItemTo(
    tx: Database,
    item: typeof agendaItems.$inferSelect,
    target: typeof meetings.$inferSelect,
  ) {
    const agenda = await tx
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, target.id))
      .orderBy(asc(agendaItems.position));
    const position =
      agenda.find((a) => a.kind === 'future meetings')?.position ?? (agenda.at(-1)?.position ?? 0) + 1;
    await tx
      .update(agendaItems)
      .set({ position: sql`${agendaItems.position} + 1` })
      .where(and(eq(agendaItems.meetingId, target.id), gte(agendaItems.position, position)));
    const { id: _from, meetingId: _meeting, minute: _minute, ...carried } = item;
    const [copy] = await tx
      .insert(agendaItems)
      .values({ ...carried, meetingId: target.id, position, deferredFromItemId: item.id })
      .returning({ id: agendaItems.id });
    if (!copy || target.papersPublishedOn !== null) return;
    const papers = await tx.select().from(meetingPapers).where(eq(meetingPapers.agendaItemId, item.id));
    for (const { id: _paper, frozenHtml: _h, frozenDigest: _d, frozenOn: _o, ...paper } of papers)
      await tx.insert(meetingPapers).values({ ...paper, agendaItemId: copy.id });
  }

  return {
    async meeting(actor: Actor, id: number, today: string) {
      const { meeting, board } = await meetingRow(actor, id, today);
      return meetingView(actor, meeting, board);
    },

    /**
     * A meeting whose papers were published publicly, as anyone signed in reads it: without its
     * exempt items (Schedule 12A), and with nothing to record.
     */
    async publicMeeting(id: number, today: string) {
      const [meeting] = await db.select().from(meetings).where(eq(meetings.id, id));
      if (!meeting?.papersPublic || meeting.papersPublishedOn === null)
        throw new NotFoundError(`There is no meeting ${String(id)}`);
      const view = await meetingView(
        null,
        meeting,
        await boardsService.boardAsPublished(meeting.boardId, today),
      );
      return { ...view, agenda: view.agenda.filter((item) => item.exemptParagraph === null) };
    },

    /** Meetings whose papers anyone signed in may read, latest first. */
    async publicPapers() {
      return db
        .select({ id: meetings.id, heldOn: meetings.heldOn, board: boards.name })
        .from(meetings)
        .innerJoin(boards, eq(boards.id, meetings.boardId))
        .where(and(eq(meetings.papersPublic, true), isNotNull(meetings.papersPublishedOn)))
        .orderBy(desc(meetings.heldOn))
        .limit(100);
    },

    /** A board's meetings, latest first. */
    async meetingsOf(boardId: number) {
      return db
        .select({
          id: meetings.id,
          heldOn: meetings.heldOn,
          startsAt: meetings.startsAt,
          venue: meetings.venue,
        })
        .from(meetings)
        .where(eq(meetings.boardId, boardId))
        .orderBy(asc(meetings.heldOn));
    },

    async createMeeting(actor: Actor, boardId: number, input: z.input<typeof meetingInput>, today: string) {
      if (!governancePermissions.has(actor.role, 'governance:manage'))
        throw new ForbiddenError('Only an officer sets up a meeting');
      await boardsService.board(actor, boardId, today);
      const meeting = validated(meetingInput, input);
      return db.transaction(async (tx) => {
        const { agenda, ...fields } = meeting;
        const [row] = await tx
          .insert(meetings)
          .values({ ...fields, boardId })
          .returning({ id: meetings.id });
        if (!row) throw new Error('the meeting was not created');
        if (agenda.length > 0)
          await tx
            .insert(agendaItems)
            .values(agenda.map((item, i) => ({ ...item, meetingId: row.id, position: i + 1 })));
        await recordAudit(tx, actor, {
          action: 'meeting.created',
          entityType: 'meeting',
          entityId: String(row.id),
          after: { boardId, ...fields, items: agenda.map((a) => a.title) },
        });
        return row.id;
      });
    },

    /** The clerk's record of who came; each person named must hold a seat on the meeting's board. */
    async recordAttendance(
      actor: Actor,
      meetingId: number,
      input: (Omit<z.input<typeof attendanceInput>[number], 'status'> & { status: string })[],
      today: string,
    ) {
      if (!governancePermissions.has(actor.role, 'governance:manage'))
        throw new ForbiddenError('Only the clerk records attendance');
      const { meeting, board } = await meetingRow(actor, meetingId, today);
      const entries = validated(attendanceInput, input);
      const members = await membersAt(meetingId, board.id, meeting.heldOn);
      const stranger = entries.find((e) => !members.some((m) => m.holderId === e.holderId));
      if (stranger)
        throw new ValidationError([
          { field: 'attendance', message: 'Attendance is recorded only for the board’s members on the day' },
        ]);
      await db.transaction(async (tx) => {
        for (const entry of entries)
          await tx
            .insert(attendance)
            .values({ ...entry, meetingId })
            .onConflictDoUpdate({
              target: [attendance.meetingId, attendance.holderId],
              set: { status: entry.status, arrivedLate: entry.arrivedLate, leftEarly: entry.leftEarly },
            });
        await recordAudit(tx, actor, {
          action: 'meeting.attendance',
          entityType: 'meeting',
          entityId: String(meetingId),
          after: { entries },
        });
      });
    },

    /** The clerk's draft minute of each item; agreed minutes are locked. */
    async saveMinutes(actor: Actor, meetingId: number, minutes: ReadonlyMap<number, string>, today: string) {
      if (!governancePermissions.has(actor.role, 'governance:manage'))
        throw new ForbiddenError('Only the clerk writes the minutes');
      const { meeting } = await meetingRow(actor, meetingId, today);
      if (meeting.minutesStatus === 'agreed')
        throw new ValidationError([
          {
            field: 'minutes',
            message: 'These minutes have been agreed by the next meeting: they cannot be changed',
          },
        ]);
      const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
      const problems = [...minutes.entries()].flatMap(([itemId, text]) => [
        ...(items.some((i) => i.id === itemId)
          ? []
          : [{ field: 'minutes', message: 'A minute is written only for an item on this meeting’s agenda' }]),
        ...(text.length > 20_000
          ? [{ field: `minute-${String(itemId)}`, message: 'A minute must be 20,000 characters or fewer' }]
          : []),
      ]);
      if (problems.length > 0) throw new ValidationError(problems);
      await db.transaction(async (tx) => {
        for (const [itemId, text] of minutes)
          await tx
            .update(agendaItems)
            .set({ minute: text.trim() === '' ? null : text.trim() })
            .where(eq(agendaItems.id, itemId));
        await tx
          .update(meetings)
          .set({ minutesStatus: meeting.minutesStatus === 'none' ? 'draft' : meeting.minutesStatus })
          .where(eq(meetings.id, meetingId));
        await recordAudit(tx, actor, {
          action: 'meeting.minutesSaved',
          entityType: 'meeting',
          entityId: String(meetingId),
          before: Object.fromEntries(items.map((i) => [i.id, i.minute])),
          after: Object.fromEntries(minutes),
        });
      });
    },

    /** The draft minutes go to every member, to be agreed at the next meeting. */
    async circulateMinutes(actor: Actor, meetingId: number, today: string) {
      if (!governancePermissions.has(actor.role, 'governance:manage'))
        throw new ForbiddenError('Only the clerk circulates the minutes');
      const { meeting } = await meetingRow(actor, meetingId, today);
      if (meeting.minutesStatus !== 'draft')
        throw new ValidationError([
          {
            field: 'minutes',
            message:
              meeting.minutesStatus === 'none'
                ? 'Write the minutes before circulating them'
                : 'These minutes have already been circulated',
          },
        ]);
      await db.transaction(async (tx) => {
        await tx.update(meetings).set({ minutesStatus: 'circulated' }).where(eq(meetings.id, meetingId));
        await recordAudit(tx, actor, {
          action: 'meeting.minutesCirculated',
          entityType: 'meeting',
          entityId: String(meetingId),
        });
      });
    },

    /** A decision on an item, by a member of the board or the clerk, only while the meeting is quorate. */
    async recordDecision(
      actor: Actor,
      meetingId: number,
      itemId: number,
      // As a form posts it: the outcome is checked against the list here.
      input: Omit<z.input<typeof decisionInput>, 'outcome'> & { outcome: string },
      today: string,
    ) {
      const { meeting, board } = await meetingRow(actor, meetingId, today);
      if (!(await canDecide(actor, board.id)))
        throw new ForbiddenError('Only the board’s own members, or its clerk, record its decisions');
      const decision = validated(decisionInput, input);
      const [item] = await db
        .select()
        .from(agendaItems)
        .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)));
      if (!item) throw new NotFoundError(`There is no item ${String(itemId)} on this meeting’s agenda`);
      const quorum = quorumFrom(await membersAt(meetingId, board.id, meeting.heldOn), board.quorumFraction);
      if (!quorum.quorate)
        throw new ValidationError([
          {
            field: 'outcome',
            message: `The meeting is not quorate (${String(quorum.present)} voting member${quorum.present === 1 ? '' : 's'} present, ${String(quorum.needed)} needed): no decision can be recorded`,
          },
        ]);
      // Approving the minutes of the board's last meeting agrees and locks them (seed 001).
      const agreesMinutes =
        item.kind === 'minutes' &&
        (decision.outcome === 'approved' || decision.outcome === 'approved as amended');
      const [previous] = agreesMinutes
        ? await db
            .select()
            .from(meetings)
            .where(and(eq(meetings.boardId, board.id), lt(meetings.heldOn, meeting.heldOn)))
            .orderBy(desc(meetings.heldOn))
            .limit(1)
        : [];
      if (agreesMinutes && previous?.minutesStatus !== 'circulated')
        throw new ValidationError([
          {
            field: 'outcome',
            message: previous
              ? 'The minutes of the last meeting have not been circulated: they cannot be agreed yet'
              : 'There is no earlier meeting of this board whose minutes could be agreed',
          },
        ]);
      const deferredTo =
        decision.deferredToMeetingId === null
          ? null
          : await laterMeetingOf(board.id, meeting.heldOn, decision.deferredToMeetingId);
      await db.transaction(async (tx) => {
        const [already] = await tx.select().from(decisions).where(eq(decisions.agendaItemId, itemId));
        if (already) throw new ConflictError('A decision is already recorded on this item');
        if (deferredTo) await carryItemTo(tx, item, deferredTo);
        if (previous)
          await tx
            .update(meetings)
            .set({
              minutesStatus: 'agreed',
              minutesAgreedAt: meetingId,
              minutesAmendment: decision.amendment,
            })
            .where(eq(meetings.id, previous.id));
        // Approving the year's membership or work programme records it on the board (seed 001).
        const approves = decision.outcome === 'approved' || decision.outcome === 'approved as amended';
        if (approves && item.kind === 'membership')
          await tx.update(boards).set({ membershipAgreedOn: meeting.heldOn }).where(eq(boards.id, board.id));
        if (approves && item.kind === 'work programme')
          await tx
            .update(workProgrammes)
            .set({ approvedAtMeetingId: meetingId })
            .where(
              and(
                eq(workProgrammes.boardId, board.id),
                eq(workProgrammes.academicYear, academicYearOf(meeting.heldOn)),
              ),
            );
        await tx.insert(decisions).values({
          ...decision,
          agendaItemId: itemId,
          votingPresent: quorum.present,
          quorumNeeded: quorum.ruleSet ? quorum.needed : null,
          recordedBy: nameOf(actor),
        });
        await recordAudit(tx, actor, {
          action: 'meeting.decision',
          entityType: 'agendaItem',
          entityId: String(itemId),
          after: { meetingId, ...decision, votingPresent: quorum.present },
        });
      });
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
