import { todayIso } from '../kernel/format.ts';
import path from 'node:path';
import type { Actor } from '../access/actor.ts';
import { recordImport } from '../imports/record.ts';
import {
  importLimits,
  ImportFailedError,
  parseCsv,
  readText,
  type CsvTable,
  type ImportProblem,
  type ImportSummary,
  type Progress,
  type RejectedRow,
} from '../kernel/importFiles.ts';
import { readSpreadsheet } from '../kernel/spreadsheets.ts';
import type { Database, DatabaseKind } from '../db/client.ts';
import type { MergeCounts } from '../db/merge.ts';
import { giasRequired, readGias } from './imports/gias.ts';
import { giasLinksRequired, readGiasLinks } from './imports/giasLinks.ts';
import { ofstedRequired, readOfsted } from './imports/ofsted.ts';
import { readSpine, spineRequired } from './imports/spine.ts';
import { readSchoolsTemplate, schoolsTemplateRequired } from './imports/schoolsTemplate.ts';
import { schoolsImportRepository as repository } from './importRepository.ts';

// The register's imports. Each reads and checks the whole file first; any problem stops it with
// every line and column named and nothing written. Then one transaction writes it all.

/** GIAS's national establishment file is about 60 MB; nothing in the register comes near 100 MB. */
export const maxRegisterFileBytes = importLimits.wholeFile;

function readTable(file: string, required: readonly string[], options: { longRows?: 'keep' } = {}): CsvTable {
  return parseCsv(file, readText(file, 'detect', maxRegisterFileBytes), required, options);
}

function failIfAny(file: string, problems: ImportProblem[]): void {
  if (problems.length > 0) throw new ImportFailedError(file, problems);
}

/** Set aside every row (none of them is for a school in the register): say so rather than import nothing. */
function failIfNoneKnown(file: string, rows: number, rejected: RejectedRow[], what: string): void {
  if (rows > 0 && rejected.length === rows) {
    throw new ImportFailedError(file, [
      {
        line: rejected[0]?.line ?? 2,
        column: 'URN',
        message: `None of the ${rows} ${what} is for a school in the register (first: ${rejected[0]?.reason ?? ''}). Import GIAS, the school list or the schools template first.`,
      },
    ]);
  }
}

/** The date a GIAS download was taken, from its name (20220420_gias…), else today. */
function asAtFromFileName(file: string): string {
  const match = /(20\d{2})(\d{2})(\d{2})/.exec(path.basename(file));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : todayIso();
}

const sum = (...counts: MergeCounts[]) => ({
  added: counts.reduce((n, c) => n + c.added, 0),
  updated: counts.reduce((n, c) => n + c.updated, 0),
  unchanged: counts.reduce((n, c) => n + c.unchanged, 0),
  removed: 0,
});

