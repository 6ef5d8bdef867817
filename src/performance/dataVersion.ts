import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { dataVersions } from './schema.ts';
import { versionedStore } from '../kernel/versionedStore.ts';

// The version of everything results pages are worked from. Each change to values, the catalogue,
// areas or statistical neighbours calls `resultsChanged` inside its own transaction.

/**
 * The results' version as last read, for answering a poll without a query: read again after a
 * second, or at once after a change made in this process (another process's import is seen within
 * the second).
 */
const recentVersions = new WeakMap<Database, { version: number; readAt: number; changes: number }>();
const versionKeptForMs = 1_000;
let changesSeen = 0;

export async function recentResultsVersion(db: Database): Promise<number> {
  const now = Date.now();
  const kept = recentVersions.get(db);
  if (kept?.changes === changesSeen && now - kept.readAt < versionKeptForMs) return kept.version;
  const seen = changesSeen;
  const version = await resultsVersion(db);
  // A change made while this was being read leaves nothing to keep.
  if (seen === changesSeen) recentVersions.set(db, { version, readAt: now, changes: seen });
  return version;
}

export async function resultsChanged(tx: Database): Promise<void> {
  changesSeen++;
  await tx
    .update(dataVersions)
    .set({ version: sql`${dataVersions.version} + 1` })
    .where(eq(dataVersions.name, 'results'));
}

export async function resultsVersion(db: Database): Promise<number> {
  const [row] = await db
    .select({ version: dataVersions.version })
    .from(dataVersions)
    .where(eq(dataVersions.name, 'results'));
  return row?.version ?? 0;
}

/**
 * Figures worked out once per data version and kept for the next request (P3: the results summary
 * under load). At most `limit` entries; the oldest goes first. A key is recomputed when the
 * version it was worked from is no longer the current one.
 */
export function versionedCache<T>(db: Database, limit = 500) {
  const kept = versionedStore<T>(limit);
  return async function cached(key: string, compute: () => Promise<T>): Promise<T> {
    return kept(key, await resultsVersion(db), compute);
  };
}

/**
 * As versionedCache, for many keys at once: one query for the version, and one computation for
 * every key not yet worked out from it (a plan's KPIs read many series; P3 again).
 */
export function versionedBatchCache<T>(db: Database, limit = 2000) {
  const entries = new Map<string, { version: number; value: T }>();
  return async function cachedMany(
    keys: readonly string[],
    compute: (missing: readonly string[]) => Promise<Map<string, T>>,
  ): Promise<Map<string, T>> {
    const version = await resultsVersion(db);
    const found = new Map<string, T>();
    const missing: string[] = [];
    for (const key of new Set(keys)) {
      const hit = entries.get(key);
      if (hit?.version === version) found.set(key, hit.value);
      else missing.push(key);
    }
    if (missing.length === 0) return found;
    for (const [key, value] of await compute(missing)) {
      found.set(key, value);
      entries.delete(key);
      entries.set(key, { version, value });
      if (entries.size > limit) entries.delete(entries.keys().next().value ?? key);
    }
    return found;
  };
}
