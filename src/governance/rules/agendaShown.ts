// A long meeting page read an item kind at a time: the items still to discuss (a report, the
// minutes, the membership or the work programme with no decision recorded yet), those decided,
// or those with papers. Every item keeps its number, so the agenda still reads as the notice set it.

export const agendaChoices = ['all', 'to discuss', 'decided', 'with papers'] as const;
export type AgendaChoice = (typeof agendaChoices)[number];

const decidedAtMeetings = ['report', 'minutes', 'membership', 'work programme'];

type Item = { id: number; kind: string; decision: unknown };

export function agendaShown<T extends Item>(
  items: readonly T[],
  show: AgendaChoice,
  papers: readonly { agendaItemId: number | null }[],
): T[] {
  switch (show) {
    case 'all':
      return [...items];
    case 'to discuss':
      return items.filter((i) => decidedAtMeetings.includes(i.kind) && !i.decision);
    case 'decided':
      return items.filter((i) => Boolean(i.decision));
    case 'with papers':
      return items.filter((i) => papers.some((p) => p.agendaItemId === i.id));
  }
}
