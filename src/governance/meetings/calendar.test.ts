import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boardCalendar, meetingTime } from './calendar.ts';

// Seed 001's notice: "FRIDAY, 30 SEPTEMBER 2016 AT 3.30 PM". Times as notices write them.
const times: { text: string; time: [number, number] | null }[] = [
  { text: '3.30 pm', time: [15, 30] },
  { text: '10 am', time: [10, 0] },
  { text: '12 pm', time: [12, 0] },
  { text: '12.15 am', time: [0, 15] },
  { text: '14:00', time: [14, 0] },
  { text: '13 pm', time: null },
  { text: 'after the Schools Forum', time: null },
];
for (const t of times) {
  test(`"${t.text}" is ${t.time ? t.time.join(':') : 'no time'}`, () => {
    assert.deepEqual(meetingTime(t.text), t.time);
  });
}

test('a board’s meetings as an iCalendar file: seed 001’s meeting at 15:30 local time, where it is held', () => {
  const ics = boardCalendar(
    [
      {
        id: 1,
        heldOn: '2016-09-30',
        startsAt: '3.30 pm',
        venue: 'Conference Room B - Second Floor, Civic Offices',
        boardName: 'Education Advisory Board',
      },
      {
        id: 2,
        heldOn: '2016-12-02',
        startsAt: 'to be agreed',
        venue: null,
        boardName: 'Education Advisory Board',
      },
    ],
    'https://beacon.example',
  );
  assert.match(ics, /^BEGIN:VCALENDAR/);
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 2);
  assert.match(ics, /DTSTART:20160930T153000\r?\n/);
  assert.match(ics, /LOCATION:Conference Room B - Second Floor\\, Civic Offices/);
  assert.match(ics, /URL:https:\/\/beacon\.example\/meetings\/1/);
  assert.match(ics, /DTSTART;VALUE=DATE:20161202/);
});
