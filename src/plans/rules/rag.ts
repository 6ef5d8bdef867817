import { ragStatuses, type RagStatus } from '../schema.ts';

/** How many actions stand at each RAG status. */
export function ragCounts(rows: readonly { rag: RagStatus }[]): Record<RagStatus, number> {
  const counts = Object.fromEntries(ragStatuses.map((r) => [r, 0])) as Record<RagStatus, number>;
  for (const row of rows) counts[row.rag] += 1;
  return counts;
}

/** "Not started 27, amber 3": the statuses that have actions, in the order of the scale. */
export function ragSummary(counts: Readonly<Record<RagStatus, number>>): string {
  const parts = ragStatuses.filter((r) => counts[r] > 0).map((r) => `${r} ${String(counts[r])}`);
  if (parts.length === 0) return 'no actions yet';
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
