import { resultsArrived, schoolsIn, tellResultsArrived } from './notices.ts';
import fs from 'node:fs';
import path from 'node:path';
import type { Database, DatabaseKind } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordImport } from '../imports/record.ts';
import {
  ImportFailedError,
  importLimits,
  parseCsv,
  readText,
  type ImportSummary,
  type Progress,
  type CsvTable,
  type RejectedRow,
} from '../kernel/importFiles.ts';
import { laitDictionaryColumns, readLaitDictionary } from './imports/laitDictionary.ts';
import { laitRepeat, laitValueColumns, laitValuesReader, type ValuesReader } from './imports/laitValues.ts';
import { neighbourColumns, readNeighbours } from './imports/neighbours.ts';
import { performanceRepository } from './repository.ts';
import {
  emptyStagedValues,
  stageRow,
  type Area,
  type RepeatedFigure,
  type StagedValues,
} from './imports/staged.ts';
import { templateRepeat, templateRequired, valuesTemplateReader } from './imports/valuesTemplate.ts';
import { streamCsv, tableInChunks, type CsvChunk, type CsvStreamResult } from '../kernel/csvStream.ts';
import { periodFromFileName, readPerfTable, statusFromFileName } from './imports/perfTables.ts';
import { isSchoolResultsExtract, readSchoolResults } from './imports/schoolResults.ts';
import { eesRequired, readEes, type EesMapping } from './imports/ees.ts';
import { readSpreadsheet } from '../kernel/spreadsheets.ts';
import { neighboursRepository } from './neighboursRepository.ts';
import { resultsChanged } from './dataVersion.ts';
import {
  readSchoolContext,
  schoolContextLayouts,
  type ContextBenchmark,
  type ContextLayout,
} from './imports/schoolContext.ts';
import type { IndicatorRecord } from './imports/laitDictionary.ts';
import { establishments } from '../schools/schema.ts';

// Rows staged per COPY while a file streams in, and the problems listed before reading stops.
const stagingBatch = 50_000;
const maxProblems = 200;

