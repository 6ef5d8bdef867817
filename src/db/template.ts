import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fromRoot } from '../kernel/paths.ts';

// Making a new embedded database runs PostgreSQL's initdb inside WebAssembly: about 5 seconds and
// 800 MB on a 2-core machine. `npm run build` (and the test runner) does that once, applies the
// migrations and keeps the result twice: as a folder, copied to make a new data folder, and as a
// tarball, loaded into an in-memory test database (PGlite's loadDataDir, as `beacon restore` uses).
// The name carries a hash of PGlite's version and of every migration, so a template never outlives
// them.

const migrationsFolder = fromRoot('src', 'db', 'migrations');
const templateFolder = fromRoot('node_modules', '.cache', 'beacon');

function templateKey(): string {
  const hash = createHash('sha256');
  const pglite = JSON.parse(
    fs.readFileSync(fromRoot('node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
  ) as { version: string };
  hash.update(pglite.version);
  const files = fs.readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files) {
    const full = path.join(migrationsFolder, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

function templatePaths(): { folder: string; tarball: string } {
  const base = path.join(templateFolder, `empty-database-${templateKey()}`);
  return { folder: base, tarball: `${base}.tar.gz` };
}

/** The migrated empty database for memory, if it has been made for these migrations. */
export function emptyDatabaseTarball(): Blob | undefined {
  const { tarball } = templatePaths();
  if (!fs.existsSync(tarball)) return undefined;
  return new Blob([new Uint8Array(fs.readFileSync(tarball))]);
}

/** Copies the migrated empty database into a new data folder; false if it has not been made. */
export function copyEmptyDatabase(dataDir: string): boolean {
  const { folder } = templatePaths();
  if (!holdsDatabase(folder)) return false;
  fs.cpSync(folder, dataDir, { recursive: true });
  return true;
}

/** Whether a data folder holds a database already (PostgreSQL writes PG_VERSION at initdb). */
export function holdsDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

/** Makes the template for the current migrations unless it exists. */
export async function ensureEmptyDatabaseTemplate(): Promise<string> {
  const { folder, tarball } = templatePaths();
  if (fs.existsSync(tarball)) return folder;
  const building = `${folder}.${String(process.pid)}.partial`;
  fs.rmSync(building, { recursive: true, force: true });
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  fs.mkdirSync(templateFolder, { recursive: true });
  const pglite = await PGlite.create(building);
  await migrate(drizzle(pglite), { migrationsFolder });
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  // The tarball is written last: its presence says the folder is complete.
  fs.rmSync(folder, { recursive: true, force: true });
  fs.renameSync(building, folder);
  fs.writeFileSync(`${tarball}.partial`, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(`${tarball}.partial`, tarball);
  return folder;
}
