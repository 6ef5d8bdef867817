/**
 * Rows grouped by a key, each group in the order the rows came (Map.groupBy arrives with Node 21).
 * Every grouping of query rows uses this, so none copies its growing group on each row.
 */
export function groupBy<K, T>(rows: Iterable<T>, keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * Runs `work` on every item, at most `limit` at once, in the order given; stops at the first
 * failure. For batches (every school's letter) that a bounded pool serves best when kept full.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next] as T;
      next += 1;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * Each item prepared, then finished, one after another, with the next item's preparation running
 * while the current one is finished: two stages that use different resources (the database and
 * Node for one, a browser for the other) overlap. At most two prepared items are held at once.
 */
export async function inPipeline<T, P>(
  items: readonly T[],
  prepare: (item: T) => Promise<P>,
  finish: (prepared: P, item: T) => Promise<void>,
): Promise<void> {
  const start = (index: number): Promise<P> | undefined => {
    const item = items[index];
    if (index >= items.length) return undefined;
    const prepared = prepare(item as T);
    // Its failure is met where it is awaited, on the next turn; until then it is not unhandled.
    prepared.catch(() => undefined);
    return prepared;
  };
  let ahead = start(0);
  for (let index = 0; ahead; index++) {
    const current = await ahead;
    ahead = start(index + 1);
    await finish(current, items[index] as T);
  }
}