export function createPerformanceService(db: Database, kind: DatabaseKind) {
  /** Every values import ends the same way: merge in one transaction, record, report progress. */
  async function mergeImport(run: {
    actor: Actor;
    file: string;
    action: string;
    dataset: string;
    label: string;
    values: StagedValues;
    areas?: Area[];
    /** Areas added only when Beacon does not know them (a performance table's LA and England rows). */
    newAreas?: Area[];
    /** Catalogue entries the file's figures need, added in the same transaction. */
    indicators?: IndicatorRecord[];
    benchmarks?: ContextBenchmark[];
    /** School-level results: each school they are for hears they have arrived (notices.ts). */
    arrived?: string;
    rows: number;
    rejected: RejectedRow[];
    progress: Progress;
  }): Promise<ImportSummary> {
    const { actor, file, dataset, values, progress } = run;
    progress.start(values.indicatorKey.length, run.label);
    try {
      const summary = await db.transaction(async (tx) => {
        if (run.areas) await performanceRepository.upsertAreas(tx, run.areas);
        if (run.newAreas) await performanceRepository.addAreas(tx, run.newAreas);
        if (run.indicators) await performanceRepository.upsertIndicators(tx, run.indicators);
        if (run.benchmarks) await performanceRepository.replaceBenchmarks(tx, run.benchmarks);
        const source = { dataset, file: path.basename(file), importedBy: actor.label };
        const counts = await performanceRepository.mergeValues(tx, kind, source, values, (n) => {
          progress.advance(n);
        });
        if (counts.added + counts.updated + counts.removed > 0 || run.areas) await resultsChanged(tx);
        if (run.arrived !== undefined) await tellResultsArrived(tx, schoolsIn(values), run.arrived, dataset);
        return recordImport(tx, actor, run.action, file, run.rows, {
          counts,
          rejected: run.rejected,
          dataset,
        });
      });
      if (summary.added + summary.updated + summary.removed > 0) {
        await performanceRepository.afterBulkChange(db);
      }
      return summary;
    } finally {
      progress.stop();
    }
  }

  /**
   * A values file read in one pass and staged as it is read, in one transaction: memory stays the
   * same whatever the file's size. Each chunk of rows is checked by the kind's reader and COPYed
   * into the staging table; a figure given twice is found there once every row is in. Any problem
   * and the transaction is rolled back: nothing is written.
   */
  async function importValuesFile(run: {
    actor: Actor;
    file: string;
    action: string;
    dataset: string;
    label: string;
    progress: Progress;
    rows: (
      onHeader: (header: string[]) => void,
      onChunk: (chunk: CsvChunk) => Promise<void> | undefined,
      problemsSoFar: () => number,
    ) => Promise<CsvStreamResult>;
    reader: (header: readonly string[]) => ValuesReader;
    repeat: (figure: RepeatedFigure) => string;
  }): Promise<ImportSummary> {
    const { actor, file, dataset, progress } = run;
    try {
      const summary = await db.transaction(async (tx) => {
        await performanceRepository.createStaging(tx);
        let reader: ValuesReader | undefined;
        let batch = emptyStagedValues();
        let staged = 0;
        // One batch is COPYed while the next is read: PostgreSQL takes in rows while Node parses.
        // At most two batches are held, whatever the file's size.
        let sending: Promise<void> = Promise.resolve();
        const flush = async () => {
          const rows = batch.indicatorKey.length;
          if (rows === 0) return;
          const full = batch;
          batch = emptyStagedValues();
          await sending;
          sending = performanceRepository.stageBatch(tx, kind, full, () => undefined);
          // Its failure is met where it is awaited (the next flush, or the last).
          sending.catch(() => undefined);
          staged += rows;
        };
        const read = await run.rows(
          (header) => {
            reader = run.reader(header);
          },
          (chunk) => {
            if (!reader) return undefined;
            for (let i = 0; i < chunk.rows.length; i++) {
              const figure = reader.read(chunk.rows[i] ?? [], chunk.lines[i] ?? 0);
              // After the first problem nothing will be written: rows are only checked.
              if (figure && reader.problems.length === 0) stageRow(batch, figure);
            }
            return batch.indicatorKey.length >= stagingBatch ? flush() : undefined;
          },
          () => reader?.problems.length ?? 0,
        );
        await flush();
        await sending;
        const problems = [...read.problems, ...(reader?.problems ?? [])];
        if (problems.length === 0) {
          for (const repeated of await performanceRepository.repeatedFigures(tx))
            problems.push({ line: repeated.line, message: run.repeat(repeated) });
        }
        if (problems.length > 0) {
          problems.sort((a, b) => a.line - b.line);
          throw new ImportFailedError(file, problems.slice(0, maxProblems));
        }
        const areas = reader?.areas() ?? [];
        await performanceRepository.addIndicators(tx, reader?.indicators?.() ?? []);
        await performanceRepository.upsertAreas(tx, areas);
        const source = { dataset, file: path.basename(file), importedBy: actor.label };
        const counts = await performanceRepository.mergeStaged(tx, source, staged);
        if (counts.added + counts.updated + counts.removed > 0 || areas.length > 0) await resultsChanged(tx);
        return recordImport(tx, actor, run.action, file, read.rows, {
          counts,
          rejected: (reader?.rejected ?? []).slice(0, maxProblems),
          dataset,
        });
      });
      if (summary.added + summary.updated + summary.removed > 0) {
        await performanceRepository.afterBulkChange(db);
      }
      return summary;
    } finally {
      progress.stop();
    }
  }

  /** A CSV values file streamed from disk, with a progress bar by bytes read. */
  const csvRows =
    (file: string, requiredColumns: readonly string[], progress: Progress, label: string) =>
    (
      onHeader: (header: string[]) => void,
      onChunk: (chunk: CsvChunk) => Promise<void> | undefined,
      problemsSoFar: () => number,
    ) => {
      progress.start(fs.existsSync(file) ? fs.statSync(file).size : 0, label, 'bytes');
      return streamCsv(
        file,
        {
          requiredColumns,
          maxBytes: importLimits.streamed,
          maxProblems,
          callersProblems: problemsSoFar,
          onBytes: (bytes) => {
            progress.advance(bytes);
          },
        },
        onHeader,
        onChunk,
      );
    };

  /** A national school-level extract (2016–2018): the year is in each row, not the file name. */
  async function importSchoolResults(
    actor: Actor,
    file: string,
    table: CsvTable,
    known: ReadonlySet<string>,
    periodGiven: number | undefined,
    progress: Progress,
  ): Promise<ImportSummary> {
    const { values, problems, layout, years } = readSchoolResults(table, known);
    if (periodGiven !== undefined && years.some((y) => y !== periodGiven)) {
      problems.push({
        line: 0,
        message: `The file’s rows are for ${years.join(', ')}, not ${String(periodGiven)} as given`,
      });
    }
    if (problems.length > 0) throw new ImportFailedError(file, problems);
    return mergeImport({
      actor,
      file,
      action: 'import.perfTables',
      dataset: `school-results:${layout}:${path.basename(file)}`,
      label: `${layout} ${years.join(', ')}`,
      arrived: resultsArrived(layout, years),
      values,
      rows: table.rows.length,
      rejected: [],
      progress,
    });
  }

  /** The values template already read into rows (a workbook, the demonstration), through the same pipeline. */
  async function importValuesTable(
    actor: Actor,
    file: string,
    table: CsvTable,
    progress: Progress,
  ): Promise<ImportSummary> {
    const missing = templateRequired.filter((c) => !table.header.includes(c));
    if (missing.length > 0) {
      throw new ImportFailedError(file, [
        { line: 1, message: `Missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` },
      ]);
    }
    const context = await performanceRepository.templateContext(db);
    progress.start(table.rows.length, 'values');
    return importValuesFile({
      actor,
      file,
      action: 'import.valuesTemplate',
      dataset: `template:${path.basename(file)}`,
      label: 'values',
      progress,
      rows: (onHeader, onChunk) => tableInChunks(table, onHeader, onChunk),
      reader: (header) => valuesTemplateReader(header, context),
      repeat: templateRepeat,
    });
  }

  return {
    /** The indicator catalogue from DfE's LAIT data dictionary. */
    async importLaitDictionary(actor: Actor, file: string): Promise<ImportSummary> {
      const table = parseCsv(file, readText(file), laitDictionaryColumns);
      const { records, problems, repeats } = readLaitDictionary(table);
      if (problems.length > 0) throw new ImportFailedError(file, problems);
      return db.transaction(async (tx) => {
        const counts = await performanceRepository.upsertIndicators(tx, records);
        if (counts.added + counts.updated > 0) await resultsChanged(tx);
        return recordImport(tx, actor, 'import.laitDictionary', file, table.rows.length, {
          counts,
          rejected: repeats,
          dataset: 'lait-dictionary',
        });
      });
    },

    /** Every value in LAIT's long file: all measures, LAs, regions and England, every year. */
    async importLait(actor: Actor, file: string, progress: Progress): Promise<ImportSummary> {
      const known = await performanceRepository.knownIndicatorKeys(db);
      return importValuesFile({
        actor,
        file,
        action: 'import.lait',
        dataset: 'lait',
        label: 'LAIT values',
        progress,
        rows: csvRows(file, laitValueColumns, progress, 'LAIT values'),
        reader: (header) => laitValuesReader(header, known),
        repeat: laitRepeat,
      });
    },

    /**
     * A council's own figures in Beacon's long template (CSV or XLSX). Each file is its own
     * dataset: importing a corrected file of the same name replaces what it gave before.
     */
    async importValuesTemplate(actor: Actor, file: string, progress: Progress): Promise<ImportSummary> {
      if (file.toLowerCase().endsWith('.xlsx'))
        return importValuesTable(actor, file, await readSpreadsheet(file), progress);
      const context = await performanceRepository.templateContext(db);
      return importValuesFile({
        actor,
        file,
        action: 'import.valuesTemplate',
        dataset: `template:${path.basename(file)}`,
        label: 'values',
        progress,
        rows: csvRows(file, templateRequired, progress, 'values'),
        reader: (header) => valuesTemplateReader(header, context),
        repeat: templateRepeat,
      });
    },

    /** The values template already read into rows: the demonstration loads seed 001 this way. */
    importValuesTable,

    /**
     * A DfE performance-table CSV (KS2 or KS4): school, LA and England rows for one year, taken
     * from the file name ("2018-2019_850_ks2final.csv") unless given.
     */
    async importPerfTable(
      actor: Actor,
      file: string,
      periodGiven: number | undefined,
      progress: Progress,
    ): Promise<ImportSummary> {
      // Which columns are required depends on the layout, which the readers work out and check.
      const table = parseCsv(file, readText(file), [], { shortRows: 'pad' });
      const known = await performanceRepository.knownIndicatorKeys(db);
      if (isSchoolResultsExtract(table.header))
        return importSchoolResults(actor, file, table, known, periodGiven, progress);
      const period = periodGiven ?? periodFromFileName(path.basename(file));
      if (period === null || !Number.isInteger(period) || period < 1990 || period > 2100) {
        throw new ImportFailedError(file, [
          {
            line: 0,
            message: 'Give the year with --period (2019 for 2018/19): the file name does not say it',
          },
        ]);
      }
      const status = statusFromFileName(path.basename(file));
      const { values, problems, rejected, layout, areas } = readPerfTable(table, period, known, status);
      if (problems.length > 0) throw new ImportFailedError(file, problems);
      const dataset = `perf-tables:${layout}:${period}:${path.basename(file)}`;
      return mergeImport({
        actor,
        file,
        action: 'import.perfTables',
        dataset,
        label: `${layout} ${period}`,
        arrived: resultsArrived(layout, [period]),
        values,
        newAreas: areas,
        rows: table.rows.length,
        rejected: rejected,
        progress,
      });
    },

    /**
     * DfE's school census or absence file for every school (england_census.csv, england_abs.csv):
     * each school's context for its profile. Schools not in the register are set aside and listed.
     */
    async importSchoolContext(
      actor: Actor,
      file: string,
      which: ContextLayout['kind'],
      periodGiven: number | undefined,
      progress: Progress,
    ): Promise<ImportSummary> {
      const layout = schoolContextLayouts.find((l) => l.kind === which);
      if (!layout)
        throw new ImportFailedError(file, [{ line: 0, message: `"${which}" is not census or absence` }]);
      const period = periodGiven ?? periodFromFileName(path.basename(file));
      if (period === null || !Number.isInteger(period) || period < 1990 || period > 2100) {
        throw new ImportFailedError(file, [
          {
            line: 0,
            column: 'period',
            message: 'Give the year the figures are for (2019 for the 2018/19 school year)',
          },
        ]);
      }
      const table = parseCsv(file, readText(file), [], { shortRows: 'pad' });
      const registered = new Set(
        (await db.select({ urn: establishments.urn }).from(establishments)).map((e) => e.urn),
      );
      const { values, benchmarks, problems, rejected } = readSchoolContext(table, layout, period, registered);
      if (problems.length > 0) throw new ImportFailedError(file, problems);
      return mergeImport({
        actor,
        file,
        action: `import.school${layout.kind === 'census' ? 'Census' : 'Absence'}`,
        dataset: `school-${layout.kind}:${String(period)}:${path.basename(file)}`,
        label: `${layout.title} ${String(period)}`,
        values,
        indicators: layout.measures.map((m) => m.indicator),
        benchmarks,
        rows: table.rows.length,
        rejected,
        progress,
      });
    },

    /** An explore-education-statistics tidy CSV, with the council's mapping of its columns. */
    async importEes(
      actor: Actor,
      file: string,
      mapping: EesMapping,
      progress: Progress,
    ): Promise<ImportSummary> {
      const table = parseCsv(file, readText(file), eesRequired);
      const { values, problems, rejected } = readEes(
        table,
        mapping,
        await performanceRepository.knownIndicatorKeys(db),
      );
      if (problems.length > 0) throw new ImportFailedError(file, problems);
      const dataset = `ees:${path.basename(file)}`;
      return mergeImport({
        actor,
        file,
        action: 'import.ees',
        dataset,
        label: 'EES values',
        values,
        rows: table.rows.length,
        rejected: rejected,
        progress,
      });
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
        await resultsChanged(tx);
        return recordImport(tx, actor, 'import.neighbours', file, table.rows.length, {
          counts,
          rejected: rejected,
          dataset: `neighbours-${setName}`,
        });
      });
    },
  };
}

export type PerformanceService = ReturnType<typeof createPerformanceService>;
