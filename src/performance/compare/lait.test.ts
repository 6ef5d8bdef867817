import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import Papa from 'papaparse';
import { externalFile } from '../externalData.ts';
import { rankLocalAuthorities } from './rank.ts';
import { quartileBand, quartileCutPoints } from './quartiles.ts';
import { polarityFromLait } from './polarity.ts';

// Ranks and quartile bands on DfE's own LAIT data, checked against a second implementation of the
// method written here from data/external/dfe-lait/SOURCE.md, not by calling the production code.
type Row = {
  measure_code: string;
  polarity: string;
  no_quartile: string;
  year: string;
  la_number: string;
  value_raw: string;
  value_num: string;
};

const source = externalFile('dfe-lait/csv/lait_key_education_measures.csv');
const rows: Row[] = source.file
  ? Papa.parse<Row>(fs.readFileSync(source.file, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data
  : [];

// Independent rank: one plus the number of LAs with a strictly better value.
function independentRank(value: number, all: number[], higherIsBetter: boolean): number {
  return 1 + all.filter((other) => (higherIsBetter ? other > value : other < value)).length;
}

// Independent R type-7 quantile, written the textbook way with 1-based positions.
function independentQuantile(sortedAscending: number[], p: number): number {
  const position = 1 + (sortedAscending.length - 1) * p;
  const j = Math.floor(position);
  const g = position - j;
  const xj = sortedAscending[j - 1] ?? Number.NaN;
  const next = sortedAscending[j] ?? xj;
  return xj + g * (next - xj);
}

// Independent band, as LAIT's R code states it: >= q0 & <= q25, > q25 & <= q50, … .
function independentBand(value: number, q: number[], higherIsBetter: boolean): string {
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const atMost = (a: number, b: number) => a < b || near(a, b);
  const [, q25 = 0, q50 = 0, q75 = 0] = q;
  let quarter: number;
  if (atMost(value, q25)) quarter = 1;
  else if (atMost(value, q50)) quarter = 2;
  else if (atMost(value, q75)) quarter = 3;
  else quarter = 4;
  const bands = higherIsBetter ? ['D', 'C', 'B', 'A'] : ['A', 'B', 'C', 'D'];
  return bands[quarter - 1] ?? '?';
}

const cases = [
  { code: 'KS2RWM_Expected_STD', year: '2019', n: 149, why: 'KS2 RWM expected: higher is better, many ties' },
  { code: 'TotAbs', year: '2019', n: 152, why: 'overall absence: lower is better' },
  {
    code: 'AVG_Attain8_Score',
    year: '2024',
    n: 152,
    why: 'Attainment 8: higher is better, one decimal place',
  },
  {
    code: 'KS2R_AVG_Scaled_Score',
    year: '2019',
    n: 149,
    why: 'KS2 reading scaled score: flagged no quartile',
  },
];

for (const c of cases) {
  test(
    `LAIT ${c.code} ${c.year} (${c.why}): ranks and bands match an independent computation`,
    { skip: source.skip },
    () => {
      const measure = rows.filter((r) => r.measure_code === c.code && r.year === c.year);
      // Rank only LAs: LA numbers below 970 (England is 970, regions 980 and above).
      const las = measure.filter((r) => Number(r.la_number) < 970);
      const polarity = polarityFromLait(measure[0]?.polarity);
      const noQuartile = measure[0]?.no_quartile === 'N';
      const higherIsBetter = measure[0]?.polarity === 'High';

      const production = rankLocalAuthorities(
        las.map((r) => ({ key: r.la_number, value: r.value_raw === '-' ? null : Number(r.value_raw) })),
        polarity,
      );
      const values = las.filter((r) => r.value_num !== '').map((r) => Number(r.value_num));
      assert.equal(production.n, c.n);
      assert.equal(values.length, c.n);

      const sorted = [...values].sort((a, b) => a - b);
      const q = [0, 0.25, 0.5, 0.75, 1].map((p) => independentQuantile(sorted, p));
      const cuts = quartileCutPoints(values);
      assert.ok(cuts);
      cuts.forEach((cut, i) => {
        assert.ok(Math.abs(cut - (q[i] ?? Number.NaN)) < 1e-9, `cut ${i}: ${cut} vs ${q[i]}`);
      });

      let joint = 0;
      for (const entry of production.entries) {
        const row = las.find((r) => r.la_number === entry.key);
        if (!row || row.value_num === '') {
          assert.equal(entry.rank, null);
          continue;
        }
        const value = Number(row.value_num);
        assert.equal(entry.rank, independentRank(value, values, higherIsBetter), `rank of LA ${entry.key}`);
        if (entry.joint) joint += 1;
        const band = quartileBand(entry.value, cuts, polarity, noQuartile);
        assert.equal(
          band,
          noQuartile ? null : independentBand(value, q, higherIsBetter),
          `band of LA ${entry.key}`,
        );
      }
      if (c.code === 'KS2RWM_Expected_STD')
        assert.ok(joint > 100, 'integer percentages give many joint ranks');
    },
  );
}
