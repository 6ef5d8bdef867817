import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quintileCutPoints, quintileWords } from './quintiles.ts';

// DfE's Inspection Data Summary Report (IDSR) guidance places a school's context figures in the
// quintile of all schools they fall in: "well below average" (lowest 20%), "below average",
// "average", "above average", "well above average" (highest 20%). Cut points by R's type-7
// quantile, as LAIT's quartiles (SPEC "Rules"); each band includes its upper edge.
const tenSchools = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

test('cut points of 1..10 are the type-7 20th, 40th, 60th and 80th percentiles', () => {
  // h = 9p: 1.8 → 2.8, 3.6 → 4.6, 5.4 → 6.4, 7.2 → 8.2
  assert.deepEqual(quintileCutPoints(tenSchools), [2.8, 4.6, 6.4, 8.2]);
});

const cases: { value: number | null; words: string | null; why: string }[] = [
  { value: 1, words: 'well below average', why: 'the lowest school' },
  { value: 2.8, words: 'well below average', why: 'on the 20th percentile: bands include their upper edge' },
  { value: 2.81, words: 'below average', why: 'just above the 20th percentile' },
  { value: 4.6, words: 'below average', why: 'on the 40th percentile' },
  { value: 5.5, words: 'average', why: 'the middle fifth' },
  { value: 8.2, words: 'above average', why: 'on the 80th percentile' },
  { value: 8.3, words: 'well above average', why: 'above the 80th percentile' },
  { value: 10, words: 'well above average', why: 'the highest school' },
  { value: null, words: null, why: 'no figure: no band' },
];

for (const c of cases) {
  test(`${String(c.value)} is ${String(c.words)} (${c.why})`, () => {
    assert.equal(quintileWords(c.value, quintileCutPoints(tenSchools)), c.words);
  });
}

test('fewer than five schools give no quintiles, so no words', () => {
  assert.equal(quintileCutPoints([1, 2, 3, 4]), null);
  assert.equal(quintileWords(3, quintileCutPoints([1, 2, 3, 4])), null);
});

test('float noise does not move a school across a cut: 0.1 + 0.2 sits on a cut of 0.3', () => {
  assert.equal(quintileWords(0.1 + 0.2, [0.3, 0.5, 0.7, 0.9]), 'well below average');
});
