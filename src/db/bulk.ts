import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database, DatabaseKind } from './client.ts';

// COPY is the fastest way into PostgreSQL (docs/benchmarks.md), and drizzle has no COPY. Both of
// its drivers keep the transaction's own connection at tx.session.client: a pg PoolClient, or a
// PGlite Transaction, which reads COPY data from a blob. The COPY must run on that connection to
// be part of the transaction.
function connectionOf(tx: Database): unknown {
  return (tx as unknown as { session: { client: unknown } }).session.client;
}

/** Quotes one CSV field for COPY: null is an unquoted empty field, which COPY reads as NULL. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

/**
 * Copies CSV text (no header) into a table inside the caller's transaction. The text may come in
 * pieces made as they are read: PostgreSQL then takes in each piece while the next is made.
 */
export async function copyCsv(
  tx: Database,
  kind: DatabaseKind,
  table: string,
  columns: readonly string[],
  csv: string | Iterable<string>,
): Promise<void> {
  if (!/^[a-z_]+$/.test(table) || !columns.every((c) => /^[a-z_]+$/.test(c))) {
    throw new Error(`Not a plain table or column name: ${table} (${columns.join(', ')})`);
  }
  const target = `${table} (${columns.join(', ')})`;
  if (kind === 'pglite') {
    const client = connectionOf(tx) as PgliteTransaction;
    const blob = new Blob(typeof csv === 'string' ? [csv] : [...csv]);
    await client.query(`copy ${target} from '/dev/blob' with (format csv)`, [], { blob });
    return;
  }
  const client = connectionOf(tx) as pg.PoolClient;
  await pipeline(
    Readable.from(typeof csv === 'string' ? [csv] : csv),
    client.query(copyFrom(`copy ${target} from stdin with (format csv)`)),
  );
}
