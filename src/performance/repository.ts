import { areaIndicators } from './areaIndicators.ts';
import type { ImportCounts } from '../imports/record.ts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database, DatabaseKind } from '../db/client.ts';
import { copyCsv, csvField } from '../db/bulk.ts';
import { queryRows } from '../db/client.ts';
import { areas, contextBenchmarks, figureDetailColumns, indicators, valueImports } from './schema.ts';
import type { ContextBenchmark } from './imports/schoolContext.ts';
import { establishments } from '../schools/schema.ts';
import type { Area, RepeatedFigure, StagedValues } from './imports/staged.ts';
import type { IndicatorRecord } from './imports/laitDictionary.ts';

export type MergeCounts = ImportCounts;

const chunkSize = 50_000;
// Staging columns, in StagedValues' order (snake_case names of its keys).
const stagedKeys = [
  'indicatorKey',
  'entityType',
  'entityCode',
  'period',
  'periodEnd',
  'pupilGroup',
  'status',
  'value',
  'suppression',
  'numerator',
  'denominator',
  'ciLower',
  'ciUpper',
  'publishedRank',
  'publishedRankOf',
  'publishedJudgement',
  'publishedRankJoint',
  'publishedDecimals',
  'sourceLine',
] as const satisfies readonly (keyof StagedValues)[];
const columnOf = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const stagedColumns = stagedKeys.map(columnOf);

/** The staged rows as CSV for COPY, some columns of them, a chunk at a time as COPY takes them. */
function* stagingCsv(
  staged: StagedValues,
  keys: readonly (keyof StagedValues)[],
  onChunk: (rows: number) => void,
): Generator<string> {
  const columns = keys.map((k) => staged[k]);
  const total = staged.indicatorKey.length;
  for (let from = 0; from < total; from += chunkSize) {
    const to = Math.min(from + chunkSize, total);
    const lines: string[] = [];
    for (let i = from; i < to; i++) {
      let line = '';
      for (let c = 0; c < columns.length; c++) line += `${c ? ',' : ''}${csvField(columns[c]?.[i] ?? null)}`;
      lines.push(line);
    }
    yield `${lines.join('\n')}\n`;
    onChunk(to - from);
  }
}

// A row counts as "updated" when anything it says changed; a new file name or line alone is
// provenance, which moves with the figure.
const figureColumns = ['value', 'suppression', 'status', 'period', ...figureDetailColumns];
const figures = (alias: string) => sql.raw(`(${figureColumns.map((c) => `${alias}.${c}`).join(', ')})`);
// A provisional figure never replaces a final or revised one: the stored figure stands.
const keepsStored = (incoming: string) =>
  sql.raw(`(v.status in ('final', 'revised') and ${incoming}.status = 'provisional')`);
const differs = sql`(${figures('v')} is distinct from ${figures('s')} and not ${keepsStored('s')})`;
const sameIdentity = sql`v.indicator_key = s.indicator_key and v.entity_type = s.entity_type
  and v.entity_code = s.entity_code and v.period_end = s.period_end and v.pupil_group = s.pupil_group`;

