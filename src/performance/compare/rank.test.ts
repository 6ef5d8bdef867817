import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankLocalAuthorities } from './rank.ts';
import { quartileBand, quartileCutPoints } from './quartiles.ts';
import { polarityFromLait } from './polarity.ts';

const entries = (values: (number | null)[]) => values.map((value, i) => ({ key: `LA${i + 1}`, value }));

// DfE's LAIT method (data/external/dfe-lait/SOURCE.md): R rank(ties.method = "min"), descending
// for High polarity, ascending for Low, none for "-"; missing values unranked and not counted.
const rankCases: {
  name: string;
  values: (number | null)[];
  polarity: 'higher' | 'lower' | 'neither';
  ranks: (number | null)[];
  joint: boolean[];
  n: number;
}[] = [
  {
    name: 'higher is better: rank 1 is the highest value',
    values: [65, 70, 60],
    polarity: 'higher',
    ranks: [2, 1, 3],
    joint: [false, false, false],
    n: 3,
  },
  {
    name: 'lower is better (absence): rank 1 is the lowest value',
    values: [4.2, 3.9, 4.8],
    polarity: 'lower',
    ranks: [2, 1, 3],
    joint: [false, false, false],
    n: 3,
  },
  {
    name: 'ties share the lowest rank and the next rank skips ("joint 140th", seed 001)',
    values: [70, 65, 65, 60],
    polarity: 'higher',
    ranks: [1, 2, 2, 4],
    joint: [false, true, true, false],
    n: 4,
  },
  {
    name: 'an LA without a value gets no rank and is not counted in N',
    values: [65, null, 60],
    polarity: 'higher',
    ranks: [1, null, 2],
    joint: [false, false, false],
    n: 2,
  },
  {
    name: 'a measure with no better direction is not ranked',
    values: [65, 70],
    polarity: 'neither',
    ranks: [null, null],
    joint: [false, false],
    n: 2,
  },
  {
    name: 'values equal but for binary noise are ties (LAIT stores 4.6500000000000004)',
    values: [4.6500000000000004, 4.65, 4.7],
    polarity: 'lower',
    ranks: [1, 1, 3],
    joint: [true, true, false],
    n: 3,
  },
  {
    name: 'a league of one ranks nothing: "rank 1 of 1" says nothing (one LA holds a value)',
    values: [null, 65, null],
    polarity: 'higher',
    ranks: [null, null, null],
    joint: [false, false, false],
    n: 1,
  },
];

for (const c of rankCases) {
  test(`rank: ${c.name}`, () => {
    const result = rankLocalAuthorities(entries(c.values), c.polarity);
    assert.equal(result.n, c.n);
    assert.deepEqual(
      result.entries.map((e) => e.rank),
      c.ranks,
    );
    assert.deepEqual(
      result.entries.map((e) => e.joint),
      c.joint,
    );
  });
}

// R: quantile(c(1, 2, 3, 4)) → 1, 1.75, 2.5, 3.25, 4 (type 7). quantile(c(10, 20, 30, 40, 50))
// → 10, 20, 30, 40, 50. A single LA's value has no quartiles to speak of: no band ("quartile D").
const cutCases: { values: number[]; cuts: number[] }[] = [
  { values: [4, 1, 3, 2], cuts: [1, 1.75, 2.5, 3.25, 4] },
  { values: [10, 20, 30, 40, 50], cuts: [10, 20, 30, 40, 50] },
  { values: [0.1, 0.2, 0.3], cuts: [0.1, 0.15, 0.2, 0.25, 0.3] },
];

for (const c of cutCases) {
  test(`type-7 cut points of ${c.values.join(', ')} are ${c.cuts.join(', ')}`, () => {
    assert.deepEqual(quartileCutPoints(c.values), c.cuts);
  });
}

test('no cut points without values, nor for one LA alone', () => {
  assert.equal(quartileCutPoints([]), null);
  assert.equal(quartileCutPoints([7]), null);
});

// Bands include their upper edge; A is the best quarter for the measure's polarity.
const cuts = [10, 20, 30, 40, 50] as const;
const bandCases: { value: number; polarity: 'higher' | 'lower'; band: string; why: string }[] = [
  { value: 45, polarity: 'higher', band: 'A', why: 'above q75, higher is better' },
  { value: 40, polarity: 'higher', band: 'B', why: 'exactly q75 belongs to the band below it' },
  { value: 30, polarity: 'higher', band: 'C', why: 'exactly q50' },
  { value: 20, polarity: 'higher', band: 'D', why: 'exactly q25' },
  { value: 10, polarity: 'higher', band: 'D', why: 'the lowest value' },
  { value: 20, polarity: 'lower', band: 'A', why: 'at or below q25, lower is better' },
  { value: 25, polarity: 'lower', band: 'B', why: 'between q25 and q50' },
  { value: 40, polarity: 'lower', band: 'C', why: 'exactly q75' },
  { value: 41, polarity: 'lower', band: 'D', why: 'above q75, lower is better' },
];

for (const c of bandCases) {
  test(`band ${c.band} for ${c.value} (${c.why})`, () => {
    assert.equal(quartileBand(c.value, cuts, c.polarity), c.band);
  });
}

test('no band for a "no quartile" measure, a measure with no direction, or a missing value', () => {
  assert.equal(quartileBand(45, cuts, 'higher', true), null);
  assert.equal(quartileBand(45, cuts, 'neither'), null);
  assert.equal(quartileBand(null, cuts, 'higher'), null);
});

test('LAIT dictionary polarity words', () => {
  assert.equal(polarityFromLait('High'), 'higher');
  assert.equal(polarityFromLait('Low'), 'lower');
  assert.equal(polarityFromLait('-'), 'neither');
  assert.equal(polarityFromLait('NA'), 'neither');
});
