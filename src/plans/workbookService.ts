import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { ForbiddenError, NotFoundError } from '../kernel/errors.ts';
import { ImportFailedError, type ImportSummary } from '../kernel/importFiles.ts';
import { readSpreadsheet } from '../kernel/spreadsheets.ts';
import type { Database } from '../db/client.ts';
import { plansRepository } from './repository.ts';
import { actions } from './schema.ts';
import { readPlanWorkbook } from './workbook.ts';
import { mayEditPlan } from './ownership.ts';

/** A plan edited in its workbook, read back: what changed is written and audited, all or nothing. */
export function createPlanWorkbookService(db: Database) {
  return {
    async importWorkbook(actor: Actor, planId: number, file: string): Promise<ImportSummary> {
      const plan = await plansRepository.plan(db, planId);
      if (!plan) throw new NotFoundError(`There is no plan ${String(planId)}`);
      if (!(await mayEditPlan(db, actor, plan))) {
        throw new ForbiddenError(
          `Only the plan’s owner (${plan.ownerRole ?? 'an administrator'}) can import it.`,
        );
      }
      const table = await readSpreadsheet(file);
      const { actions: rows, problems } = readPlanWorkbook(table);
      const stored = new Map(
        (await plansRepository.hierarchy(db, planId))?.actions.map((a) => [a.number, a]),
      );
      for (const row of rows) {
        if (!stored.has(row.number)) {
          problems.push({
            line: row.line,
            column: 'No',
            message: `Action ${row.number} is not in this plan (new actions are added in Beacon, not by import)`,
          });
        }
      }
      if (problems.length > 0) throw new ImportFailedError(file, problems);
      let updated = 0;
      await db.transaction(async (tx) => {
        for (const row of rows) {
          const before = stored.get(row.number);
          if (!before) continue;
          const after = row.text;
          const same =
            Object.entries(after).every(([field, value]) => {
              const stored = before[field as keyof typeof after];
              return Array.isArray(value)
                ? (stored as string[]).join('|') === value.join('|')
                : stored === value;
            }) && before.rag === row.rag;
          if (same) continue;
          updated += 1;
          await tx.update(actions).set(after).where(eq(actions.id, before.id));
          if (before.rag !== row.rag) {
            await plansRepository.recordUpdate(tx, before.id, {
              byUserId: actor.userId,
              byLabel: actor.label,
              rag: row.rag,
              commentary: `RAG set from the workbook ${path.basename(file)}`,
              evidenceUrl: null,
            });
          }
          await recordAudit(tx, actor, {
            action: 'plan.actionImported',
            entityType: 'action',
            entityId: String(before.id),
            before: {
              strategic: before.strategic,
              leads: before.leads,
              whenText: before.whenText,
              milestones: before.milestones,
              rag: before.rag,
            },
            after: { ...after, rag: row.rag },
          });
        }
      });
      return {
        dataset: `plan:${String(planId)}`,
        file: path.basename(file),
        rows: table.rows.length,
        added: 0,
        updated,
        unchanged: rows.length - updated,
        removed: 0,
        rejected: [],
      };
    },
  };
}
export type PlanWorkbookService = ReturnType<typeof createPlanWorkbookService>;
