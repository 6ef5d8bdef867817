import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldDateParts } from './forms.ts';

// GOV.UK's date input (design-system.service.gov.uk/components/date-input) posts day, month and
// year as three boxes named after the field; the services check one YYYY-MM-DD field.
const cases: { given: Record<string, string>; folded: Record<string, string>; why: string }[] = [
  {
    why: 'a date typed in full, with the leading zeros people leave out',
    given: { 'heldOn-day': '3', 'heldOn-month': '9', 'heldOn-year': '2016', title: 'SAM' },
    folded: { heldOn: '2016-09-03', title: 'SAM' },
  },
  {
    why: 'boxes with spaces around the numbers',
    given: { 'heldOn-day': ' 14 ', 'heldOn-month': '11 ', 'heldOn-year': ' 2016' },
    folded: { heldOn: '2016-11-14' },
  },
  {
    why: 'three empty boxes: no date given',
    given: { 'at-day': '', 'at-month': '', 'at-year': '' },
    folded: { at: '' },
  },
  {
    why: 'a month that does not exist is folded as typed, for the service’s check to refuse',
    given: { 'dueOn-day': '31', 'dueOn-month': '2', 'dueOn-year': '2017' },
    folded: { dueOn: '2017-02-31' },
  },
  {
    why: 'a word in a box is kept as typed, so the boxes show it again',
    given: { 'dueOn-day': 'first', 'dueOn-month': '2', 'dueOn-year': '2017' },
    folded: { dueOn: '2017-2-first' },
  },
  {
    why: 'a two-digit year is not guessed at',
    given: { 'dueOn-day': '1', 'dueOn-month': '2', 'dueOn-year': '17' },
    folded: { dueOn: '17-2-1' },
  },
  {
    why: 'two date inputs on one form',
    given: {
      'startsOn-day': '1',
      'startsOn-month': '9',
      'startsOn-year': '2016',
      'endsOn-day': '31',
      'endsOn-month': '8',
      'endsOn-year': '2017',
    },
    folded: { startsOn: '2016-09-01', endsOn: '2017-08-31' },
  },
  {
    why: 'a field that only ends in -day, with no month or year beside it, is left alone',
    given: { 'open-day': 'Monday' },
    folded: { 'open-day': 'Monday' },
  },
  {
    why: 'a form already posting YYYY-MM-DD is left alone',
    given: { heldOn: '2016-09-03' },
    folded: { heldOn: '2016-09-03' },
  },
];

for (const c of cases) {
  test(`folds a date input: ${c.why}`, () => {
    assert.deepEqual(foldDateParts(c.given), c.folded);
  });
}
