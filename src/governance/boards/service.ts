import { asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { ForbiddenError, NotFoundError, ValidationError, validated } from '../../kernel/errors.ts';
import { governancePermissions } from '../permissions.ts';
import { boardKinds, boardSeats, boards, seatHolders, termsOfReference } from '../schema.ts';
import { quorumFractionProblem } from '../rules/quorum.ts';
import { noticeRuleProblem } from '../rules/notice.ts';
import { presentBoard, type BoardRow, type HolderRow, type SeatRow } from './presenters.ts';

// Boards, their terms of reference and their seats (SPEC C5). Officers manage them; a board member
// reads the boards they hold a seat on, and no other (it is as if the rest did not exist).

const isoDate = z.iso.date({ message: 'Enter a real date, with the day, month and year' });

export const boardInput = z
  .object({
    name: z.string().trim().min(1, 'Enter the board’s name').max(200),
    kind: z.enum(boardKinds, { message: 'Choose what kind of board it is' }),
    accountableTo: z.string().trim().max(200).nullable().default(null),
    frequency: z.string().trim().min(1, 'Say how often it meets, like termly').max(100),
    quorumFraction: z.number().nullable(),
    noticeDays: z.number(),
    noticeCounted: z.enum(['calendar', 'clearWorking']),
    termWarningDays: z.number().int().min(0).max(366).default(60),
    isDemonstration: z.boolean().default(false),
  })
  .superRefine((board, context) => {
    const quorum = board.quorumFraction === null ? null : quorumFractionProblem(board.quorumFraction);
    if (quorum) context.addIssue({ code: 'custom', path: ['quorumFraction'], message: quorum });
    const notice = noticeRuleProblem({ days: board.noticeDays, counted: board.noticeCounted });
    if (notice) context.addIssue({ code: 'custom', path: ['noticeDays'], message: notice });
  });
export type BoardInput = z.input<typeof boardInput>;

export const seatInput = z.object({
  title: z.string().trim().min(1, 'Enter the seat as the terms of reference name it').max(300),
  places: z
    .number()
    .int('A seat has a whole number of places')
    .min(1, 'A seat has at least one place')
    .max(50),
  membership: z.enum(['voting', 'non-voting', 'co-opted']),
  office: z.enum(['chair', 'vice-chair']).nullable().default(null),
});

export const holderInput = z
  .object({
    name: z.string().trim().min(1, 'Enter the name of the person who holds the seat').max(200),
    userId: z.number().int().nullable().default(null),
    termStart: isoDate.nullable().default(null),
    termEnd: isoDate.nullable().default(null),
  })
  .refine((h) => h.termStart === null || h.termEnd === null || h.termEnd >= h.termStart, {
    path: ['termEnd'],
    message: 'A term ends on or after the day it starts',
  });

export const termsInput = z.object({
  agreedOn: isoDate,
  status: z.enum(['draft', 'agreed']),
  purpose: z.string().trim().min(1, 'Enter the board’s purpose').max(10_000),
  responsibilities: z.array(z.string().trim().min(1).max(2_000)).max(50),
});

export function createBoardsService(db: Database) {
  /** The boards this person may see: every one for officers, their own for a board member. */
  async function visibleBoardIds(actor: Actor): Promise<number[] | 'all'> {
    if (governancePermissions.has(actor.role, 'governance:manage')) return 'all';
    if (actor.userId === null || !governancePermissions.has(actor.role, 'governance:read')) return [];
    const rows = await db
      .selectDistinct({ boardId: boardSeats.boardId })
      .from(seatHolders)
      .innerJoin(boardSeats, eq(boardSeats.id, seatHolders.seatId))
      .where(eq(seatHolders.userId, actor.userId));
    return rows.map((r) => r.boardId);
  }

  async function seatsOf(boardIds: readonly number[]) {
    if (boardIds.length === 0) return { seats: [] as SeatRow[], holders: [] as HolderRow[] };
    const seats = await db
      .select()
      .from(boardSeats)
      .where(inArray(boardSeats.boardId, [...boardIds]))
      .orderBy(asc(boardSeats.position));
    const holders =
      seats.length === 0
        ? []
        : await db
            .select()
            .from(seatHolders)
            .where(
              inArray(
                seatHolders.seatId,
                seats.map((s) => s.id),
              ),
            )
            .orderBy(asc(seatHolders.id));
    return { seats, holders };
  }

  async function boardAsPublished(id: number, today: string) {
    const [board] = await db.select().from(boards).where(eq(boards.id, id));
    if (!board) throw new NotFoundError(`There is no board ${String(id)}`);
    const terms = await db
      .select()
      .from(termsOfReference)
      .where(eq(termsOfReference.boardId, id))
      .orderBy(desc(termsOfReference.agreedOn), desc(termsOfReference.id));
    const { seats, holders } = await seatsOf([id]);
    return presentBoard(board, terms, seats, holders, today);
  }

  const requireManager = (actor: Actor) => {
    if (!governancePermissions.has(actor.role, 'governance:manage'))
      throw new ForbiddenError('Only an officer sets up boards and their members');
  };

  return {
    async list(actor: Actor, today: string) {
      const visible = await visibleBoardIds(actor);
      const rows: BoardRow[] =
        visible === 'all'
          ? await db.select().from(boards).orderBy(asc(boards.name))
          : visible.length === 0
            ? []
            : await db.select().from(boards).where(inArray(boards.id, visible)).orderBy(asc(boards.name));
      const { seats, holders } = await seatsOf(rows.map((b) => b.id));
      return rows.map((board) =>
        presentBoard(
          board,
          [],
          seats.filter((s) => s.boardId === board.id),
          holders,
          today,
        ),
      );
    },

    async board(actor: Actor, id: number, today: string) {
      const visible = await visibleBoardIds(actor);
      if (visible !== 'all' && !visible.includes(id))
        throw new NotFoundError(`There is no board ${String(id)}`);
      return boardAsPublished(id, today);
    },

    /** A board as its public papers show it (membership, quorum, notice), to anyone they are published to. */
    boardAsPublished,

    /** A new board with its seats and first terms of reference, in one audited step. */
    async createBoard(
      actor: Actor,
      input: {
        board: BoardInput;
        terms?: z.input<typeof termsInput>;
        seats?: (z.input<typeof seatInput> & { holders?: z.input<typeof holderInput>[] })[];
      },
    ): Promise<number> {
      requireManager(actor);
      const board = validated(boardInput, input.board);
      const terms = input.terms ? validated(termsInput, input.terms) : null;
      const seats = (input.seats ?? []).map((seat, i) => {
        const checked = validated(seatInput, seat);
        const holders = (seat.holders ?? []).map((h) => validated(holderInput, h));
        if (holders.length > checked.places)
          throw new ValidationError([
            {
              field: `seats.${String(i)}.holders`,
              message: `“${checked.title}” has ${String(checked.places)} place${checked.places === 1 ? '' : 's'}, not ${String(holders.length)}`,
            },
          ]);
        return { ...checked, holders };
      });
      return db.transaction(async (tx) => {
        const [created] = await tx.insert(boards).values(board).returning({ id: boards.id });
        if (!created) throw new Error('the board was not created');
        if (terms)
          await tx
            .insert(termsOfReference)
            .values({ ...terms, boardId: created.id, recordedBy: actor.label });
        for (const [position, seat] of seats.entries()) {
          const [row] = await tx
            .insert(boardSeats)
            .values({ ...seat, boardId: created.id, position: position + 1 })
            .returning({ id: boardSeats.id });
          if (row && seat.holders.length > 0)
            await tx.insert(seatHolders).values(seat.holders.map((h) => ({ ...h, seatId: row.id })));
        }
        await recordAudit(tx, actor, {
          action: 'board.created',
          entityType: 'board',
          entityId: String(created.id),
          after: { ...board, seats: seats.length, terms: terms?.agreedOn ?? null },
        });
        return created.id;
      });
    },

    /** Someone takes a place on a seat; a seat never holds more people than it has places. */
    async addHolder(
      actor: Actor,
      boardId: number,
      seatId: number,
      input: z.input<typeof holderInput>,
      today: string,
    ) {
      requireManager(actor);
      const holder = validated(holderInput, input);
      return db.transaction(async (tx) => {
        const [seat] = await tx.select().from(boardSeats).where(eq(boardSeats.id, seatId));
        if (seat?.boardId !== boardId)
          throw new ValidationError([{ field: 'seatId', message: 'Choose one of this board’s seats' }]);
        const current = await tx.select().from(seatHolders).where(eq(seatHolders.seatId, seatId));
        const holding = current.filter((h) => h.termEnd === null || h.termEnd >= today).length;
        if (holding >= seat.places)
          throw new ValidationError([
            {
              field: 'name',
              message: `“${seat.title}” has ${String(seat.places)} place${seat.places === 1 ? '' : 's'}, all held: end someone’s term first`,
            },
          ]);
        const [row] = await tx
          .insert(seatHolders)
          .values({ ...holder, seatId })
          .returning({ id: seatHolders.id });
        await recordAudit(tx, actor, {
          action: 'board.seatHolderAdded',
          entityType: 'board',
          entityId: String(seat.boardId),
          after: { seat: seat.title, ...holder },
        });
        return row?.id;
      });
    },

    /** A new version of the terms of reference, dated; the earlier versions are kept. */
    async addTerms(actor: Actor, boardId: number, input: z.input<typeof termsInput>, today: string) {
      requireManager(actor);
      await boardAsPublished(boardId, today);
      const terms = validated(termsInput, input);
      await db.transaction(async (tx) => {
        await tx.insert(termsOfReference).values({ ...terms, boardId, recordedBy: actor.label });
        await recordAudit(tx, actor, {
          action: 'board.termsRecorded',
          entityType: 'board',
          entityId: String(boardId),
          after: terms,
        });
      });
    },

    /** A member's term ends on a day (they stand down, or their term runs out): the seat is free after it. */
    async endTerm(actor: Actor, boardId: number, holderId: number, termEnd: string) {
      requireManager(actor);
      const [holder] = await db
        .select({ holder: seatHolders, boardId: boardSeats.boardId })
        .from(seatHolders)
        .innerJoin(boardSeats, eq(boardSeats.id, seatHolders.seatId))
        .where(eq(seatHolders.id, holderId));
      if (holder?.boardId !== boardId)
        throw new ValidationError([{ field: 'holderId', message: 'Choose one of the board’s members' }]);
      const ending = validated(z.object({ endsOn: isoDate }), { endsOn: termEnd });
      if (holder.holder.termStart !== null && ending.endsOn < holder.holder.termStart)
        throw new ValidationError([
          { field: 'endsOn', message: 'A term ends on or after the day it starts' },
        ]);
      await db.transaction(async (tx) => {
        await tx.update(seatHolders).set({ termEnd: ending.endsOn }).where(eq(seatHolders.id, holderId));
        await recordAudit(tx, actor, {
          action: 'board.termEnded',
          entityType: 'board',
          entityId: String(boardId),
          before: { name: holder.holder.name, termEnd: holder.holder.termEnd },
          after: { name: holder.holder.name, termEnd: ending.endsOn },
        });
      });
    },
  };
}

export type BoardsService = ReturnType<typeof createBoardsService>;
