// Answers kept until what they were worked out from changes: each is stored with the version of the
// data it came from (the results' version, the audit log's position) and is worked out again when
// that version moves on, or when it is older than `maxAgeMs` (for what changes with the clock
// alone). At most `limit` answers; the oldest goes first. A failed answer is not kept.

type Entry<T> = { version: number; at: number; value: Promise<T> };

export type VersionedStore<T> = (
  key: string,
  version: number,
  compute: () => Promise<T>,
  now?: number,
) => Promise<T>;

export function versionedStore<T>(limit: number, maxAgeMs = Number.POSITIVE_INFINITY): VersionedStore<T> {
  const entries = new Map<string, Entry<T>>();
  return function kept(key, version, compute, now = Date.now()) {
    const hit = entries.get(key);
    if (hit?.version === version && now - hit.at < maxAgeMs) return hit.value;
    const value = compute();
    entries.delete(key);
    entries.set(key, { version, at: now, value });
    if (entries.size > limit) entries.delete(entries.keys().next().value ?? key);
    // A failure (a 404, a lost connection) is not kept: the next request asks again.
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}
