import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Config } from '../kernel/config.ts';
import { recordAudit } from '../access/audit.ts';
import { withCli } from './runtime.ts';
import { openDatabase, queryRows, type DatabaseHandle } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';

export class BackupError extends Error {
  override name = 'BackupError';
}

const forPostgres =
  'Backup and restore here are for the embedded database. For PostgreSQL use pg_dump and pg_restore.';

/** Refuses before anything is opened or migrated when Beacon runs on PostgreSQL. */
export function assertEmbedded(config: Config): void {
  if (!('dataDir' in config.database)) throw new BackupError(forPostgres);
}

/** Writes a gzip tarball of the embedded data folder, via a temporary file so a failure leaves nothing. */
export async function backupEmbedded(handle: DatabaseHandle, file: string): Promise<number> {
  if (!handle.pglite) throw new BackupError(forPostgres);
  const dump = await handle.pglite.dumpDataDir('gzip');
  const bytes = Buffer.from(await dump.arrayBuffer());
  const temporary = `${file}.partial`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
  return bytes.length;
}

function readBackup(file: string): Buffer {
  if (!fs.existsSync(file)) throw new BackupError(`There is no file ${file}.`);
  const bytes = fs.readFileSync(file);
  // gzip's magic number: anything else is not something `beacon backup` wrote.
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw new BackupError(`${file} is not a Beacon backup (it is not a gzip file).`);
  }
  return bytes;
}

/**
 * Replaces the embedded database with a backup. The backup is loaded and checked in a side folder
 * first; only then is the old data swapped out, so a bad file changes nothing.
 */
export async function restoreEmbedded(
  config: Config,
  file: string,
  asEmail: string | undefined,
): Promise<void> {
  assertEmbedded(config);
  if (!('dataDir' in config.database)) return;
  const liveDir = config.database.dataDir;
  const bytes = readBackup(file);
  await withCli('restore', 'system:operate', asEmail, async ({ services, actor }) => {
    const staging = `${liveDir}.restoring`;
    fs.rmSync(staging, { recursive: true, force: true });
    try {
      const { PGlite } = await import('@electric-sql/pglite');
      const candidate = await PGlite.create(staging, { loadDataDir: new Blob([new Uint8Array(bytes)]) });
      await candidate.query('select count(*) from drizzle.__drizzle_migrations');
      await candidate.close();
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw new BackupError(`${file} could not be read as a Beacon backup: ${(error as Error).message}`);
    }
    await services.database.close();
    const previous = `${liveDir}.previous`;
    fs.rmSync(previous, { recursive: true, force: true });
    if (fs.existsSync(liveDir)) fs.renameSync(liveDir, previous);
    fs.renameSync(staging, liveDir);
    const restored = await openDatabase({ dataDir: liveDir });
    try {
      await migrateDatabase(restored);
      await restored.db.transaction(async (tx) => {
        await recordAudit(tx, actor, {
          action: 'system.restore',
          entityType: 'database',
          entityId: path.basename(liveDir),
          after: { from: path.resolve(file) },
        });
      });
      await queryRows(restored.db, sql`select 1`);
    } finally {
      await restored.close();
    }
    fs.rmSync(previous, { recursive: true, force: true });
  });
}
