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
 * Ranks and quartile bands for every indicator × period × LA in one set-based statement: the same
 * LAIT method as compare/rank.ts and compare/quartiles.ts. Values are stored canonical (the
 * published decimal, see dfeValues.ts), so equal figures are equal doubles and tie; a cut point
 * between two different values cannot land on either, so its last binary digit cannot move a band.
 * percentile_cont is R's type-7 quantile; the array form sorts each group once for all three cuts.
 */
export const everyRankQuery = sql`with la as (
      select v.indicator_key, v.period_end, v.entity_code, v.value, i.polarity, i.no_quartile
      from indicator_values v join indicators i on i.key = v.indicator_key
      where v.entity_type = 'la' and v.pupil_group = 'all' and v.value is not null and i.polarity <> 'neither'
    ), cuts as (
      select indicator_key, period_end, count(*) as n,
        percentile_cont(array[0.25, 0.5, 0.75]) within group (order by value) as q
      from la group by indicator_key, period_end
    )
    select la.indicator_key, la.period_end, la.entity_code,
      rank() over (partition by la.indicator_key, la.period_end
        order by case when la.polarity = 'higher' then -la.value else la.value end) as rank,
      c.n,
      case when la.no_quartile then null
        when la.polarity = 'higher' then
          case when la.value > c.q[3] then 'A' when la.value > c.q[2] then 'B' when la.value > c.q[1] then 'C' else 'D' end
        else
          case when la.value <= c.q[1] then 'A' when la.value <= c.q[2] then 'B' when la.value <= c.q[3] then 'C' else 'D' end
      end as band
    from la join cuts c on c.indicator_key = la.indicator_key and c.period_end = la.period_end`;

export function rankEverything(db: Database): Promise<BulkRank[]> {
  return queryRows<BulkRank>(db, everyRankQuery);
}
