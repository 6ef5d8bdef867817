import assert from 'node:assert/strict';
import { test } from 'node:test';
import { approves, attendanceOf, budgetByFunder, sessionProblem } from './commissioning.ts';

// Commissioning rules (SPEC C6, 2 and 3). The programme's dates and workshops are seed 000 4.2's:
// Challenge the Gap ran "June, Sept, Nov 2016 & Jan, March, June 2017".

const challengeTheGap = { startsOn: '2016-06-01', endsOn: '2017-07-21', schools: [990026, 990027, 990028] };

const sessions: { case: string; heldOn: string; attended: number[]; problem: string | null }[] = [
  { case: 'the first workshop, June 2016', heldOn: '2016-06-15', attended: [990026, 990027], problem: null },
  { case: 'the last workshop, June 2017', heldOn: '2017-06-14', attended: [], problem: null },
  { case: 'on the programme’s first day', heldOn: '2016-06-01', attended: [990028], problem: null },
  {
    case: 'before the programme starts',
    heldOn: '2016-05-31',
    attended: [],
    problem: 'A session is held while the programme runs, between 1 June 2016 and 21 July 2017',
  },
  {
    case: 'after it ends',
    heldOn: '2017-09-01',
    attended: [],
    problem: 'A session is held while the programme runs, between 1 June 2016 and 21 July 2017',
  },
  {
    case: 'a school not taking part',
    heldOn: '2016-09-21',
    attended: [990026, 990001],
    problem: 'School 990001 is not taking part in the programme',
  },
];

for (const c of sessions)
  test(`a session ${c.case}: ${c.problem ?? 'recorded'}`, () => {
    assert.equal(sessionProblem(challengeTheGap, c)?.message ?? null, c.problem);
  });

test('attendance: each school’s sessions, and the share of places taken', () => {
  const { bySchool, overall } = attendanceOf(challengeTheGap.schools, [
    { attended: [990026, 990027] },
    { attended: [990026] },
    { attended: [990026, 990027, 990028] },
  ]);
  assert.deepEqual(
    [...bySchool.entries()],
    [
      [990026, 3],
      [990027, 2],
      [990028, 1],
    ],
  );
  assert.equal(overall, 6 / 9);
  assert.equal(attendanceOf(challengeTheGap.schools, []).overall, null);
});

test('the budget by funder leaves withdrawn work out, largest first', () => {
  assert.deepEqual(
    budgetByFunder([
      { budget: 120000, funder: 'Council', status: 'in progress' },
      { budget: 36000, funder: 'Schools Forum', status: 'in progress' },
      { budget: 9000, funder: 'Council', status: 'commissioned' },
      { budget: 50000, funder: 'Schools Forum', status: 'withdrawn' },
    ]),
    [
      { funder: 'Council', budget: 129000 },
      { funder: 'Schools Forum', budget: 36000 },
    ],
  );
});

const outcomes: [string, boolean][] = [
  ['approved', true],
  ['approved as amended', true],
  // Seed 001's Education Advisory Board "noted" its report: noting approves nothing.
  ['noted', false],
  ['deferred', false],
  ['rejected', false],
];
for (const [outcome, approving] of outcomes)
  test(`a decision ${outcome} ${approving ? 'approves' : 'does not approve'} a plan`, () => {
    assert.equal(approves(outcome), approving);
  });
