import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { queryRows } from '../db/client.ts';

export type BulkRank = {
  indicator_key: string;
  period_end: number;
  entity_code: string;
  rank: number;
  n: number;
  band: 'A' | 'B' | 'C' | 'D' | null;
};

/**
 * Ranks and quartile bands for every indicator × period × LA in one set-based statement, by the
 * same LAIT method as compare/rank.ts and compare/quartiles.ts, from one pass over each
 * indicator-year's values, lowest first.
 *
 * In that order, with r = rank() (1 + the LAs strictly below) and c = the LAs at or below:
 * - the LAIT rank is r when lower is better, and n − c + 1 (1 + the LAs strictly above) when
 *   higher is better: ties share the best rank either way;
 * - a band needs no cut point. Type-7 quartile p lies at position h = (n − 1)p + 1 of the sorted
 *   values, between the values at k = ⌊h⌋ and k + 1. A value v is above that cut point exactly when
 *   v is above the value at position k, that is when r > k: if h is whole the cut point is that
 *   value; if not it lies strictly between two different values with nothing stored between them,
 *   or equals both when they tie. So "v > q" is "r > k" and "v ≤ q" is "r ≤ k", with k in integers:
 *   (n − 1)/4 + 1, (n − 1)/2 + 1 and 3(n − 1)/4 + 1, rounded down.
 * Equal figures are equal doubles because values are stored as the published decimal
 * (dfeValues.ts). Tests check every row against the pure rules, and the benchmark against DuckDB.
 */
export const everyRankQuery = sql`select indicator_key, period_end, entity_code,
      case when higher then n - c + 1 else r end as rank, n,
      case when no_quartile then null
        when higher then
          case when r > (n - 1) * 3 / 4 + 1 then 'A' when r > (n - 1) / 2 + 1 then 'B'
            when r > (n - 1) / 4 + 1 then 'C' else 'D' end
        else
          case when r <= (n - 1) / 4 + 1 then 'A' when r <= (n - 1) / 2 + 1 then 'B'
            when r <= (n - 1) * 3 / 4 + 1 then 'C' else 'D' end
      end as band
    from (
      select *, round(at_or_below * n)::bigint as c from (
        select v.indicator_key, v.period_end, v.entity_code, i.no_quartile, i.polarity = 'higher' as higher,
          rank() over ordered as r, cume_dist() over ordered as at_or_below, count(*) over ordered as n
        from indicator_values v join indicators i on i.key = v.indicator_key
        where v.entity_type = 'la' and v.pupil_group = 'all' and v.value is not null and i.polarity <> 'neither'
        -- In the order of the league-table index (schema.ts), so nothing is sorted. The frame is the
        -- whole indicator-year, so one pass gives r, N, and c as cume_dist × N.
        window ordered as (partition by v.indicator_key collate "C", v.period_end order by v.value
          rows between unbounded preceding and unbounded following)
      ) windowed
    ) ranked`;

/**
 * Lets PostgreSQL share the ranking's read between its parallel workers (the cost model otherwise
 * keeps a read of 357k rows in one process), and keeps any sort in memory: 4 MB, the default,
 * spills to disk. For the transaction only; the embedded database has no parallel workers and
 * ignores the first two.
 */
export async function prepareForRanking(tx: Database): Promise<void> {
  await tx.execute(sql`set local parallel_setup_cost = 0`);
  await tx.execute(sql`set local parallel_tuple_cost = 0`);
  await tx.execute(sql`set local work_mem = '64MB'`);
  // Compiling the statement to machine code costs more than it saves on a read of this size.
  await tx.execute(sql`set local jit = off`);
}

export function rankEverything(db: Database): Promise<BulkRank[]> {
  return db.transaction(async (tx) => {
    await prepareForRanking(tx);
    return queryRows<BulkRank>(tx, everyRankQuery);
  });
}
