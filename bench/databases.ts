import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';

export type BenchDatabase = DatabaseHandle & { label: string; url?: string; drop(): Promise<void> };

/** A file-backed PGlite folder, as `npm start` uses, made new for the run. */
export async function embedded(): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-bench-'));
  const handle = await openDatabase({ dataDir: dir });
  await migrateDatabase(handle);
  return {
    ...handle,
    label: 'PGlite (embedded, file-backed)',
    drop: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new database on the PostgreSQL server (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else local). */
export async function server(): Promise<BenchDatabase> {
  const admin =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `beacon_bench_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.href });
  await migrateDatabase(handle);
  return {
    ...handle,
    label: 'PostgreSQL 15 (server)',
    url: url.href,
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: admin });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { seconds: (performance.now() - started) / 1000, result };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Runs a measurement on a new embedded database, then a new PostgreSQL one, dropping each after. */
export async function onEachDatabase<Row>(
  measure: (database: BenchDatabase) => Promise<Row>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const open of [embedded, server]) {
    const database = await open();
    try {
      rows.push(await measure(database));
    } finally {
      await database.drop();
    }
  }
  return rows;
}

/** Waits until a Beacon just started answers /health (a minute at most), or stops it and says so. */
export async function untilServing(
  base: string,
  child: ChildProcess,
): Promise<{ base: string; child: ChildProcess }> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error('Beacon did not start within a minute');
}
