import path from 'node:path';
import type { Database, DatabaseKind } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { ImportFailedError, parseCsv, readText, type ImportSummary, type Progress } from '../app/imports.ts';
import { laitDictionaryColumns, readLaitDictionary } from './imports/laitDictionary.ts';
import { laitValueColumns, readLaitValues } from './imports/laitValues.ts';
import { neighbourColumns, readNeighbours } from './imports/neighbours.ts';
import { performanceRepository } from './repository.ts';
import { neighboursRepository } from './neighboursRepository.ts';

function audited(summary: ImportSummary) {
  return { ...summary, rejected: summary.rejected.length, firstRejected: summary.rejected.slice(0, 5) };
}

export function createPerformanceService(db: Database, kind: DatabaseKind) {
  return {
    /** The indicator catalogue from DfE's LAIT data dictionary. */
    async importLaitDictionary(actor: Actor, file: string): Promise<ImportSummary> {
      const table = parseCsv(file, readText(file), laitDictionaryColumns);
      const { records, problems, repeats } = readLaitDictionary(table);
      if (problems.length > 0) throw new ImportFailedError(file, problems);
      return db.transaction(async (tx) => {
        const counts = await performanceRepository.upsertIndicators(tx, records);
        const summary = {
          dataset: 'lait-dictionary',
          file: path.basename(file),
          rows: table.rows.length,
          ...counts,
          rejected: repeats,
        };
        await recordAudit(tx, actor, {
          action: 'import.laitDictionary',
          entityType: 'dataset',
          entityId: 'lait-dictionary',
          after: audited(summary),
        });
        return summary;
      });
    },

    /** Every value in LAIT's long file: all measures, LAs, regions and England, every year. */
    async importLait(actor: Actor, file: string, progress: Progress): Promise<ImportSummary> {
      const table = parseCsv(file, readText(file), laitValueColumns);
      const known = await performanceRepository.knownIndicatorKeys(db);
      const { values, areas, problems, rejected } = readLaitValues(table, known, file);
      if (problems.length > 0) throw new ImportFailedError(file, problems);
      progress.start(values.indicatorKey.length, 'LAIT values');
      try {
        return await db.transaction(async (tx) => {
          await performanceRepository.upsertAreas(tx, areas);
          const source = { dataset: 'lait', file: path.basename(file), importedBy: actor.label };
          const counts = await performanceRepository.mergeValues(tx, kind, source, values, (n) => {
            progress.advance(n);
          });
          const summary = {
            dataset: 'lait',
            file: path.basename(file),
            rows: table.rows.length,
            ...counts,
            rejected,
          };
          await recordAudit(tx, actor, {
            action: 'import.lait',
            entityType: 'dataset',
            entityId: 'lait',
            after: audited(summary),
          });
          return summary;
        });
      } finally {
        progress.stop();
      }
    },

    /** One of DfE's statistical-neighbour models ("2021" or "2025"), replacing that set whole. */
    async importNeighbours(actor: Actor, file: string, setName: string): Promise<ImportSummary> {
      if (!/^\d{4}$/.test(setName)) {
        throw new ImportFailedError(file, [
          { line: 0, message: `The set "${setName}" should be the model's year, like 2025` },
        ]);
      }
      const table = parseCsv(file, readText(file), neighbourColumns);
      const { links, problems, rejected } = readNeighbours(table);
      if (problems.length > 0) throw new ImportFailedError(file, problems);
      return db.transaction(async (tx) => {
        const counts = await neighboursRepository.replaceSet(tx, setName, links);
        const summary = {
          dataset: `neighbours-${setName}`,
          file: path.basename(file),
          rows: table.rows.length,
          ...counts,
          rejected,
        };
        await recordAudit(tx, actor, {
          action: 'import.neighbours',
          entityType: 'dataset',
          entityId: summary.dataset,
          after: audited(summary),
        });
        return summary;
      });
    },
  };
}

export type PerformanceService = ReturnType<typeof createPerformanceService>;
