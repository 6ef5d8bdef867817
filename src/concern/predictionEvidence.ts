import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import type { SchoolEvidence } from './risk/model.ts';

// What schools predict for their headline measure (SPEC C7, 8): each school's latest prediction
// sent to the LA in an in-year return that had closed by the review's date, beside England's latest
// figure for the measure. Read only when the risk model's prediction rule is turned on.

/** The in-year return's prediction of each headline measure (collection/rules/grid.ts). */
const headlinePredictions = [
  {
    key: 'ks2rwm',
    indicator: 'KS2RWM_Expected_STD',
    measure: 'KS2 reading, writing and maths at the expected standard',
  },
  { key: 'a8', indicator: 'AVG_Attain8_Score', measure: 'Attainment 8' },
];

export async function predictionEvidence(
  db: Database,
  laCode: string | null,
  asAt: string,
): Promise<Map<number, NonNullable<SchoolEvidence['predictedHeadline']>>> {
  const found = new Map<number, NonNullable<SchoolEvidence['predictedHeadline']>>();
  for (const h of headlinePredictions) {
    const rows = await queryRows<{ urn: number; predicted: number; national: number | null }>(
      db,
      sql`with latest as (
            select distinct on (r.urn) r.urn, (r.predictions ->> ${h.key})::float8 as predicted
            from in_year_returns r
            join collection_windows w on w.id = r.window_id
            where r.status in ('submitted', 'accepted') and w.closes_on <= ${asAt}
              and r.predictions ? ${h.key} and jsonb_typeof(r.predictions -> ${h.key}) = 'number'
              and (${laCode}::text is null or w.la_code = ${laCode})
            order by r.urn, w.closes_on desc)
          select latest.urn, latest.predicted,
            (select value from indicator_values
              where indicator_key = ${h.indicator} and entity_type = 'england' and pupil_group = 'all'
                and value is not null and period_end <= ${Number(asAt.slice(0, 4))}
              order by period_end desc limit 1) as national
          from latest`,
    );
    for (const r of rows)
      if (r.national !== null && !found.has(r.urn))
        found.set(r.urn, { measure: h.measure, predicted: r.predicted, national: r.national });
  }
  return found;
}
