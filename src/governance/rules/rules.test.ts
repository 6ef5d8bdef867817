import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agendaShown, type AgendaChoice } from './agendaShown.ts';
import { termEndingSoon } from './seats.ts';
import { quorumFractionProblem, quorumOf } from './quorum.ts';
import {
  isLate,
  isWorkingDay,
  noticeGiven,
  noticeRuleProblem,
  publishBy,
  type NoticeRule,
} from './notice.ts';

// Seed 001, Strategic Board terms of reference, 6: "The quorum shall be 50% of the members of the
// Strategic Board present." Its membership (5) lists 20 places.
const quorumCases: {
  members: number;
  present: number;
  fraction: number;
  needed: number;
  quorate: boolean;
  why: string;
}[] = [
  {
    members: 21,
    present: 11,
    fraction: 0.5,
    needed: 11,
    quorate: true,
    why: 'seed 001: half of 21 is 10.5, so 11',
  },
  { members: 21, present: 10, fraction: 0.5, needed: 11, quorate: false, why: 'seed 001: 10 of 21 is short' },
  { members: 20, present: 10, fraction: 0.5, needed: 10, quorate: true, why: 'exactly half is half' },
  { members: 10, present: 3, fraction: 0.3, needed: 3, quorate: true, why: '30% of 10 is 3, not 4' },
  { members: 7, present: 7, fraction: 1, needed: 7, quorate: true, why: 'everyone' },
  {
    members: 0,
    present: 0,
    fraction: 0.5,
    needed: 1,
    quorate: false,
    why: 'a board with no voting members never decides',
  },
];
for (const c of quorumCases) {
  test(`quorum: ${String(c.present)} of ${String(c.members)} at ${String(c.fraction * 100)}% (${c.why})`, () => {
    assert.deepEqual(quorumOf(c.members, c.present, c.fraction), {
      votingMembers: c.members,
      present: c.present,
      needed: c.needed,
      quorate: c.quorate,
    });
  });
}

test('a board whose terms set no quorum needs one voting member present (seed 001’s Operational Group)', () => {
  assert.deepEqual(quorumOf(14, 0, null), { votingMembers: 14, present: 0, needed: 1, quorate: false });
  assert.equal(quorumOf(14, 1, null).quorate, true);
});

for (const fraction of [0, -0.5, 1.01, Number.NaN]) {
  test(`a quorum of ${String(fraction)} is refused`, () => {
    assert.match(quorumFractionProblem(fraction) ?? '', /more than 0% and no more than 100%/);
  });
}
test('a quorum of 50% or 100% is a rule', () => {
  assert.equal(quorumFractionProblem(0.5), null);
  assert.equal(quorumFractionProblem(1), null);
});

const week: NoticeRule = { days: 7, counted: 'calendar' };
const committee: NoticeRule = { days: 5, counted: 'clearWorking' };

// Seed 001's Education Advisory Board met on Friday 30 September 2016. Its own boards send papers
// "at least one week in advance"; a council committee gives five clear working days.
const noticeCases: { meeting: string; rule: NoticeRule; publishBy: string; why: string }[] = [
  {
    meeting: '2016-09-30',
    rule: week,
    publishBy: '2016-09-23',
    why: 'seed 001: a week before Friday 30 September',
  },
  {
    meeting: '2016-09-30',
    rule: committee,
    publishBy: '2016-09-22',
    why: 'five clear working days: 23, 26, 27, 28, 29 September, so published by Thursday 22nd',
  },
  {
    meeting: '2017-01-03',
    rule: committee,
    publishBy: '2016-12-21',
    why: 'bank holidays 26 and 27 December 2016 and 2 January 2017 do not count',
  },
  {
    meeting: '2026-04-07',
    rule: committee,
    publishBy: '2026-03-26',
    why: 'Good Friday 3 and Easter Monday 6 April 2026 do not count: 27, 30, 31 March, 1 and 2 April',
  },
  {
    meeting: '2016-09-30',
    rule: { days: 0, counted: 'clearWorking' },
    publishBy: '2016-09-30',
    why: 'no notice asked',
  },
];
for (const c of noticeCases) {
  test(`papers for ${c.meeting} with ${String(c.rule.days)} ${c.rule.counted} days are due by ${c.publishBy} (${c.why})`, () => {
    assert.equal(publishBy(c.meeting, c.rule), c.publishBy);
    assert.equal(isLate(c.publishBy, c.meeting, c.rule), false, 'on the day is on time');
    const dayAfter = new Date(Date.parse(`${c.publishBy}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    assert.equal(isLate(dayAfter, c.meeting, c.rule), true, 'a day later is late');
    assert.ok(noticeGiven(c.publishBy, c.meeting, c.rule.counted) >= c.rule.days);
  });
}

test('working days: weekends and bank holidays in England are not', () => {
  assert.deepEqual(
    ['2016-09-30', '2016-10-01', '2016-10-02', '2016-12-27', '2022-09-19', '2023-05-08'].map(isWorkingDay),
    [true, false, false, false, false, false],
  );
});

test('a negative or fractional notice period is refused', () => {
  assert.match(noticeRuleProblem({ days: -1, counted: 'calendar' }) ?? '', /whole number of days, 0 or more/);
  assert.match(noticeRuleProblem({ days: 2.5, counted: 'clearWorking' }) ?? '', /whole number/);
  assert.equal(noticeRuleProblem(committee), null);
});

// A long meeting page read a kind of item at a time (seed 001's Strategic Board agenda: apologies,
// declarations, minutes, matters arising, then reports).
const agenda = [
  { id: 1, kind: 'apologies', decision: null },
  { id: 2, kind: 'minutes', decision: { outcome: 'approved' } },
  { id: 3, kind: 'report', decision: null },
  { id: 4, kind: 'report', decision: { outcome: 'noted' } },
  { id: 5, kind: 'future meetings', decision: null },
];
const agendaCases: { show: AgendaChoice; ids: number[] }[] = [
  { show: 'all', ids: [1, 2, 3, 4, 5] },
  { show: 'to discuss', ids: [3] },
  { show: 'decided', ids: [2, 4] },
  { show: 'with papers', ids: [4] },
];
for (const c of agendaCases) {
  test(`a meeting's agenda shows ${c.show}: items ${c.ids.join(', ')}`, () => {
    assert.deepEqual(
      agendaShown(agenda, c.show, [{ agendaItemId: 4 }, { agendaItemId: null }]).map((i) => i.id),
      c.ids,
    );
  });
}

// A term is flagged, and its holder reminded, from the board's warning period before it ends
// (the board's terms of reference; 60 days unless they say otherwise) until its last day.
const termCases: { termEnd: string | null; today: string; days: number; ending: boolean }[] = [
  { termEnd: '2027-03-31', today: '2027-02-28', days: 30, ending: false },
  { termEnd: '2027-03-31', today: '2027-03-01', days: 30, ending: true },
  { termEnd: '2027-03-31', today: '2027-03-31', days: 30, ending: true },
  { termEnd: '2027-03-31', today: '2027-04-01', days: 30, ending: false },
  { termEnd: '2026-12-20', today: '2026-10-21', days: 60, ending: true },
  { termEnd: null, today: '2026-10-21', days: 60, ending: false },
];
for (const c of termCases)
  test(`a term ending ${String(c.termEnd)} is ${c.ending ? '' : 'not '}ending on ${c.today} with ${String(c.days)} days’ warning`, () => {
    assert.equal(termEndingSoon(c.termEnd, c.today, c.days), c.ending);
  });
