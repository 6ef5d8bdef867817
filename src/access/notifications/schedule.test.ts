import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayDue } from './schedule.ts';
import { nextAttempt } from './outbox.ts';
import { reminderOf } from '../../plans/reminders.ts';
import { readWhen } from '../../plans/rules/when.ts';

// The daily run's day: today once the hour has come in UK time, else yesterday's (catching up after
// downtime). British Summer Time ends on 25 October 2026, so 06:00 in December is 06:00 UTC.
const days: { now: string; at: string; day: string; why: string }[] = [
  { now: '2026-12-03T06:30:00Z', at: '06:00', day: '2026-12-03', why: 'after the hour: today' },
  {
    now: '2026-12-03T05:59:00Z',
    at: '06:00',
    day: '2026-12-02',
    why: 'before the hour: yesterday’s, if it was missed',
  },
  {
    now: '2026-07-01T05:30:00Z',
    at: '06:00',
    day: '2026-07-01',
    why: 'summer time: 05:30 UTC is 06:30 in London',
  },
  {
    now: '2027-01-01T00:10:00Z',
    at: '06:00',
    day: '2026-12-31',
    why: 'just after midnight on New Year’s Day',
  },
];
for (const c of days) {
  test(`daily work at ${c.at}: ${c.why}`, () => {
    assert.equal(dayDue(new Date(c.now), c.at), c.day);
  });
}

test('a failed email is tried again after 1, 2, 4, 8 … minutes, never more than an hour apart', () => {
  const from = new Date('2026-12-03T09:00:00Z');
  assert.deepEqual(
    [1, 2, 3, 4, 8].map((attempts) => (nextAttempt(attempts, from).getTime() - from.getTime()) / 60_000),
    [1, 2, 4, 8, 60],
  );
});

// Seed 000's actions are due "By Sept 2016", "Dec 2016" …: on 14 November 2016 (the demonstration's
// day) an action due by 30 September is overdue, one due by 18 November is due soon, one in
// December is not yet reminded of.
const reminders: { dueBy: string | null; reminder: ReturnType<typeof reminderOf> }[] = [
  { dueBy: '2016-09-30', reminder: 'overdue' },
  { dueBy: '2016-11-14', reminder: 'due soon' },
  { dueBy: '2016-11-21', reminder: 'due soon' },
  { dueBy: '2016-11-22', reminder: null },
  { dueBy: '2016-12-31', reminder: null },
  { dueBy: null, reminder: null },
];
for (const c of reminders) {
  test(`an action due by ${c.dueBy ?? 'no date'} on 14 November 2016: ${c.reminder ?? 'no reminder'}`, () => {
    assert.equal(reminderOf({ ...readWhen(''), dueBy: c.dueBy }, '2016-11-14'), c.reminder);
  });
}
