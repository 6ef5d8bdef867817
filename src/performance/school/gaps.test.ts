import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSchoolGaps, type GroupFigure } from './gaps.ts';
import { testFigure, testIndicator } from '../figures.testing.ts';

// Seed 000, 5.3: "narrow the gaps for disadvantaged pupils, boys and SEND". A school's gap is its
// first group's figure less its second's, beside England's for the same year, from DfE's KS2 table
// columns PTRWM_EXP_FSM6CLA1A and PTRWM_EXP_NotFSM6CLA1A (counts TFSM6CLA1A, TNotFSM6CLA1A).

const key = 'KS2RWM_Expected_STD';
const of = (
  group: string,
  entityType: string,
  periodEnd: number,
  value: number,
  denominator: number | null,
) => ({ ...testFigure(key, entityType, periodEnd, value, { denominator }), group }) satisfies GroupFigure;

const figures: GroupFigure[] = [
  // 2015 is before DfE's new KS2 assessments (2016): its gap is another measure.
  of('disadvantaged', 'school', 2015, 70, 20),
  of('non_disadvantaged', 'school', 2015, 85, 40),
  of('disadvantaged', 'school', 2018, 50, 12),
  of('non_disadvantaged', 'school', 2018, 72, 48),
  of('disadvantaged', 'school', 2019, 40, 5),
  of('non_disadvantaged', 'school', 2019, 70, 55),
  ...[2015, 2018, 2019].flatMap((y) => [
    of('disadvantaged', 'england', y, 51, null),
    of('non_disadvantaged', 'england', y, 71, null),
  ]),
];

const build = (seesSmallCohorts: boolean) =>
  buildSchoolGaps({
    figures,
    indicators: new Map([[key, testIndicator(key)]]),
    threshold: 6,
    seesSmallCohorts,
  });
const texts = (rows: readonly (readonly unknown[])[]) =>
  rows.map((r) => r.map((c) => (typeof c === 'string' ? c : (c as { text: string }).text)));

const cases: { who: string; sees: boolean; latest: string[] }[] = [
  // Five disadvantaged pupils in 2019: below the threshold of 6, so "x", and so is the gap.
  { who: 'a school user', sees: false, latest: ['2018/19', 'x', '70', 'x', '51', '71', '−20'] },
  { who: 'an officer', sees: true, latest: ['2018/19', '40', '70', '−30', '51', '71', '−20'] },
];

for (const c of cases) {
  test(`the disadvantaged gap, latest year first, as ${c.who} sees it`, () => {
    const tables = build(c.sees);
    assert.deepEqual(
      tables.map((t) => t.title),
      ['Disadvantaged pupils and the rest: Key stage 2 reading, writing and maths, expected standard (%)'],
      'boys and girls, and SEN, have no figures here, so no tables',
    );
    const [table] = tables;
    assert.ok(table);
    assert.deepEqual(texts(table.rows), [c.latest, ['2017/18', '50', '72', '−22', '51', '71', '−20']]);
  });
}

test('a year before a change of method is left out, and the table says why', () => {
  const figuresFrom2016 = figures.filter((f) => f.periodEnd !== 2018);
  const [table] = buildSchoolGaps({
    figures: figuresFrom2016,
    indicators: new Map([[key, testIndicator(key)]]),
    threshold: 6,
    seesSmallCohorts: true,
  });
  assert.ok(table);
  assert.deepEqual(
    table.rows.map((r) => r[0]),
    ['2018/19'],
  );
  assert.deepEqual(table.notes, ['2014/15 left out: new assessments in 2016.']);
});
