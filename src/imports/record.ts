import path from 'node:path';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import type { Database } from '../db/client.ts';
import type { ImportFailedError, ImportSummary, RejectedRow } from '../kernel/importFiles.ts';

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

/**
 * A refused import is audited too: who tried which file as what, and why it was refused. It is
 * written on its own, after the import's transaction has rolled back, so the refusal is kept.
 */
export async function recordRefusedImport(
  db: Database,
  actor: Actor,
  kind: string,
  refused: ImportFailedError,
): Promise<void> {
  await recordAudit(db, actor, {
    action: 'import.refused',
    entityType: 'dataset',
    entityId: kind,
    after: {
      file: path.basename(refused.file),
      problems: refused.problems.length,
      firstProblems: refused.problems.slice(0, 5),
    },
  });
}
