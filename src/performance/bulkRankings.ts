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
 * LAIT method as compare/rank.ts and compare/quartiles.ts. Casting a double to numeric keeps 15
 * significant digits, the same canonical form the TypeScript rules compare; percentile_cont is
 * R's type-7 quantile.
 */
export function rankEverything(db: Database): Promise<BulkRank[]> {
  return queryRows<BulkRank>(
    db,
    sql`with la as (
      select v.indicator_key, v.period_end, v.entity_code, v.value::numeric as value, i.polarity, i.no_quartile
      from indicator_values v join indicators i on i.key = v.indicator_key
      where v.entity_type = 'la' and v.pupil_group = 'all' and v.value is not null and i.polarity <> 'neither'
    ), cuts as (
      select indicator_key, period_end, count(*) as n,
        (percentile_cont(0.25) within group (order by value))::numeric as q25,
        (percentile_cont(0.5) within group (order by value))::numeric as q50,
        (percentile_cont(0.75) within group (order by value))::numeric as q75
      from la group by indicator_key, period_end
    )
    select la.indicator_key, la.period_end, la.entity_code,
      rank() over (partition by la.indicator_key, la.period_end
        order by case when la.polarity = 'higher' then -la.value else la.value end) as rank,
      c.n,
      case when la.no_quartile then null
        when la.polarity = 'higher' then
          case when la.value > c.q75 then 'A' when la.value > c.q50 then 'B' when la.value > c.q25 then 'C' else 'D' end
        else
          case when la.value <= c.q25 then 'A' when la.value <= c.q50 then 'B' when la.value <= c.q75 then 'C' else 'D' end
      end as band
    from la join cuts c on c.indicator_key = la.indicator_key and c.period_end = la.period_end`,
  );
}
