import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from './client.ts';
import { migrateDatabase } from './migrate.ts';

type Target = { kind: DatabaseKind; adminUrl?: string };

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. In CI both are required. */
export function databaseTargets(): Target[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI === 'true') {
    throw new Error('CI must run the database tests on PostgreSQL too: set TEST_DATABASE_URL.');
  }
  return [{ kind: 'pglite' }, ...(url ? [{ kind: 'postgres' as const, adminUrl: url }] : [])];
}

export type TestDatabase = DatabaseHandle & { drop(): Promise<void> };

/** A new, migrated database: in memory for PGlite, a new database on the server for PostgreSQL. */
export async function freshDatabase(target: Target): Promise<TestDatabase> {
  if (target.kind === 'pglite' || !target.adminUrl) {
    const handle = await openDatabase({ memory: true });
    await migrateDatabase(handle);
    return { ...handle, drop: () => handle.close() };
  }
  const name = `beacon_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: target.adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(target.adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.href });
  await migrateDatabase(handle);
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: target.adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * Declares the same suite once per database. Suite names end in [pglite] or [postgres], which the
 * test runner counts so that CI fails if the PostgreSQL suites did not run.
 */
export function describeOnDatabases(title: string, body: (database: () => TestDatabase) => void): void {
  for (const target of databaseTargets()) {
    void describe(`${title} [${target.kind}]`, () => {
      let handle: TestDatabase | undefined;
      before(async () => {
        handle = await freshDatabase(target);
      });
      after(async () => {
        await handle?.drop();
      });
      body(() => {
        if (!handle) throw new Error('The test database is not open yet');
        return handle;
      });
    });
  }
}
