// A long plan read a RAG at a time: which of each priority's actions a reader asked to see.

export const actionChoices = ['all', 'red', 'amber', 'green', 'not started', 'complete', 'overdue'] as const;
export type ActionChoice = (typeof actionChoices)[number];

type Shown = { rag: string; timeliness: string };

/** Each priority with only the actions chosen: by RAG, or those past their "when". */
export function withActionsShown<Priority extends { actions: Shown[] }>(
  priorities: readonly Priority[],
  show: ActionChoice,
): Priority[] {
  if (show === 'all') return [...priorities];
  const wanted = (a: Shown) => (show === 'overdue' ? a.timeliness === 'overdue' : a.rag === show);
  return priorities.map((p) => ({ ...p, actions: p.actions.filter(wanted) }));
}
