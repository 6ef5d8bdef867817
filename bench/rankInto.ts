import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { queryRows } from '../src/db/client.ts';
import { everyRankQuery, prepareForRanking } from '../src/performance/bulkRankings.ts';

// P2 measures the ranking computation inside the database, as DuckDB's anchor does, without the
// transfer of 357k rows to JavaScript.
/** Computes every rank and band into a temporary table and counts them. */
export async function rankEverythingInto(tx: Database, table: string): Promise<number> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`Not a table name: ${table}`);
  await prepareForRanking(tx);
  await tx.execute(sql`create temp table ${sql.identifier(table)} on commit drop as ${everyRankQuery}`);
  const [row] = await queryRows<{ n: number }>(tx, sql`select count(*) as n from ${sql.identifier(table)}`);
  return row?.n ?? 0;
}
