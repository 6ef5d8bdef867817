import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  canonical,
  commonDecimals,
  formatFigure,
  printedDecimals,
  roundHalfAwayFromZero,
} from './numbers.ts';
import { averageOf, gap, gapWidth, halvedGap, widthDirection } from './gap.ts';

// SPEC "Rules": round half away from zero, for display only.
const rounding: { value: number; dp: number; expected: number; text: string; source: string }[] = [
  { value: 87.5, dp: 0, expected: 88, text: '88', source: 'SPEC: 87.5% → 88%' },
  { value: -0.45, dp: 1, expected: -0.5, text: '-0.5', source: 'SPEC: -0.45 → -0.5 at 1 dp' },
  { value: 74.3, dp: 0, expected: 74, text: '74', source: 'seed 001: national writing 74.3 shows as 74' },
  {
    value: 1.005,
    dp: 2,
    expected: 1.01,
    text: '1.01',
    source: 'a decimal tie that binary floats put below half',
  },
  {
    value: 4.6500000000000004,
    dp: 1,
    expected: 4.7,
    text: '4.7',
    source: 'LAIT stores Values with binary noise',
  },
  { value: 2.5, dp: 0, expected: 3, text: '3', source: 'away from zero, not to even' },
  { value: -2.5, dp: 0, expected: -3, text: '-3', source: 'away from zero on the negative side' },
  { value: -0.04, dp: 1, expected: 0, text: '0.0', source: 'a value that rounds to zero shows no sign' },
  { value: 69.7, dp: 1, expected: 69.7, text: '69.7', source: 'seed 001: EYFSP GLD 69.7' },
];

for (const c of rounding) {
  test(`${c.value} at ${c.dp} dp → ${c.text} (${c.source})`, () => {
    assert.equal(roundHalfAwayFromZero(c.value, c.dp), c.expected);
    assert.equal(formatFigure(c.value, c.dp), c.text);
  });
}

// Gaps are computed from stored values and then rounded: seed 001's tables.
const gaps: { entity: number; comparator: number; shown: string; source: string }[] = [
  {
    entity: 72.6,
    comparator: 74.3,
    shown: '-1.7',
    source: 'seed 001 KS2 writing: 72.6 vs national 74 (74.3 stored) → -1.7',
  },
  { entity: 47.6, comparator: 53, shown: '-5.4', source: 'seed 001 KS2 RWM: 47.6 vs 53 → -5.4' },
  { entity: 61.3, comparator: 66, shown: '-4.7', source: 'seed 001 KS2 reading: 61.3 vs 66 → -4.7' },
  {
    entity: 63.8,
    comparator: 70.1,
    shown: '-6.3',
    source: 'seed 001 KS2 maths: 63.8 vs 70 (70.1 stored) → -6.3',
  },
  {
    entity: 69.7,
    comparator: 69.3,
    shown: '0.4',
    source: 'seed 001 EYFSP GLD: 69.7 vs proxy national 69.3 → 0.4',
  },
  { entity: 72.6, comparator: 74.0, shown: '-1.4', source: 'seed 001 KS1 reading: 72.6 vs 74.0 → -1.4' },
  { entity: 58.5, comparator: 60.3, shown: '-1.8', source: 'seed 001 KS1 combined: 58.5 vs 60.3 → -1.8' },
  { entity: 6.14, comparator: 5.5, shown: '0.6', source: 'seed 002: NEET 6.14% against the 5.5% target' },
];

for (const c of gaps) {
  test(`gap ${c.source}`, () => {
    const value = gap(c.entity, c.comparator);
    assert.ok(value !== null);
    assert.equal(formatFigure(value, 1), c.shown);
  });
}

test('a gap is exact in decimal, and below the comparator is negative', () => {
  assert.equal(gap(72.6, 74.3), -1.7);
  assert.equal(gap(74.3, 72.6), 1.7);
  assert.equal(gap(null, 74.3), null);
  assert.equal(gap(72.6, null), null);
});

test('the neighbours’ average ignores missing values and is exact in decimal', () => {
  assert.equal(averageOf([0.1, 0.2, null]), 0.15);
  assert.equal(averageOf([null, null]), null);
  assert.equal(averageOf([60, 61, 62, 63]), 61.5);
});

test('canonical strips binary noise and refuses what is not a number', () => {
  assert.equal(canonical(4.6500000000000004), 4.65);
  assert.equal(canonical(0.1 + 0.2), 0.3);
  assert.throws(() => canonical(Number.NaN), RangeError);
});

