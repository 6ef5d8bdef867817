import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { DatabaseHandle } from './client.ts';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { fromRoot } from '../kernel/paths.ts';
import { queryRows, type Database } from './client.ts';

const migrationsFolder = fromRoot('src', 'db', 'migrations');

/** Applies the committed SQL migrations; the same files serve both databases. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder });
  }
}

/** When the newest committed migration was made, as drizzle's journal records it. */
function newestMigration(): number {
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((e) => e.when));
}

/**
 * Whether the database has every committed migration: for /ready, so a load balancer sends no one
 * to a Beacon whose database is behind its code. drizzle records each migration it applies with the
 * journal's time, and applies those newer than the newest it has.
 */
export async function migrationsApplied(db: Database): Promise<boolean> {
  const [row] = await queryRows<{ newest: number | null }>(
    db,
    sql`select max(created_at) as newest from drizzle.__drizzle_migrations`,
  );
  return row?.newest !== null && row?.newest !== undefined && row.newest >= newestMigration();
}
