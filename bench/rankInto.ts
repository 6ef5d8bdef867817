import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { queryRows } from '../src/db/client.ts';
import { everyRankQuery } from '../src/performance/bulkRankings.ts';

// P2 measures the ranking computation inside the database, as DuckDB's anchor does, without the
// transfer of 357k rows to JavaScript.
/** Computes every rank and band into a temporary table and counts them. */
export async function rankEverythingInto(tx: Database, table: string): Promise<number> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Not a table name: ${table}`);
  // Both sorts (ranks, quartiles) fit in memory with 64 MB; the default 4 MB spills to disk.
  await tx.execute(sql`set local work_mem = '64MB'`);
  await tx.execute(sql`create temp table ${sql.identifier(table)} on commit drop as ${everyRankQuery}`);
  const [row] = await queryRows<{ n: number }>(tx, sql`select count(*) as n from ${sql.identifier(table)}`);
  return row?.n ?? 0;
}