// How many places a figure is shown to: as printed, else the catalogue's, else what it holds.
const printing: {
  value: number;
  published: number | null;
  catalogue: number | null;
  shown: string;
  source: string;
}[] = [
  {
    value: 74.3,
    published: 0,
    catalogue: null,
    shown: '74',
    source: 'seed 001: England writing 2016 printed "74"',
  },
  {
    value: 74,
    published: 1,
    catalogue: null,
    shown: '74.0',
    source: 'seed 001: KS1 reading proxy national "74.0"',
  },
  {
    value: -1.6,
    published: 1,
    catalogue: 2,
    shown: '-1.6',
    source: 'seed 001: progress printed to 1 place, LAIT dps 2',
  },
  { value: -1.6, published: null, catalogue: 2, shown: '-1.60', source: 'LAIT dictionary: progress dps 2' },
  { value: 48, published: null, catalogue: null, shown: '48', source: 'LAIT: Portsmouth KS2 RWM 2016 "48"' },
  {
    value: 69.599999999999994,
    published: null,
    catalogue: null,
    shown: '69.6',
    source: 'LAIT: Portsmouth GLD 2016, with binary noise',
  },
  {
    value: 1 / 3,
    published: null,
    catalogue: null,
    shown: '0.33',
    source: 'a computed figure: at most two places',
  },
];

for (const c of printing) {
  test(`${c.value} is shown as ${c.shown} (${c.source})`, () => {
    assert.equal(formatFigure(c.value, printedDecimals(c.value, c.published, c.catalogue)), c.shown);
  });
}

// Gaps between groups are judged by their size, whichever group is ahead (seed 000, success measures).
const widths: { gap: number; comparedWith: number; dp: number; expected: string; source: string }[] = [
  {
    gap: -12,
    comparedWith: -20,
    dp: 0,
    expected: 'narrower',
    source: 'seed 000: "closed to less than the gap nationally"',
  },
  { gap: -10, comparedWith: -20, dp: 0, expected: 'narrower', source: 'seed 000: "a halving of the gaps"' },
  { gap: -21, comparedWith: -20, dp: 0, expected: 'wider', source: 'a wider gap than nationally' },
  { gap: 3, comparedWith: -5, dp: 0, expected: 'narrower', source: 'the other group ahead, by less' },
  { gap: -20.04, comparedWith: -19.96, dp: 1, expected: 'the same', source: 'equal once rounded as printed' },
  { gap: -0.6, comparedWith: -0.4, dp: 2, expected: 'wider', source: 'Progress 8 to two places' },
];
for (const c of widths) {
  test(`a gap of ${c.gap} against ${c.comparedWith} is ${c.expected} (${c.source})`, () => {
    assert.equal(gapWidth(c.gap, c.comparedWith, c.dp), c.expected);
  });
}

// A gap that narrows is better, whichever group is ahead (seed 000: "closed to less than the gap").
const widthDirections = [
  { gap: -12, before: -20, expected: 'better', source: 'seed 000: a gap closing towards nothing' },
  { gap: 3, before: -5, expected: 'better', source: 'the other group now ahead, by less' },
  { gap: -21, before: -20, expected: 'worse', source: 'a gap opening further' },
  { gap: -20.04, before: -19.96, expected: 'no change', source: 'the same once printed to 1 place' },
] as const;
for (const c of widthDirections) {
  test(`a gap of ${c.gap} after ${c.before} reads ${c.expected} (${c.source})`, () => {
    assert.equal(widthDirection(gapWidth(c.gap, c.before, 1)), c.expected);
  });
}

// Seed 000: "a halving of the gaps to their comparators"; the target keeps the gap's side, and is
// exact from the stored figure (DfE's gaps are published to one place).
const halvings = [
  { baseline: -20.3, expected: -10.15, source: 'seed 000: disadvantaged pupils behind their peers' },
  { baseline: 8.1, expected: 4.05, source: 'seed 000: a group ahead of its comparator' },
  { baseline: -0.3, expected: -0.15, source: 'a gap smaller than a point' },
  { baseline: 0, expected: 0, source: 'no gap to halve' },
];
for (const c of halvings) {
  test(`halving a gap of ${c.baseline} sets a target of ${c.expected} (${c.source})`, () => {
    assert.equal(halvedGap(c.baseline), c.expected);
  });
}

test('a column of figures prints to one number of places: the catalogue’s, else the most any holds, at most two', () => {
  assert.equal(commonDecimals([48, 53.5, null], null), 1); // LAIT: whole LA figures beside England's 53.5
  assert.equal(commonDecimals([-1.234, 0.5], null), 2);
  assert.equal(commonDecimals([48, 53], 1), 1); // the catalogue says 1 place
  assert.equal(commonDecimals([null], null), 0);
});
