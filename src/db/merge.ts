import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { copyCsv, csvField } from './bulk.ts';
import { queryRows, type Database, type DatabaseKind } from './client.ts';

// One way for an import to write a set of records: COPY them into a staging table, count what is
// new, changed and the same, then upsert only what changed. Re-importing a file therefore changes
// nothing and reports every row unchanged.

export type MergeCounts = { added: number; updated: number; unchanged: number };

type Cell = string | number | boolean | null | Record<string, unknown>;

const chunkSize = 20_000;

function cell(value: Cell | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') return csvField(JSON.stringify(value));
  return csvField(value);
}

/**
 * Upserts records into a table by its key. Every record must have the same fields (a file sets the
 * columns it publishes and leaves the others as they are); `ignore` names fields that are written
 * but do not make a row "updated" on their own, such as the line a value came from.
 */
export async function mergeRecords<Table extends PgTable>(
  tx: Database,
  kind: DatabaseKind,
  table: Table,
  key: readonly (keyof Table['$inferInsert'] & string)[],
  records: readonly Table['$inferInsert'][],
  options: { ignore?: readonly (keyof Table['$inferInsert'] & string)[]; onChunk?: (n: number) => void } = {},
): Promise<MergeCounts> {
  const first = records[0];
  if (!first) return { added: 0, updated: 0, unchanged: 0 };
  const columnsByField = getTableColumns(table);
  const fields = Object.keys(first);
  const name = (field: string): string => {
    const column = columnsByField[field];
    if (!column) throw new Error(`${getTableName(table)} has no field ${field}`);
    return column.name;
  };
  const tableName = getTableName(table);
  const staged = `staged_${tableName}`;
  const columns = fields.map(name);
  const keyColumns = key.map(name);
  const compared = fields
    .filter((f) => !key.includes(f as never) && !(options.ignore ?? []).includes(f as never))
    .map(name);
  const list = (prefix: string, names: readonly string[]) => names.map((c) => `${prefix}.${c}`).join(', ');
  const differs =
    compared.length > 0
      ? `row(${list('t', compared)}) is distinct from row(${list('s', compared)})`
      : 'false';

  await tx.execute(
    sql.raw(
      `create temp table ${staged} on commit drop as select ${columns.join(', ')} from ${tableName} with no data`,
    ),
  );
  for (let from = 0; from < records.length; from += chunkSize) {
    const chunk = records.slice(from, from + chunkSize);
    const csv = chunk
      .map((record) => fields.map((f) => cell((record as Record<string, Cell | undefined>)[f])).join(','))
      .join('\n');
    await copyCsv(tx, kind, staged, columns, `${csv}\n`);
    options.onChunk?.(chunk.length);
  }
  const join = keyColumns.map((c) => `t.${c} = s.${c}`).join(' and ');
  const [counts] = await queryRows<MergeCounts>(
    tx,
    sql.raw(`select count(*) filter (where t.${keyColumns[0] ?? ''} is null) as added,
      count(*) filter (where t.${keyColumns[0] ?? ''} is not null and ${differs}) as updated,
      count(*) filter (where t.${keyColumns[0] ?? ''} is not null and not (${differs})) as unchanged
      from ${staged} s left join ${tableName} t on ${join}`),
  );
  const updates = columns.filter((c) => !keyColumns.includes(c));
  const onConflict =
    updates.length === 0
      ? 'do nothing'
      : `do update set ${updates.map((c) => `${c} = excluded.${c}`).join(', ')}
         where ${compared.length > 0 ? `row(${list('t', compared)}) is distinct from row(${list('excluded', compared)})` : 'false'}`;
  await tx.execute(
    sql.raw(`insert into ${tableName} as t (${columns.join(', ')}) select ${columns.join(', ')} from ${staged}
      on conflict (${keyColumns.join(', ')}) ${onConflict}`),
  );
  await tx.execute(sql.raw(`drop table ${staged}`));
  return { added: counts?.added ?? 0, updated: counts?.updated ?? 0, unchanged: counts?.unchanged ?? 0 };
}
