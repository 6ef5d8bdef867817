import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { ForbiddenError, ValidationError, validated } from '../../kernel/errors.ts';
import { governancePermissions } from '../permissions.ts';
import { meetings, workProgrammeItems, workProgrammes } from '../schema.ts';
import type { BoardsService } from '../boards/service.ts';
import type { PresentedBoard } from '../boards/presenters.ts';
import { academicYearName, academicYearOf, monthsOf } from '../rules/academicYear.ts';
import type { AgendaPlan } from '../rules/agenda.ts';

// A board's annual work programme (seed 001: the Strategic Board approves it): items planned to
// months of the academic year, approved by a decision at a meeting, and the start of each agenda.

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const programmeItemInput = z.object({
  academicYear: z
    .number({ message: 'Choose the academic year' })
    .int()
    .min(2000, 'Choose the academic year')
    .max(2100, 'Choose the academic year'),
  month: z
    .number({ message: 'Choose the month it is planned for' })
    .int()
    .min(1, 'Choose the month it is planned for')
    .max(12, 'Choose the month it is planned for'),
  title: z.string().trim().min(1, 'Say what the board will take, like “KPI report”').max(300),
  reportFrom: z.string().trim().max(300).nullable().default(null),
});

/** A real day written YYYY-MM-DD (JavaScript reads 2027-02-31 as 3 March; the database refuses it). */
const isIsoDay = (day: string) => {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
};

export function createWorkProgrammeService(db: Database, boardsService: BoardsService) {
  async function programmeRow(boardId: number, academicYear: number) {
    const [row] = await db
      .select()
      .from(workProgrammes)
      .where(and(eq(workProgrammes.boardId, boardId), eq(workProgrammes.academicYear, academicYear)));
    return row;
  }

  return {
    /**
     * The programme for a year, month by month, and the meeting that approved it, for a board as
     * the boards service gave it to this person (so within what they may see).
     */
    async programme(board: PresentedBoard, academicYear: number) {
      const [row] = await db
        .select({ id: workProgrammes.id, approvedAt: { id: meetings.id, heldOn: meetings.heldOn } })
        .from(workProgrammes)
        .leftJoin(meetings, eq(meetings.id, workProgrammes.approvedAtMeetingId))
        .where(and(eq(workProgrammes.boardId, board.id), eq(workProgrammes.academicYear, academicYear)));
      const items = row
        ? await db
            .select()
            .from(workProgrammeItems)
            .where(eq(workProgrammeItems.programmeId, row.id))
            .orderBy(asc(workProgrammeItems.id))
        : [];
      const approvedAt = row?.approvedAt ?? null;
      return {
        academicYear,
        yearName: academicYearName(academicYear),
        approvedAt,
        months: monthsOf(academicYear).map(({ month, year }) => ({
          month,
          name: `${monthNames[month - 1] ?? ''} ${String(year)}`,
          items: items
            .filter((i) => i.month === month)
            .map((i) => ({ title: i.title, reportFrom: i.reportFrom })),
        })),
      };
    },

    /** An item planned to a month; an approved programme is changed only by the board. */
    async addItem(actor: Actor, boardId: number, input: z.input<typeof programmeItemInput>, today: string) {
      if (!governancePermissions.has(actor.role, 'governance:manage'))
        throw new ForbiddenError('Only an officer plans the work programme');
      await boardsService.board(actor, boardId, today);
      const item = validated(programmeItemInput, input);
      await db.transaction(async (tx) => {
        const [existing] = await tx
          .select()
          .from(workProgrammes)
          .where(
            and(eq(workProgrammes.boardId, boardId), eq(workProgrammes.academicYear, item.academicYear)),
          );
        if (existing?.approvedAtMeetingId != null)
          throw new ValidationError([
            {
              field: 'title',
              message: `The board has approved the work programme for ${academicYearName(item.academicYear)}: it cannot be changed here`,
            },
          ]);
        const programme =
          existing ??
          (
            await tx.insert(workProgrammes).values({ boardId, academicYear: item.academicYear }).returning()
          )[0];
        if (!programme) throw new Error('the work programme was not created');
        await tx.insert(workProgrammeItems).values({
          programmeId: programme.id,
          month: item.month,
          title: item.title,
          reportFrom: item.reportFrom,
        });
        await recordAudit(tx, actor, {
          action: 'board.programmeItemAdded',
          entityType: 'board',
          entityId: String(boardId),
          after: item,
        });
      });
    },

    /**
     * What a new meeting's agenda takes from the year: the membership at the year's first meeting,
     * the programme for approval until it is approved, and what it plans to the meeting's month.
     */
    async agendaPlanFor(boardId: number, heldOn: string): Promise<Omit<AgendaPlan, 'report'>> {
      if (!isIsoDay(heldOn)) return { firstOfAcademicYear: false, programme: null };
      const academicYear = academicYearOf(heldOn);
      const [earlier, row] = await Promise.all([
        db
          .select({ id: meetings.id })
          .from(meetings)
          .where(
            and(
              eq(meetings.boardId, boardId),
              gte(meetings.heldOn, `${String(academicYear)}-09-01`),
              lt(meetings.heldOn, heldOn),
            ),
          )
          .limit(1),
        programmeRow(boardId, academicYear),
      ]);
      const month = Number(heldOn.slice(5, 7));
      const planned = row
        ? await db
            .select()
            .from(workProgrammeItems)
            .where(and(eq(workProgrammeItems.programmeId, row.id), eq(workProgrammeItems.month, month)))
            .orderBy(asc(workProgrammeItems.id))
        : [];
      return {
        firstOfAcademicYear: earlier.length === 0,
        programme: row
          ? {
              approved: row.approvedAtMeetingId !== null,
              yearName: academicYearName(academicYear),
              planned: planned.map((p) => ({ title: p.title, reportFrom: p.reportFrom })),
            }
          : null,
      };
    },
  };
}

export type WorkProgrammeService = ReturnType<typeof createWorkProgrammeService>;
