import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakBetween, breaksWithin, notComparable } from './breaks.ts';
import { changeSinceLastYear, directionOf, trendOver } from './trend.ts';
import { difference } from './numbers.ts';

// Methodology breaks in SPEC "Rules" and the DfE statements they come from.
const breakCases: {
  family: Parameters<typeof breakBetween>[0];
  from: number;
  to: number;
  crosses: boolean;
  why: string;
}[] = [
  {
    family: 'ks2Attainment',
    from: 2015,
    to: 2016,
    crosses: true,
    why: 'new KS2 assessments in 2016 (seed 001)',
  },
  { family: 'ks2Attainment', from: 2016, to: 2017, crosses: false, why: 'both the new assessments' },
  { family: 'ks2Attainment', from: 2019, to: 2022, crosses: true, why: 'no national tests in 2020 and 2021' },
  { family: 'ks2Attainment', from: 2022, to: 2023, crosses: false, why: 'consecutive years after the pause' },
  { family: 'ks2Progress', from: 2023, to: 2024, crosses: true, why: 'no KS2 progress in 2024' },
  { family: 'progress8', from: 2024, to: 2025, crosses: true, why: 'no Progress 8 in 2025' },
  { family: 'progress8', from: 2018, to: 2019, crosses: false, why: 'Progress 8 unchanged 2018 to 2019' },
  { family: 'ks4Attainment', from: 2016, to: 2017, crosses: true, why: 'GCSE 9-1 grading from 2017' },
  {
    family: 'eyfs',
    from: 2015,
    to: 2016,
    crosses: false,
    why: 'seed 001 compares GLD 2015 (69%) with 2016 (69.7%)',
  },
  {
    family: 'ofstedOverall',
    from: 2024,
    to: 2025,
    crosses: true,
    why: 'no overall grades from September 2024',
  },
  { family: 'other', from: 2019, to: 2020, crosses: false, why: 'absence has no break here' },
];

for (const c of breakCases) {
  test(`${c.family} ${c.from} → ${c.to} ${c.crosses ? 'crosses a break' : 'is comparable'}: ${c.why}`, () => {
    assert.equal(breakBetween(c.family, c.from, c.to) !== null, c.crosses);
  });
}

test('direction says better or worse by polarity, not up or down', () => {
  assert.equal(directionOf(0.7, 'higher'), 'better');
  assert.equal(directionOf(0.7, 'lower'), 'worse');
  assert.equal(directionOf(-0.2, 'lower'), 'better');
  assert.equal(directionOf(0.5, 'neither'), 'increased');
  // Changes come from the exact decimal difference, so 0.1 + 0.2 against 0.3 is no change.
  assert.equal(directionOf(difference(0.1 + 0.2, 0.3), 'higher'), 'no change');
});

test('change since last year: seed 001 EYFSP GLD 69% (2015) → 69.7% (2016) is 0.7 better', () => {
  const series = [
    { period: 2015, value: 69 },
    { period: 2016, value: 69.7 },
  ];
  assert.deepEqual(changeSinceLastYear(series, 2016, 'eyfs', 'higher'), {
    value: 0.7,
    direction: 'better',
    trendBreak: null,
  });
});

// What a table says in place of the change: the break's own reason, from the one list of breaks.
const notComparableCases: {
  family: Parameters<typeof breakBetween>[0];
  from: number;
  to: number;
  says: string;
  source: string;
}[] = [
  {
    family: 'progress8',
    from: 2019,
    to: 2022,
    says: 'Not comparable (grades teacher-assessed in 2020 and 2021)',
    source: 'DfE: 2020 and 2021 GCSE grades were centre and teacher assessed',
  },
  {
    family: 'ks4Attainment',
    from: 2019,
    to: 2020,
    says: 'Not comparable (grades teacher-assessed in 2020 and 2021)',
    source: 'DfE: 2020 and 2021 GCSE grades were centre and teacher assessed',
  },
  {
    family: 'ks4Attainment',
    from: 2016,
    to: 2017,
    says: 'Not comparable (GCSEs graded 9 to 1 from 2017)',
    source: 'DfE: reformed GCSEs in English and maths graded 9 to 1 from 2017',
  },
  {
    family: 'ks2Attainment',
    from: 2015,
    to: 2016,
    says: 'Not comparable (new assessments in 2016)',
    source: 'seed 001: the new KS2 assessments of 2016',
  },
];

for (const c of notComparableCases) {
  test(`${c.family} ${c.from} → ${c.to} says "${c.says}" (${c.source})`, () => {
    const crossed = breakBetween(c.family, c.from, c.to);
    assert.ok(crossed);
    assert.equal(notComparable(crossed), c.says);
  });
}

test('change since last year never crosses the 2016 KS2 break (seed 001 "previous measure")', () => {
  const series = [
    { period: 2015, value: 80 },
    { period: 2016, value: 47.6 },
  ];
  const change = changeSinceLastYear(series, 2016, 'ks2Attainment', 'higher');
  assert.equal(change.value, null);
  assert.match(change.trendBreak?.reason ?? '', /not comparable with 2015/);
});

test('no change when last year has no value, and no break is claimed', () => {
  const change = changeSinceLastYear([{ period: 2018, value: 4.1 }], 2018, 'other', 'lower');
  assert.deepEqual(change, { value: null, direction: null, trendBreak: null });
});

// LAIT England KS2 RWM expected (data/external/dfe-lait/SOURCE.md): 2016 54, 2017 62, 2018 65,
// 2019 65, 2022 59, 2023 60, 2024 61.
const england = [
  { period: 2016, value: 54 },
  { period: 2017, value: 62 },
  { period: 2018, value: 65 },
  { period: 2019, value: 65 },
  { period: 2020, value: null },
  { period: 2021, value: null },
  { period: 2022, value: 59 },
  { period: 2023, value: 60 },
  { period: 2024, value: 61 },
];

test('three-year trend 2017–2019 for England KS2 RWM: +3, better', () => {
  const t = trendOver(england, 2019, 3, 'ks2Attainment', 'higher');
  assert.deepEqual(t, { from: 2017, to: 2019, change: 3, direction: 'better', points: 3, shortenedBy: null });
});

test('five-year trend to 2024 starts after the 2020–21 pause and says so', () => {
  const t = trendOver(england, 2024, 5, 'ks2Attainment', 'higher');
  assert.equal(t?.from, 2022);
  assert.equal(t.change, 2);
  assert.equal(t.points, 3);
  assert.match(t.shortenedBy ?? '', /No national assessments in 2020 and 2021/);
});

test('no trend when the end year has no value or only one comparable year remains', () => {
  assert.equal(trendOver(england, 2021, 3, 'ks2Attainment', 'higher'), null);
  assert.equal(trendOver(england, 2022, 3, 'ks2Attainment', 'higher'), null);
});

test('the breaks a run of years crosses: KS2 2015 to 2023 crosses 2016’s new tests and the return in 2022', () => {
  const years = [2015, 2016, 2017, 2018, 2019, 2022, 2023];
  assert.deepEqual(
    breaksWithin('ks2Attainment', years).map((b) => b.period),
    [2016, 2022],
  );
  assert.deepEqual(breaksWithin('other', years), []);
});
