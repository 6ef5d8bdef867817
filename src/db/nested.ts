import { getTableColumns, sql, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

// A page's children (a plan's priorities, each action's latest update) fetched inside the query for
// their parent, as JSON, instead of a query per parent: pages run a fixed number of queries however
// many rows they show. Each row is read back through its columns' own decoders, so it has the same
// names and types as a row selected the ordinary way.

function fromJsonRow<T extends PgTable>(table: T, row: Record<string, unknown>): InferSelectModel<T> {
  const decoded: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = row[column.name];
    decoded[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return decoded as InferSelectModel<T>;
}

/** Every row of `table` matching `where`, in `orderBy` order, as one column of the outer query. */
export function nestedRows<T extends PgTable>(
  table: T,
  where: SQL,
  orderBy: SQL,
): SQL<InferSelectModel<T>[]> {
  return sql`(select coalesce(json_agg(to_jsonb(${table}) order by ${orderBy}), '[]'::json) from ${table} where ${where})`.mapWith(
    (rows: Record<string, unknown>[]) => rows.map((row) => fromJsonRow(table, row)),
  );
}

/** The first row of `table` matching `where` in `orderBy` order, or null, as one column. */
export function nestedFirst<T extends PgTable>(
  table: T,
  where: SQL,
  orderBy: SQL,
): SQL<InferSelectModel<T> | null> {
  return sql`(select to_jsonb(${table}) from ${table} where ${where} order by ${orderBy} limit 1)`.mapWith(
    (row: Record<string, unknown> | null) => (row === null ? null : fromJsonRow(table, row)),
  );
}
