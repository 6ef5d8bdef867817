import assert from 'node:assert/strict';
import { test } from 'node:test';
import { academicYearLabel, parsePeriod } from './periods.ts';
import { readDfeValue } from './dfeValues.ts';
import { canonical } from './compare/numbers.ts';

// Every period form in DfE's LAIT file (data/external/dfe-lait), and forms it must refuse.
const periods: { text: string; expected: ReturnType<typeof parsePeriod>; why: string }[] = [
  { text: '2019', expected: { label: '2019', end: 2019, status: 'final' }, why: 'academic year by its end' },
  { text: '2019 (Rev)', expected: { label: '2019', end: 2019, status: 'revised' }, why: 'revised figures' },
  { text: '2020 (Final)', expected: { label: '2020', end: 2020, status: 'final' }, why: 'final figures' },
  {
    text: '2025 (prov)',
    expected: { label: '2025', end: 2025, status: 'provisional' },
    why: 'provisional figures',
  },
  {
    text: '2018/19',
    expected: { label: '2018/19', end: 2019, status: 'final' },
    why: 'academic or financial year',
  },
  { text: '1999/00', expected: { label: '1999/00', end: 2000, status: 'final' }, why: 'across a century' },
  {
    text: '2019-20 (OT)',
    expected: { label: '2019-20', end: 2020, status: 'final' },
    why: 'financial outturn',
  },
  {
    text: '2014-16',
    expected: { label: '2014-16', end: 2016, status: 'final' },
    why: 'three-year rolling period',
  },
  {
    text: '2013/14-15/16',
    expected: { label: '2013/14-15/16', end: 2016, status: 'final' },
    why: 'rolling academic years',
  },
  { text: '0', expected: null, why: 'LAIT’s CINPermExclusion has "0" rows' },
  { text: '2018/20', expected: null, why: 'an academic year is one year long' },
  { text: '19/20', expected: null, why: 'a two-digit start year' },
  { text: '2019 (maybe)', expected: null, why: 'an unknown status' },
  { text: '2019-2020', expected: null, why: 'not a form DfE uses' },
];

for (const c of periods) {
  test(`period "${c.text}": ${c.why}`, () => {
    assert.deepEqual(parsePeriod(c.text), c.expected);
  });
}

test('pages write academic years as 2018/19', () => {
  assert.equal(academicYearLabel(2019), '2018/19');
  assert.equal(academicYearLabel(2000), '1999/00');
});

// SPEC "Rules": DfE codes are "no value" with the code kept, never zero.
const values: { text: string; expected: ReturnType<typeof readDfeValue> }[] = [
  { text: '65', expected: { value: 65, suppression: null } },
  { text: '4.0599999999999996', expected: { value: 4.06, suppression: null } },
  { text: '-0.03', expected: { value: -0.03, suppression: null } },
  // LAIT writes small figures in E notation, some through a binary float (lait_bds_long_all_measures.csv).
  { text: '1.34E-2', expected: { value: 0.0134, suppression: null } },
  { text: '-7.0000000000000007E-2', expected: { value: -0.07, suppression: null } },
  { text: '123456789012.345', expected: { value: 123456789012.345, suppression: null } },
  { text: '-', expected: { value: null, suppression: '-' } },
  { text: 'SUPP', expected: { value: null, suppression: 'SUPP' } },
  { text: 'NE', expected: { value: null, suppression: 'NE' } },
  { text: 'x', expected: { value: null, suppression: 'x' } },
  { text: '..', expected: { value: null, suppression: '..' } },
  { text: 'LOWCOV', expected: { value: null, suppression: 'LOWCOV' } },
];

for (const c of values) {
  test(`value "${c.text}"`, () => {
    assert.deepEqual(readDfeValue(c.text), c.expected);
  });
}

test('a short text is read to the same double as the canonical rule gives it', () => {
  // Up to 15 characters means up to 15 significant digits, which survive toPrecision(15) unchanged.
  for (const text of ['12.13', '0.1', '1.34E-2', '-0', '007', '99.9999999999999', '1e-300', '.5']) {
    const read = readDfeValue(text);
    assert.ok('value' in read && read.value !== null, text);
    assert.ok(Object.is(read.value, canonical(Number(text))), text);
  }
});

test('anything else is an error, never zero', () => {
  for (const text of ['', 'n/a', '12%', '1,234', 'abc']) {
    const read = readDfeValue(text);
    assert.ok('error' in read, text);
  }
});
