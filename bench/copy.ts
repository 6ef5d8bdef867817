import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { parsePeriod } from '../src/performance/periods.ts';
import type { BenchDatabase } from './databases.ts';

const bareTable = `create table lait_bare ("Short Desc" text, "Data item" text, "Years" text,
  "LA and Regions" text, "Values" text, "LA Number" text, "Region" text)`;
const copyBare = `copy lait_bare from stdin with (format csv, header true)`;

type Session = {
  exec(statement: string): Promise<unknown>;
  query(statement: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  copyFile(file: string): Promise<void>;
  end(): Promise<void>;
};

/** One connection to the benchmark's database that can COPY a file, on either kind of database. */
async function sessionOn(database: BenchDatabase): Promise<Session> {
  const embedded = database.pglite;
  if (embedded) {
    return {
      exec: (statement) => embedded.exec(statement),
      query: (statement, params) => embedded.query(statement, params),
      copyFile: async (file) => {
        const blob = new Blob([fs.readFileSync(file)]);
        await embedded.query(copyBare.replace('stdin', `'/dev/blob'`), [], { blob });
      },
      end: async () => undefined,
    };
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    exec: (statement) => client.query(statement),
    query: (statement, params) => client.query(statement, params),
    copyFile: (file) => pipeline(fs.createReadStream(file), client.query(copyFrom(copyBare))),
    end: () => client.end(),
  };
}

/** The anchor for P1: PostgreSQL's own COPY of the same CSV into a bare table, no checks at all. */
export async function rawCopy(database: BenchDatabase, file: string): Promise<number> {
  const session = await sessionOn(database);
  await session.exec(`drop table if exists lait_bare; ${bareTable}`);
  const started = performance.now();
  await session.copyFile(file);
  const seconds = (performance.now() - started) / 1000;
  await session.end();
  return seconds;
}

// Every row of the bare table straight into the keyed copy of indicator_values, as the import
// would store it, with each distinct "Years" read once by Beacon's own period rule. The area type
// is areaTypeOf's rule (970 England, above it regions) written in SQL: LAIT's codes are three digits.
const keyedInsert = `insert into lait_keyed (indicator_key, entity_type, entity_code, period,
    period_end, pupil_group, status, value, suppression, import_id, source_line)
  select b."Short Desc",
    case when b."LA Number" = '970' then 'england' when b."LA Number" > '970' then 'region' else 'la' end,
    b."LA Number", p.label, p.period_end, 'all', p.status, nullif(b."Values", '-')::float8,
    case when b."Values" = '-' then '-' end, 0, 0
  from lait_bare b
  join unnest($1::text[], $2::text[], $3::int[], $4::text[]) as p(years, label, period_end, status)
    on p.years = b."Years"`;

/**
 * How the keyed rows are made after the COPY. `live`: into a table made `like indicator_values
 * including all`, its primary key, check and league index kept up row by row, as they must be in a
 * store that already holds other figures. `bulk`: into a bare table of the store's shape, with the
 * same two indexes built afterwards in one pass each, which only an empty store could do.
 */
export type FloorKind = 'live' | 'bulk';

// The store's own indexes, as PostgreSQL holds them, renamed onto the copy: built after the load.
const storeIndexes = `select indexdef from pg_indexes where schemaname = current_schema()
  and tablename = 'indicator_values'`;

function ontoCopy(indexdef: string, n: number): string {
  return indexdef.replace(/INDEX \S+ ON \S+/, `INDEX lait_keyed_${n} ON lait_keyed`);
}

/**
 * The least any import into Beacon's store can take, measured so P1 can be read against it: the
 * same COPY, then every row straight into a table keyed like indicator_values, with no check, no
 * staging, no comparison with what is stored, no audit and no vacuum. `live` is the floor for an
 * import into a store in use; `bulk`, with the keys built after the rows are in, is the floor for
 * any import at all that keeps the rows keyed. LAIT's 170 rows whose year is "0" are left out, as
 * the import leaves them out.
 */
export async function keyedFloor(database: BenchDatabase, file: string, kind: FloorKind): Promise<number> {
  const session = await sessionOn(database);
  const shape = kind === 'live' ? 'including all' : 'including defaults';
  await session.exec(`drop table if exists lait_bare; ${bareTable};
    drop table if exists lait_keyed; create table lait_keyed (like indicator_values ${shape})`);
  const { rows: indexes } = await session.query(storeIndexes, []);
  const started = performance.now();
  await session.copyFile(file);
  const { rows } = await session.query(`select distinct "Years" as years from lait_bare`, []);
  const periods = rows.flatMap((row) => {
    const years = String(row.years);
    const period = parsePeriod(years);
    return period ? [{ years, ...period }] : [];
  });
  await session.query(keyedInsert, [
    periods.map((p) => p.years),
    periods.map((p) => p.label),
    periods.map((p) => p.end),
    periods.map((p) => p.status),
  ]);
  if (kind === 'bulk') {
    for (const [n, index] of indexes.entries()) await session.exec(ontoCopy(String(index.indexdef), n));
  }
  const seconds = (performance.now() - started) / 1000;
  await session.exec(`drop table lait_keyed`);
  await session.end();
  return seconds;
}
