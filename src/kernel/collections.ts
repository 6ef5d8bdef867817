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
