import path from 'node:path';
import type { Actor } from '../access/actor.ts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../access/audit.ts';
import { users } from '../access/schema.ts';
import { notify } from '../access/notifications/notify.ts';
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
  await db.transaction(async (tx) => {
    // Administrators hear of it: a refused file is often a feed that has changed its layout.
    const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin'));
    await notify(
      tx,
      admins.map((a) => a.id),
      {
        kind: 'import-refused',
        key: `import-refused:${kind}:${path.basename(refused.file)}:${new Date().toISOString()}`,
        title: `An import of ${path.basename(refused.file)} was refused: ${String(refused.problems.length)} ${refused.problems.length === 1 ? 'problem' : 'problems'}`,
        href: '/admin/audit',
      },
    );
    await recordAudit(tx, actor, {
      action: 'import.refused',
      entityType: 'dataset',
      entityId: kind,
      after: {
        file: path.basename(refused.file),
        problems: refused.problems.length,
        firstProblems: refused.problems.slice(0, 5),
      },
    });
  });
}
