import type { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { numericParsers, parseNumber } from './types.ts';
import { copyEmptyDatabase, emptyDatabaseTarball, holdsDatabase } from './template.ts';

// Queries are built from each capability's own tables (drizzle's query builder); no relational
// schema is registered, so this layer depends on no capability.
export type Database = PgDatabase<PgQueryResultHKT>;
export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /** Every query sent since the database was opened: what the query-budget tests count. */
  queries: QueryCounter;
  /** Set only for the embedded database: backup and restore work on it directly. */
  pglite?: PGlite;
  close(): Promise<void>;
};

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

/** Counts the queries drizzle sends, whichever driver: a page's budget is checked against it. */
export class QueryCounter implements Logger {
  count = 0;
  logQuery(_query?: string): void {
    this.count += 1;
  }
}

// The embedded database's buffer pool. PostgreSQL sets every buffer up when it starts, inside the
// process, so initdb's 128 MB cost each command 0.4 s and 120 MB before it did anything; the files
// are read through the operating system's cache all the same (docs/benchmarks.md).
const embeddedSharedBuffers = '16MB';

// Each driver is loaded only when its database is opened, so a command on PostgreSQL never loads
// the embedded database's WebAssembly, and neither is loaded by `beacon --help`.
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ('url' in target) return openPostgres(target.url);
  const [{ PGlite }, { drizzle }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
  ]);
  const dataDir = 'dataDir' in target ? target.dataDir : undefined;
  // A new database starts from the migrated template when one has been made (src/db/template.ts).
  // An in-memory one loaded from it keeps the process alive until it is closed: always close it.
  const loadDataDir = dataDir === undefined ? emptyDatabaseTarball() : undefined;
  if (dataDir !== undefined && !holdsDatabase(dataDir)) copyEmptyDatabase(dataDir);
  // Not PGlite.create: its queries wait until it is ready, so the caller can load the services'
  // code while the WebAssembly compiles and PostgreSQL starts.
  const pglite = new PGlite({
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(loadDataDir ? { loadDataDir } : {}),
    parsers: numericParsers,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${embeddedSharedBuffers}`],
  });
  const queries = new QueryCounter();
  const db = drizzle(pglite, { logger: queries }) as unknown as Database;
  return { db, kind: 'pglite', queries, pglite, close: closeOnce(() => pglite.close()) };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const [{ default: pg }, { drizzle }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
  ]);
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
  const queries = new QueryCounter();
  const db = drizzle(pool, { logger: queries }) as unknown as Database;
  return { db, kind: 'postgres', queries, close: closeOnce(() => pool.end()) };
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
    /** For /ready: whether the database answers a query now, and has every migration. */
    databaseReadiness(): Promise<{ database: 'up' | 'down'; migrations: 'applied' | 'pending' | 'unknown' }>;
  }
}
