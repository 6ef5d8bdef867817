import { and, asc, gte, inArray } from 'drizzle-orm';
import type { AttentionItem } from '../access/capability.ts';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import { meetings } from './schema.ts';

// What governance puts on the home page: the next meeting of each board the person sits on (or, for
// an officer, every board), and whether its papers are out.
export async function governanceAttention(
  services: Services,
  actor: Actor,
  today: string,
): Promise<AttentionItem[]> {
  const boards = await services.boards.list(actor, today);
  if (boards.length === 0) return [];
  const coming = await services.database.db
    .select({
      id: meetings.id,
      boardId: meetings.boardId,
      heldOn: meetings.heldOn,
      papers: meetings.papersPublishedOn,
    })
    .from(meetings)
    .where(
      and(
        inArray(
          meetings.boardId,
          boards.map((b) => b.id),
        ),
        gte(meetings.heldOn, today),
      ),
    )
    .orderBy(asc(meetings.heldOn));
  return boards.flatMap((board) => {
    const next = coming.find((m) => m.boardId === board.id);
    if (!next) return [];
    return [
      {
        text: `${board.name} meets next${next.papers ? ': its papers are published' : ''}`,
        count: 1,
        href: `/meetings/${String(next.id)}`,
        date: next.heldOn,
      },
    ];
  });
}
