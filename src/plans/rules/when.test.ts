import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readWhen, timelinessOf } from './when.ts';

// Seed 000's own "By whom and when" entries, and what Beacon reads in each.
const cases: {
  text: string;
  dueBy: string | null;
  startsOn?: string | null;
  recurrence?: string | null;
  understood: boolean;
}[] = [
  { text: 'By Sept 2016', dueBy: '2016-09-30', understood: true },
  { text: 'By April 2017', dueBy: '2017-04-30', understood: true },
  { text: 'From Jan 2017', dueBy: null, startsOn: '2017-01-01', understood: true },
  { text: 'June 2016', dueBy: '2016-06-30', understood: true },
  { text: 'May - Sept 2016', dueBy: '2016-09-30', startsOn: '2016-05-01', understood: true },
  { text: '2016/17', dueBy: '2017-08-31', understood: true },
  { text: 'By Dec 2016 By Sept 2016 Annual', dueBy: '2016-09-30', recurrence: 'annual', understood: true },
  {
    text: 'By Sept 2016 Half termly SAM meetings',
    dueBy: '2016-09-30',
    recurrence: 'half termly',
    understood: true,
  },
  { text: 'As above Termly', dueBy: null, recurrence: 'termly', understood: true },
  {
    text: 'From May 2016 Annual',
    dueBy: null,
    startsOn: '2016-05-01',
    recurrence: 'annual',
    understood: true,
  },
  { text: 'On-going', dueBy: null, understood: true },
  // Seed 000 writes terms: "Spring 2016" is January to Easter, so due by the end of April at latest.
  { text: 'Spring 2016', dueBy: '2016-04-30', startsOn: '2016-01-01', understood: true },
  { text: 'By Summer Term 2017', dueBy: '2017-07-31', startsOn: null, understood: true },
  { text: 'From autumn 2016', dueBy: null, startsOn: '2016-09-01', understood: true },
  // Seed 000 action 6.4 says "206/17": a typing slip, kept as written and flagged, never guessed.
  { text: '206/17', dueBy: null, understood: false },
  { text: '2016/18', dueBy: null, understood: false },
  { text: 'When the partnership agrees', dueBy: null, understood: false },
];

for (const c of cases) {
  test(`"${c.text}"`, () => {
    const when = readWhen(c.text);
    assert.equal(when.understood, c.understood);
    assert.equal(when.dueBy, c.dueBy);
    if (c.startsOn !== undefined) assert.equal(when.startsOn, c.startsOn);
    if (c.recurrence !== undefined) assert.equal(when.recurrence, c.recurrence);
    assert.equal(when.text, c.text);
  });
}

const timeliness: [string, string, boolean, string][] = [
  ['By Sept 2016', '2016-10-01', false, 'overdue'],
  ['By Sept 2016', '2016-10-01', true, 'not due'],
  ['By Sept 2016', '2016-09-10', false, 'due soon'],
  ['By Sept 2016', '2016-06-01', false, 'not due'],
  ['Termly', '2016-06-01', false, 'no date'],
];
for (const [text, today, complete, expected] of timeliness) {
  test(`"${text}" on ${today}${complete ? ', complete' : ''} is ${expected}`, () => {
    assert.equal(timelinessOf(readWhen(text), today, complete), expected);
  });
}