export const performanceRepository = {
  /**
   * After an import has committed: fresh statistics, without which the planner guesses one row
   * per table, and a visibility map, without which the league-table index is read through the
   * table. Both make ranking every measure twice as quick (docs/benchmarks.md, P2). VACUUM cannot
   * run inside a transaction, so this comes after the import's.
   */
  async afterBulkChange(db: Database): Promise<void> {
    await db.execute(sql`vacuum (analyze) indicator_values`);
  },

  /** What the values template checks its rows against: indicators (with units), areas, schools. */
  async templateContext(db: Database) {
    const [indicatorRows, areaRows, schoolRows] = await Promise.all([
      db.select({ key: indicators.key, unit: indicators.unit }).from(indicators),
      db.select({ code: areas.code, areaType: areas.areaType }).from(areas),
      db.select({ urn: establishments.urn }).from(establishments),
    ]);
    return {
      indicators: new Map(indicatorRows.map((r) => [r.key, { unit: r.unit }])),
      areas: new Set(areaRows.map((r) => r.code)),
      localAuthorities: new Set(areaRows.filter((r) => r.areaType === 'la').map((r) => r.code)),
      schools: new Set(schoolRows.map((r) => r.urn)),
      // The area profile's own indicators are known before the catalogue holds them.
      builtIn: new Map(
        areaIndicators.filter((i) => !indicatorRows.some((r) => r.key === i.key)).map((i) => [i.key, i]),
      ),
    };
  },

  /** Adds catalogue entries not there yet; an existing entry (perhaps edited) is left alone. */
  async addIndicators(db: Database, records: readonly IndicatorRecord[]): Promise<void> {
    if (records.length > 0)
      await db
        .insert(indicators)
        .values([...records])
        .onConflictDoNothing();
  },

  async knownIndicatorKeys(db: Database): Promise<Set<string>> {
    const rows = await db.select({ key: indicators.key }).from(indicators);
    return new Set(rows.map((r) => r.key));
  },

  /** Adds or refreshes catalogue entries, leaving alone any an administrator has edited. */
  async upsertIndicators(db: Database, records: IndicatorRecord[]): Promise<MergeCounts> {
    const existing = new Map((await db.select().from(indicators)).map((r) => [r.key, r]));
    const fresh = records.filter((r) => !existing.has(r.key));
    if (fresh.length > 0) await db.insert(indicators).values(fresh);
    let updated = 0;
    let unchanged = 0;
    for (const record of records) {
      const before = existing.get(record.key);
      if (!before) continue;
      const same = (Object.keys(record) as (keyof IndicatorRecord)[]).every((k) => before[k] === record[k]);
      if (same || before.editedAt !== null) {
        unchanged += 1;
        continue;
      }
      await db.update(indicators).set(record).where(eq(indicators.key, record.key));
      updated += 1;
    }
    return { added: fresh.length, updated, unchanged, removed: 0 };
  },

  /** A national file's benchmarks replace those it gave before, measure by measure and year by year. */
  async replaceBenchmarks(db: Database, list: ContextBenchmark[]): Promise<void> {
    const periods = [...new Set(list.map((b) => b.periodEnd))];
    const keys = [...new Set(list.map((b) => b.indicatorKey))];
    if (list.length === 0) return;
    await db
      .delete(contextBenchmarks)
      .where(
        and(inArray(contextBenchmarks.indicatorKey, keys), inArray(contextBenchmarks.periodEnd, periods)),
      );
    await db.insert(contextBenchmarks).values(list);
  },

  /** Areas a file names that Beacon does not know yet; those it knows are left as they are. */
  async addAreas(db: Database, list: Area[]): Promise<void> {
    if (list.length > 0) await db.insert(areas).values(list).onConflictDoNothing();
  },

  async upsertAreas(db: Database, list: Area[]): Promise<void> {
    if (list.length === 0) return;
    await db
      .insert(areas)
      .values(list)
      .onConflictDoUpdate({
        target: areas.code,
        set: {
          name: sql`excluded.name`,
          areaType: sql`excluded.area_type`,
          regionName: sql`excluded.region_name`,
          laCode: sql`excluded.la_code`,
        },
      });
  },

  /** The import's staging table, dropped when its transaction ends. */
  async createStaging(tx: Database): Promise<void> {
    await tx.execute(sql`create temp table staged_values (
      indicator_key text not null, entity_type text not null, entity_code text not null,
      period text not null, period_end integer not null, pupil_group text not null, status text not null,
      value double precision, suppression text, numerator double precision, denominator double precision,
      ci_lower double precision, ci_upper double precision, published_rank integer,
      published_rank_of integer, published_judgement text, published_rank_joint boolean,
      published_decimals integer, source_line integer not null)
      on commit drop`);
  },

  /** COPYs a batch of staged rows into the staging table. */
  async stageBatch(
    tx: Database,
    kind: DatabaseKind,
    staged: StagedValues,
    onChunk: (rows: number) => void,
  ): Promise<void> {
    // A column no row fills (LAIT gives no counts or intervals) is left to the staging table's
    // null instead of being written 641k times.
    const filled = stagedKeys.filter((k) => staged[k].some((v) => v !== null));
    if (filled.length > 0 && staged.indicatorKey.length > 0)
      await copyCsv(tx, kind, 'staged_values', filled.map(columnOf), stagingCsv(staged, filled, onChunk));
  },

  /** Figures the file gives twice (the same measure, place, year and group), by line, the first 200. */
  async repeatedFigures(tx: Database): Promise<RepeatedFigure[]> {
    return queryRows<RepeatedFigure>(
      tx,
      sql`select s.indicator_key as "indicatorKey", s.entity_type as "entityType",
            s.entity_code as "entityCode", s.period, s.pupil_group as "pupilGroup",
            f.first_line as "firstLine", s.source_line as line
          from staged_values s join (
            select indicator_key, entity_type, entity_code, period_end, pupil_group,
              min(source_line) as first_line
            from staged_values group by 1, 2, 3, 4, 5 having count(*) > 1) f
          using (indicator_key, entity_type, entity_code, period_end, pupil_group)
          where s.source_line > f.first_line
          order by s.source_line limit 200`,
    );
  },

  /**
   * Makes the stored values of one dataset equal to the staged ones, set-based: COPY into a staging
   * table, count against what is stored, remove what the file no longer has, write only what
   * differs. Run it inside the import's transaction.
   */
  async mergeValues(
    tx: Database,
    kind: DatabaseKind,
    source: { dataset: string; file: string; importedBy: string },
    staged: StagedValues,
    onChunk: (rows: number) => void,
  ): Promise<MergeCounts> {
    await performanceRepository.createStaging(tx);
    await performanceRepository.stageBatch(tx, kind, staged, onChunk);
    return performanceRepository.mergeStaged(tx, source, staged.indicatorKey.length);
  },

  /** The staged rows, `total` of them, merged into the stored values of their dataset. */
  async mergeStaged(
    tx: Database,
    source: { dataset: string; file: string; importedBy: string },
    total: number,
  ): Promise<MergeCounts> {
    await tx.execute(sql`analyze staged_values`);
    const [counts] = await queryRows<{ added: number; updated: number; unchanged: number }>(
      tx,
      sql`select count(*) filter (where v.indicator_key is null) as added,
            count(*) filter (where v.indicator_key is not null and ${differs}) as updated,
            count(*) filter (where v.indicator_key is not null and not ${differs}) as unchanged
          from staged_values s left join indicator_values v on ${sameIdentity}`,
    );
    const [removed] = await queryRows<{ n: number }>(
      tx,
      sql`with gone as (delete from indicator_values v using value_imports i
          where v.import_id = i.id and i.dataset = ${source.dataset}
          and not exists (select 1 from staged_values s where ${sameIdentity}) returning 1)
          select count(*) as n from gone`,
    );
    if ((counts?.added ?? 0) + (counts?.updated ?? 0) > 0) {
      const [created] = await tx
        .insert(valueImports)
        .values({ dataset: source.dataset, sourceFile: source.file, importedBy: source.importedBy })
        .returning({ id: valueImports.id });
      const importId = created?.id ?? 0;
      const columns = sql.raw(stagedColumns.filter((c) => c !== 'source_line').join(', '));
      // An update of what changed and a plain insert of what is new: measured twice as quick as
      // one INSERT … ON CONFLICT, which tries each row against the primary key first.
      if ((counts?.updated ?? 0) > 0) {
        const updates = sql.raw(figureColumns.map((c) => `${c} = s.${c}`).join(', '));
        await tx.execute(sql`update indicator_values v set ${updates}, import_id = ${importId},
          source_line = s.source_line from staged_values s where ${sameIdentity} and ${differs}`);
      }
      if ((counts?.added ?? 0) > 0) {
        const allNew = counts?.added === total;
        await tx.execute(sql`insert into indicator_values (${columns}, import_id, source_line)
          select ${columns}, ${importId}, source_line from staged_values s
          ${allNew ? sql`` : sql`where not exists (select 1 from indicator_values v where ${sameIdentity})`}`);
      }
    }
    return {
      added: counts?.added ?? 0,
      updated: counts?.updated ?? 0,
      unchanged: counts?.unchanged ?? 0,
      removed: removed?.n ?? 0,
    };
  },
};
