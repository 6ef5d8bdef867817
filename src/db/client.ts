import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { numericParsers, parseNumber } from './types.ts';

// Queries are built from each capability's own tables (drizzle's query builder); no relational
// schema is registered, so this layer depends on no capability.
export type Database = PgDatabase<PgQueryResultHKT>;
export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /** Set only for the embedded database: backup and restore work on it directly. */
  pglite?: PGlite;
  close(): Promise<void>;
};

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ('url' in target) return openPostgres(target.url);
  const dataDir = 'dataDir' in target ? target.dataDir : undefined;
  const pglite = await PGlite.create(dataDir, { parsers: numericParsers });
  const db = drizzlePglite(pglite) as unknown as Database;
  return { db, kind: 'pglite', pglite, close: closeOnce(() => pglite.close()) };
}

function openPostgres(url: string): DatabaseHandle {
  // drizzle's node-postgres session asks pg's shared registry for parsers on every query, so the
  // parsers are registered there rather than on the pool.
  pg.types.setTypeParser(pg.types.builtins.INT8, parseNumber);
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, parseNumber);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server ends (a restart, a failover) is dropped and replaced on the next
  // query; without a listener pg would throw it as an uncaught error and stop Beacon.
  pool.on('error', (error) => {
    console.error(`A database connection was closed by the server: ${error.message}`);
  });
  const db = drizzlePg(pool) as unknown as Database;
  return { db, kind: 'postgres', close: closeOnce(() => pool.end()) };
}

// Restore closes the live database part-way through a command that closes it again at the end.
function closeOnce(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/** Runs raw SQL and returns its rows the same way on both drivers. */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as { rows: Row[] };
  return result.rows;
}

declare module '../kernel/services.ts' {
  interface Services {
    database: DatabaseHandle;
    /** For /health: whether the database answers a query now. */
    databaseAnswers(): Promise<boolean>;
  }
}
