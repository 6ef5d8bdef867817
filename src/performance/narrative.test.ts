import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  changeSentence,
  gapSentence,
  judgedFigure,
  ordinal,
  rankSentence,
  type GapStatement,
} from './narrative.ts';

const ordinals: [number, string][] = [
  [1, '1st'],
  [2, '2nd'],
  [3, '3rd'],
  [4, '4th'],
  [11, '11th'],
  [12, '12th'],
  [13, '13th'],
  [21, '21st'],
  [22, '22nd'],
  [101, '101st'],
  [111, '111th'],
  [140, '140th'],
];
for (const [n, expected] of ordinals) {
  test(`ordinal ${String(n)} is ${expected}`, () => {
    assert.equal(ordinal(n), expected);
  });
}

test('seed 001, 3.5: "Portsmouth is provisionally joint 140th out of 150 local authorities nationally in 2016."', () => {
  assert.equal(
    rankSentence({
      area: 'Portsmouth',
      rank: 140,
      of: 150,
      joint: true,
      status: 'provisional',
      year: '2016',
    }),
    'Portsmouth is provisionally joint 140th out of 150 local authorities nationally in 2016.',
  );
  assert.equal(
    rankSentence({ area: 'Plymouth', rank: 21, of: 151, joint: false, status: 'final', year: '2018/19' }),
    'Plymouth is 21st out of 151 local authorities nationally in 2018/19.',
  );
});

const gap = (over: Partial<GapStatement>): GapStatement => ({
  now: -5.4,
  before: -2,
  polarity: 'higher',
  comparator: 'national',
  decimalPlaces: 1,
  unit: 'points',
  ...over,
});

// Seed 001's KS2 attainment table (2016 gap and 2015 gap to national), and polarity for lower-better.
const gaps: { name: string; statement: GapStatement; expected: string }[] = [
  {
    name: 'seed 001, RWM combined: −5.4 in 2016 against −2 in 2015, printed as published',
    statement: gap({ beforeDecimalPlaces: 0 }),
    expected: 'below national, and the gap has widened from −2 to −5.4 points',
  },
  {
    name: 'seed 001, writing: −1.7 against −1',
    statement: gap({ now: -1.7, before: -1 }),
    expected: 'below national, and the gap has widened from −1.0 to −1.7 points',
  },
  {
    name: 'a gap that narrowed',
    statement: gap({ now: -1.2, before: -3 }),
    expected: 'below national, and the gap has narrowed from −3.0 to −1.2 points',
  },
  {
    name: 'crossing to above national',
    statement: gap({ now: 0.8, before: -0.4 }),
    expected: 'above national, having been below national last year (−0.4 to 0.8 points)',
  },
  {
    name: 'absence (lower is better) above national is worse, and says so',
    statement: gap({ now: 0.6, before: 0.3, polarity: 'lower', unit: 'percentage points' }),
    expected:
      'higher than national, which is worse, and the gap has widened from 0.3 to 0.6 percentage points',
  },
  {
    name: 'absence below national is better',
    statement: gap({ now: -0.2, before: null, polarity: 'lower', unit: 'percentage points' }),
    expected: 'lower than national, which is better (−0.2 percentage points)',
  },
  {
    name: 'equal at the shown precision: unchanged',
    statement: gap({ now: -2.04, before: -1.96 }),
    expected: 'below national, the gap unchanged at −2.0 points',
  },
  {
    name: 'in line',
    statement: gap({ now: 0, before: null }),
    expected: 'in line with national (0.0 points)',
  },
];
for (const c of gaps) {
  test(`gap sentence: ${c.name}`, () => {
    assert.equal(gapSentence(c.statement), c.expected);
  });
}

test('seed 001, 3.7: KS4 English and maths A*–C "improving from 52.6% to 57.5%"; lower-better measures worsen as they rise', () => {
  assert.equal(changeSentence(52.6, 57.5, 'higher', 1, '%'), 'improved from 52.6% to 57.5%');
  assert.equal(changeSentence(4.5, 4.9, 'lower', 1, '%'), 'worsened from 4.5% to 4.9%');
  assert.equal(changeSentence(4.9, 4.5, 'lower', 1, '%'), 'improved from 4.9% to 4.5%');
  assert.equal(changeSentence(120, 130, 'neither', 0, ''), 'rose from 120 to 130');
  assert.equal(changeSentence(57.51, 57.49, 'higher', 1, '%'), 'unchanged at 57.5%');
});

// A gap as a table prints it, and how it reads for the measure: words, never only a direction.
const judged: {
  value: number;
  places: number;
  polarity: 'higher' | 'lower' | 'neither';
  text: string;
  words: string;
  source: string;
}[] = [
  {
    value: -1.7,
    places: 1,
    polarity: 'higher',
    text: '−1.7',
    words: 'worse than national',
    source: 'seed 001 KS2 writing',
  },
  {
    value: 0.4,
    places: 1,
    polarity: 'higher',
    text: '0.4',
    words: 'better than national',
    source: 'seed 001 EYFSP',
  },
  {
    value: 0.8,
    places: 1,
    polarity: 'lower',
    text: '0.8',
    words: 'worse than national',
    source: 'seed 000: absence above national',
  },
  {
    value: 0.04,
    places: 1,
    polarity: 'higher',
    text: '0.0',
    words: 'in line with national',
    source: 'rounds to nothing as printed',
  },
  {
    value: -3,
    places: 0,
    polarity: 'neither',
    text: '−3',
    words: 'below national',
    source: 'no better direction',
  },
];
for (const c of judged) {
  test(`a gap of ${String(c.value)} reads "${c.words}" (${c.source})`, () => {
    const cell = judgedFigure(c.value, c.places, c.polarity, 'national');
    assert.deepEqual([cell.text, cell.judgement?.words], [c.text, c.words]);
  });
}
