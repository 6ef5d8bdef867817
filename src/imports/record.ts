import path from 'node:path';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import type { Database } from '../db/client.ts';
import type { ImportSummary, RejectedRow } from '../kernel/importFiles.ts';

export type ImportCounts = { added: number; updated: number; unchanged: number; removed: number };

/** Every import ends the same way: its summary, audited in the import's own transaction. */
export async function recordImport(
  tx: Database,
  actor: Actor,
  action: string,
  file: string,
  rows: number,
  result: { counts: ImportCounts; rejected: RejectedRow[]; dataset: string },
): Promise<ImportSummary> {
  const summary = {
    dataset: result.dataset,
    file: path.basename(file),
    rows,
    ...result.counts,
    rejected: result.rejected,
  };
  await recordAudit(tx, actor, {
    action,
    entityType: 'dataset',
    entityId: result.dataset,
    after: { ...summary, rejected: summary.rejected.length, firstRejected: summary.rejected.slice(0, 5) },
  });
  return summary;
}
