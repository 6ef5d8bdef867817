import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildResultsSummary } from './build.ts';
import { resultsSummaryLayout } from './layout.ts';
import type { Figure } from '../valuesRepository.ts';
import { testFigure, testIndicator } from '../figures.testing.ts';

// One precision per measure on a page. LAIT's all-measures file gives Portsmouth's Attainment 8 as
// 41 for 2017/18 (41.0 written without its zero) and 40.8 for 2018/19, and its 9-4 pass as 56 and
// 57.4: each row, and its drafted sentence, prints them to the measure's one place.

const indicator = (key: string) =>
  testIndicator(key, {
    topic: 'KS4',
    unit: key === 'AVG_Attain8_Score' ? 'score' : 'percentage',
    decimalPlaces: null,
    methodologyFamily: 'ks4Attainment',
  });
const figure = (key: string, periodEnd: number, value: number) => testFigure(key, 'la', periodEnd, value);

const build = (figures: Figure[]) =>
  buildResultsSummary({
    area: { code: '851', name: 'Portsmouth' },
    period: 2019,
    layout: resultsSummaryLayout.filter((t) => t.id === 'ks4'),
    indicators: new Map(['AVG_Attain8_Score', 'EngMaths9-4'].map((k) => [k, indicator(k)])),
    figures,
    leagues: new Map(),
  }).tables[0];

const cases: { source: string; figures: Figure[]; row: string; shown: [string, string]; sentence: RegExp }[] =
  [
    {
      source: 'LAIT, Portsmouth Attainment 8: 41 (2017/18), 40.8 (2018/19)',
      figures: [figure('AVG_Attain8_Score', 2019, 40.8), figure('AVG_Attain8_Score', 2018, 41)],
      row: 'Attainment 8',
      shown: ['40.8', '41.0'],
      sentence: /^Attainment 8 worsened from 41\.0 to 40\.8\.$/,
    },
    {
      source: 'LAIT, Portsmouth 9-4 pass: 57.4 (2017/18), 56 (2018/19)',
      figures: [figure('EngMaths9-4', 2019, 56), figure('EngMaths9-4', 2018, 57.4)],
      row: 'Pupils achieving a 9-4 pass in English and maths',
      shown: ['56.0', '57.4'],
      sentence: /from 57\.4% to 56\.0%\.$/,
    },
  ];

for (const c of cases) {
  test(`one precision per measure in a row and its sentence: ${c.source}`, () => {
    const table = build(c.figures);
    const row = table?.rows.find((r) => r.label === c.row);
    assert.ok(row);
    assert.deepEqual([row.value.text, row.lastValue.text], c.shown);
    assert.ok(
      table?.narrative.some((s) => c.sentence.test(s)),
      `no sentence like ${String(c.sentence)} in ${table?.narrative.join(' | ') ?? ''}`,
    );
  });
}