export function createSchoolsImportService(db: Database, kind: DatabaseKind) {
  async function write<T>(
    progress: Progress,
    total: number,
    label: string,
    work: (tx: Database) => Promise<T>,
  ): Promise<T> {
    progress.start(total, label);
    try {
      return await db.transaction(work);
    } finally {
      progress.stop();
    }
  }
  const advance = (progress: Progress) => (n: number) => {
    progress.advance(n);
  };

  /** A file that fills one table: merge its records, then record the import. */
  function merge<R>(
    run: {
      actor: Actor;
      file: string;
      progress: Progress;
      rows: number;
      rejected: RejectedRow[];
      dataset: string;
      action: string;
    },
    records: R[],
    into: (
      tx: Database,
      kind: DatabaseKind,
      records: R[],
      onChunk: (n: number) => void,
    ) => Promise<MergeCounts>,
  ): Promise<ImportSummary> {
    return write(run.progress, records.length, run.dataset, async (tx) => {
      const counts = await into(tx, kind, records, advance(run.progress));
      return recordImport(tx, run.actor, run.action, run.file, run.rows, {
        counts: sum(counts),
        rejected: run.rejected,
        dataset: run.dataset,
      });
    });
  }

  return {
    /** GIAS's establishment CSV: schools, their trusts and federations, and their latest inspection. */
    async importGias(actor: Actor, file: string, progress: Progress): Promise<ImportSummary> {
      const table = readTable(file, giasRequired, { longRows: 'keep' });
      const records = readGias(table);
      failIfAny(file, records.problems);
      return write(progress, records.establishments.length, 'establishments', async (tx) => {
        await repository.groups(tx, kind, records.groups);
        const counts = await repository.establishments(tx, kind, records.establishments, advance(progress));
        await repository.memberships(
          tx,
          kind,
          records.establishments.map((e) => e.urn),
          records.memberships,
          'gias',
          asAtFromFileName(file),
        );
        await repository.inspections(tx, kind, records.inspections, () => undefined);
        return recordImport(tx, actor, 'import.gias', file, table.rows.length, {
          counts: sum(counts),
          rejected: [],
          dataset: 'gias',
        });
      });
    },

    /** DfE's performance-tables school list: every school in England, no trusts. */
    async importSpine(actor: Actor, file: string, progress: Progress): Promise<ImportSummary> {
      const table = readTable(file, spineRequired);
      const records = readSpine(table, await repository.laNames(db));
      failIfAny(file, records.problems);
      return merge(
        {
          actor,
          file,
          progress,
          rows: table.rows.length,
          rejected: [],
          dataset: 'spine',
          action: 'import.spine',
        },
        records.establishments,
        repository.establishments,
      );
    },

    /** Ofsted's inspection history, for the schools already in the register. */
    async importOfsted(actor: Actor, file: string, progress: Progress): Promise<ImportSummary> {
      const table = readTable(file, ofstedRequired);
      const records = readOfsted(table, await repository.knownUrns(db));
      failIfAny(file, records.problems);
      failIfNoneKnown(file, table.rows.length, records.rejected, 'inspections');
      return merge(
        {
          actor,
          file,
          progress,
          rows: table.rows.length,
          rejected: records.rejected,
          dataset: 'ofsted',
          action: 'import.ofsted',
        },
        records.inspections,
        repository.inspections,
      );
    },

    /** GIAS links: predecessors and successors of the schools in the register. */
    async importGiasLinks(actor: Actor, file: string, progress: Progress): Promise<ImportSummary> {
      const table = readTable(file, giasLinksRequired);
      const records = readGiasLinks(table, await repository.knownUrns(db));
      failIfAny(file, records.problems);
      failIfNoneKnown(file, table.rows.length, records.rejected, 'links');
      return merge(
        {
          actor,
          file,
          progress,
          rows: table.rows.length,
          rejected: records.rejected,
          dataset: 'gias-links',
          action: 'import.giasLinks',
        },
        records.links,
        repository.links,
      );
    },

    /** Beacon's schools template, CSV or XLSX (docs/schools-template.md). */
    async importSchoolsTemplate(actor: Actor, file: string, progress: Progress): Promise<ImportSummary> {
      const table = file.toLowerCase().endsWith('.xlsx') ? await readSpreadsheet(file) : readTable(file, []);
      const missing = schoolsTemplateRequired.filter((c) => !table.header.includes(c));
      if (missing.length > 0) {
        throw new ImportFailedError(file, [
          {
            line: 1,
            message: `Missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${table.header.join(', ')})`,
          },
        ]);
      }
      const records = readSchoolsTemplate(table, await repository.knownUrns(db));
      failIfAny(file, records.problems);
      return write(progress, records.establishments.length, 'establishments', async (tx) => {
        await repository.groups(tx, kind, records.groups);
        const counts = await repository.establishments(tx, kind, records.establishments, advance(progress));
        await repository.memberships(
          tx,
          kind,
          records.establishments.map((e) => e.urn),
          records.memberships,
          'schools-template',
          todayIso(),
        );
        await repository.links(tx, kind, records.links, () => undefined);
        await repository.inspections(tx, kind, records.inspections, () => undefined);
        await repository.conversions(tx, kind, records.conversions);
        return recordImport(tx, actor, 'import.schoolsTemplate', file, table.rows.length, {
          counts: sum(counts),
          rejected: [],
          dataset: 'schools-template',
        });
      });
    },
  };
}

export type SchoolsImportService = ReturnType<typeof createSchoolsImportService>;
