import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { queryRows } from '../db/client.ts';
import { latestResultsYear } from './rules/dates.ts';
import { progressSignificantlyBelow, type SchoolEvidence } from './risk/model.ts';

// What the schools' published results say, for the desk-top review: the headline attainment measure
// against England's, year by year, and the progress score furthest below national. Disadvantaged
// gaps, absence and finances come from no school-level file Beacon imports yet, so those rules see
// nothing and give no points.

/** The headline measure of each phase (SPEC C3): KS2 reading, writing and maths at the expected
 * standard, and Attainment 8. A school with both (all-through) is judged on each. */
const headlines = ['KS2RWM_Expected_STD', 'AVG_Attain8_Score'];
const progressMeasures: Record<string, string> = {
  KS2R_Prog_VA: 'KS2 reading progress',
  KS2W_Prog_VA: 'KS2 writing progress',
  KS2M_Prog_VA: 'KS2 maths progress',
  AVG_Prog8_Score: 'Progress 8',
};

export type PerformanceEvidence = Pick<
  SchoolEvidence,
  'attainmentGaps' | 'progress' | 'progressInBottomFifth'
>;

export async function performanceEvidence(
  db: Database,
  laCode: string | null,
  asAt: string,
  years: number,
): Promise<Map<number, PerformanceEvidence>> {
  const latest = latestResultsYear(asAt);
  const earliest = latest - years + 1;
  const inArea = laCode === null ? sql`true` : sql`s.la_code = ${laCode}`;
  const gaps = await queryRows<{ urn: number; indicator: string; year: number; gap: number | null }>(
    db,
    sql`select s.urn, v.indicator_key as indicator, v.period_end as year, v.value - e.value as gap
        from indicator_values v
        join establishments s on s.urn::text = v.entity_code
        left join indicator_values e on e.indicator_key = v.indicator_key and e.entity_type = 'england'
          and e.entity_code = '970' and e.period_end = v.period_end and e.pupil_group = 'all'
        where v.entity_type = 'school' and v.pupil_group = 'all' and v.value is not null
          and v.indicator_key in (${sql.join(
            headlines.map((h) => sql`${h}`),
            sql`, `,
          )})
          and v.period_end between ${earliest} and ${latest} and ${inArea}`,
  );
  // Percent rank among every school whose results Beacon holds: with DfE's national extract
  // loaded, that is every school in England.
  const progress = await queryRows<{
    urn: number;
    indicator: string;
    value: number;
    lower: number | null;
    upper: number | null;
    band: string | null;
    percentRank: number;
  }>(
    db,
    sql`with ranked as (
          select v.entity_code, v.indicator_key, v.value, v.ci_lower, v.ci_upper, v.published_judgement,
            percent_rank() over (partition by v.indicator_key order by v.value) as percent_rank
          from indicator_values v
          where v.entity_type = 'school' and v.pupil_group = 'all' and v.period_end = ${latest}
            and v.value is not null and v.indicator_key in (${sql.join(
              Object.keys(progressMeasures).map((m) => sql`${m}`),
              sql`, `,
            )}))
        select s.urn, r.indicator_key as indicator, r.value, r.ci_lower as lower, r.ci_upper as upper,
          r.published_judgement as band, r.percent_rank as "percentRank"
        from ranked r join establishments s on s.urn::text = r.entity_code
        where ${inArea}`,
  );

  const evidence = new Map<number, PerformanceEvidence>();
  const of = (urn: number): PerformanceEvidence => {
    let found = evidence.get(urn);
    if (!found) {
      found = { attainmentGaps: [], progress: null, progressInBottomFifth: false };
      evidence.set(urn, found);
    }
    return found;
  };
  const byMeasure = new Map<string, Map<number, number | null>>();
  for (const row of gaps) {
    const key = `${String(row.urn)}|${row.indicator}`;
    const series = byMeasure.get(key) ?? new Map<number, number | null>();
    series.set(row.year, row.gap);
    byMeasure.set(key, series);
  }
  for (const [key, series] of byMeasure) {
    const urn = Number(key.split('|')[0]);
    // Newest first, a year with no figure as null: "two years running" means the two latest years.
    const newestFirst = Array.from({ length: years }, (_, i) => series.get(latest - i) ?? null);
    const current = of(urn);
    // A school judged on two headlines keeps the one further below national this year.
    const [now] = newestFirst;
    const [held] = current.attainmentGaps;
    if (current.attainmentGaps.length === 0 || (now != null && (held == null || now < held))) {
      current.attainmentGaps = newestFirst;
    }
  }
  // The measure that says most: one significantly below national before one that is not, then the
  // lowest score.
  const significantlyBelow = (row: (typeof progress)[number]) => {
    const { byInterval, byBand } = progressSignificantlyBelow(row);
    return byInterval || byBand;
  };
  const chosen = new Map<number, (typeof progress)[number]>();
  for (const row of progress) {
    const held = chosen.get(row.urn);
    const better =
      !held ||
      Number(significantlyBelow(row)) - Number(significantlyBelow(held)) > 0 ||
      (significantlyBelow(row) === significantlyBelow(held) && row.value < held.value);
    if (better) chosen.set(row.urn, row);
  }
  for (const [urn, row] of chosen) {
    const current = of(urn);
    current.progress = {
      measure: progressMeasures[row.indicator] ?? row.indicator,
      lower: row.lower,
      upper: row.upper,
      band: row.band,
    };
    current.progressInBottomFifth = row.percentRank < 0.2;
  }
  return evidence;
}
