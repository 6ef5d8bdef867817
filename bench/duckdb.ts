import { DuckDBInstance } from '@duckdb/node-api';

export type DuckRank = { key: string; years: string; la: string; rank: number; band: string | null };

/**
 * The anchor for P2: DuckDB computing LAIT ranks and bands for every measure × year × LA straight
 * from the same CSV files, by the same method (rank with ties at the lowest, type-7 quartiles), into a
 * table: the time is the computation, not the transfer of 357k rows to JavaScript.
 */
export async function duckdbRanks(
  valuesFile: string,
  dictionaryFile: string,
): Promise<{ seconds: number; rows: DuckRank[] }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const started = performance.now();
  await connection.run(`
    create or replace table ranks as
    with dict as (
      select Measure_short as key, min(Polarity) as polarity, min(No_Quartile) as nq
      from read_csv('${dictionaryFile}', header = true, all_varchar = true) group by Measure_short
    ), la as (
      select r."Short Desc" as key, r."Years" as years, r."LA Number" as la,
        round(cast(r."Values" as double), 10) as value, d.polarity, d.nq
      from read_csv('${valuesFile}', header = true, all_varchar = true) r join dict d on d.key = r."Short Desc"
      where cast(r."LA Number" as integer) < 970 and r."Values" <> '-' and d.polarity in ('High', 'Low')
    ), cuts as (
      select key, years, quantile_cont(value, 0.25) as q25, quantile_cont(value, 0.5) as q50,
        quantile_cont(value, 0.75) as q75
      from la group by key, years
    )
    select la.key, la.years, la.la,
      rank() over (partition by la.key, la.years order by case when la.polarity = 'High' then -la.value else la.value end) as rank,
      case when la.nq = 'N' then null
        when la.polarity = 'High' then case when la.value > round(c.q75, 10) then 'A' when la.value > round(c.q50, 10) then 'B'
          when la.value > round(c.q25, 10) then 'C' else 'D' end
        else case when la.value <= round(c.q25, 10) then 'A' when la.value <= round(c.q50, 10) then 'B'
          when la.value <= round(c.q75, 10) then 'C' else 'D' end
      end as band
    from la join cuts c using (key, years)`);
  const seconds = (performance.now() - started) / 1000;
  const rows = (await connection.runAndReadAll('select * from ranks')).getRowObjects().map((r) => ({
    key: String(r.key),
    years: String(r.years),
    la: String(r.la),
    rank: Number(r.rank),
    band: r.band === null ? null : String(r.band),
  }));
  connection.closeSync();
  return { seconds, rows };
}
