import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatDateTime } from './format.ts';

// Dates are shown in UK time whatever the server's zone (GOV.UK style: "24 November 2026").
const cases: { input: string; date: string; dateTime: string }[] = [
  { input: '2026-11-24T15:02:00Z', date: '24 November 2026', dateTime: '24 November 2026 at 3:02pm' },
  // British Summer Time: 23:30 UTC on 31 August is already 1 September in London.
  { input: '2016-08-31T23:30:00Z', date: '1 September 2016', dateTime: '1 September 2016 at 12:30am' },
  { input: '2016-09-30T14:30:00Z', date: '30 September 2016', dateTime: '30 September 2016 at 3:30pm' },
];

for (const c of cases) {
  test(`formats ${c.input} as ${c.dateTime}`, () => {
    assert.equal(formatDate(c.input), c.date);
    assert.equal(formatDateTime(c.input), c.dateTime);
  });
}

test('shows nothing for a missing date', () => {
  assert.equal(formatDate(null), '');
  assert.equal(formatDateTime(undefined), '');
});
