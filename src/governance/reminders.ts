import { eq, isNotNull } from 'drizzle-orm';
import type { Services } from '../kernel/services.ts';
import { notifyEach } from '../access/notifications/notify.ts';
import { formatDate } from '../kernel/format.ts';
import { boardSeats, boards, seatHolders } from './schema.ts';
import { termEndingSoon } from './rules/seats.ts';

// The daily reminder of board terms ending: a member with an account hears once, within the
// board's warning period, that their term on the seat ends (the board's page marks the same).

export async function termReminders(services: Services, day: string): Promise<number> {
  const { db } = services.database;
  const holders = await db
    .select({
      id: seatHolders.id,
      userId: seatHolders.userId,
      termEnd: seatHolders.termEnd,
      seat: boardSeats.title,
      boardId: boards.id,
      board: boards.name,
      warningDays: boards.termWarningDays,
    })
    .from(seatHolders)
    .innerJoin(boardSeats, eq(boardSeats.id, seatHolders.seatId))
    .innerJoin(boards, eq(boards.id, boardSeats.boardId))
    .where(isNotNull(seatHolders.userId));
  const ending = holders.filter((h) => termEndingSoon(h.termEnd, day, h.warningDays));
  return db.transaction(async (tx) =>
    notifyEach(
      tx,
      ending.map((h) => ({
        userIds: h.userId === null ? [] : [h.userId],
        notice: {
          kind: 'term-ending',
          key: `term-ending:${String(h.id)}:${h.termEnd ?? ''}`,
          title: `Your term on the ${h.board} as ${h.seat} ends on ${formatDate(h.termEnd ?? day)}`,
          href: `/boards/${String(h.boardId)}`,
        },
      })),
    ),
  );
}
