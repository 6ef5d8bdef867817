import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BenchDatabase } from './databases.ts';

const bareTable = `create table lait_bare ("Short Desc" text, "Data item" text, "Years" text,
  "LA and Regions" text, "Values" text, "LA Number" text, "Region" text)`;

/** The anchor for P1: PostgreSQL's own COPY of the same CSV into a bare table, no checks at all. */
export async function rawCopy(database: BenchDatabase, file: string): Promise<number> {
  if (database.pglite) {
    await database.pglite.exec(`drop table if exists lait_bare; ${bareTable}`);
    const started = performance.now();
    const blob = new Blob([fs.readFileSync(file)]);
    await database.pglite.query(`copy lait_bare from '/dev/blob' with (format csv, header true)`, [], {
      blob,
    });
    return (performance.now() - started) / 1000;
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`drop table if exists lait_bare; ${bareTable}`);
  const started = performance.now();
  await pipeline(
    fs.createReadStream(file),
    client.query(copyFrom(`copy lait_bare from stdin with (format csv, header true)`)),
  );
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return seconds;
}
