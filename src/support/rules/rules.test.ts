import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moveProblem, type DeploymentStatus } from './deployment.ts';
import { capacityProblem, daysLeft } from './capacity.ts';
import { conflictWith, type LeaderTies } from './conflicts.ts';
import { prepareCandidates, suggestFrom, suggestLeaders, type Candidate } from './matching.ts';

// SPEC C6, 4: a deployment moves proposed → agreed → deployed → completed, or is declined or
// cancelled; each move is one step, never back and never skipping one.
const moves: { from: DeploymentStatus; to: DeploymentStatus; allowed: boolean; why: string }[] = [
  { from: 'proposed', to: 'agreed', allowed: true, why: 'the school agrees' },
  { from: 'proposed', to: 'declined', allowed: true, why: 'the school declines' },
  { from: 'agreed', to: 'deployed', allowed: true, why: 'the work starts' },
  { from: 'deployed', to: 'completed', allowed: true, why: 'the work ends' },
  { from: 'deployed', to: 'cancelled', allowed: true, why: 'stopped part way' },
  { from: 'proposed', to: 'deployed', allowed: false, why: 'skips agreeing it' },
  { from: 'proposed', to: 'completed', allowed: false, why: 'skips two steps' },
  { from: 'deployed', to: 'agreed', allowed: false, why: 'goes backwards' },
  { from: 'agreed', to: 'declined', allowed: false, why: 'an agreed deployment is cancelled, not declined' },
  { from: 'completed', to: 'deployed', allowed: false, why: 'a completed deployment does not move again' },
  { from: 'cancelled', to: 'proposed', allowed: false, why: 'nor does a cancelled one' },
];
for (const m of moves) {
  test(`deployment ${m.from} → ${m.to}: ${m.allowed ? 'allowed' : 'refused'} (${m.why})`, () => {
    assert.equal(moveProblem(m.from, m.to) === null, m.allowed);
  });
}

test('a refused move says where the deployment can go', () => {
  assert.equal(
    moveProblem('proposed', 'deployed'),
    'A proposed deployment moves to agreed, declined or cancelled, not to deployed',
  );
  assert.equal(moveProblem('completed', 'deployed'), 'The deployment is completed: it does not move again');
});

// Seed 000, 2.5: leaders are commissioned "for an agreed number of days". Days still held count in
// the academic year their deployment is in.
const capacityCases: {
  days: number;
  committed: { days: number; academicYear: number }[];
  asked: number;
  refused: boolean;
  why: string;
}[] = [
  {
    days: 20,
    committed: [
      { days: 8, academicYear: 2016 },
      { days: 6, academicYear: 2016 },
    ],
    asked: 6,
    refused: false,
    why: 'exactly the 6 days left',
  },
  {
    days: 20,
    committed: [
      { days: 8, academicYear: 2016 },
      { days: 6, academicYear: 2016 },
    ],
    asked: 6.5,
    refused: true,
    why: 'half a day over',
  },
  {
    days: 20,
    committed: [{ days: 18, academicYear: 2015 }],
    asked: 20,
    refused: false,
    why: 'last year’s days do not count',
  },
  { days: 0, committed: [], asked: 0.5, refused: true, why: 'a leader with no days' },
];
for (const c of capacityCases) {
  test(`capacity: ${c.why}`, () => {
    assert.equal(
      capacityProblem({ name: 'An NLE', daysPerYear: c.days }, c.committed, 2016, c.asked) !== null,
      c.refused,
    );
  });
}

test('the capacity refusal gives the days left and the days a year', () => {
  assert.equal(
    capacityProblem({ name: 'An NLE', daysPerYear: 20 }, [{ days: 19, academicYear: 2016 }], 2016, 2),
    'An NLE has 1 day left of 20 days this year: 2 days would put them over',
  );
  assert.equal(
    daysLeft(
      10,
      [
        { days: 2.5, academicYear: 2016 },
        { days: 0.5, academicYear: 2016 },
      ],
      2016,
    ),
    7,
  );
});

const leader: LeaderTies = {
  homeUrn: 990003,
  trustId: 'DEMO-T1',
  declared: [{ urn: 990008, trustId: null, reason: 'their partner teaches there' }],
};
const conflicts: {
  school: { urn: number; name: string; trustId: string | null };
  conflict: string | null;
}[] = [
  {
    school: { urn: 990003, name: 'Southsea Common Academy', trustId: 'DEMO-T1' },
    conflict: 'Southsea Common Academy is their own school',
  },
  {
    school: { urn: 990005, name: 'Eastney Marsh Academy', trustId: 'DEMO-T1' },
    conflict: 'Eastney Marsh Academy is in their own trust',
  },
  {
    school: { urn: 990008, name: 'A school', trustId: null },
    conflict: 'they have declared an interest: their partner teaches there',
  },
  { school: { urn: 990002, name: 'Spinnaker Junior School', trustId: null }, conflict: null },
];
for (const c of conflicts) {
  test(`conflict of interest with ${c.school.name}: ${c.conflict ?? 'none'}`, () => {
    assert.equal(conflictWith(leader, c.school), c.conflict);
  });
}

const candidate = (over: Partial<Candidate> & { id: number; name: string }): Candidate => ({
  designation: 'NLE',
  specialisms: [],
  expiresOn: null,
  daysLeft: 10,
  homeUrn: null,
  trustId: null,
  declared: [],
  ...over,
});

test('matching: the school’s needs first, then its phase, then days left; never a conflict, an expired designation or no days', () => {
  const school = { urn: 990002, name: 'Spinnaker Junior School', trustId: null };
  const suggested = suggestLeaders(
    school,
    { phase: 'Primary', areas: ['maths', 'leadership'] },
    [
      candidate({ id: 1, name: 'Maths only', specialisms: ['maths'], daysLeft: 30 }),
      candidate({
        id: 2,
        name: 'Both, secondary',
        specialisms: ['maths', 'leadership', 'secondary'],
        daysLeft: 5,
      }),
      candidate({
        id: 3,
        name: 'Both, primary',
        specialisms: ['Maths', 'Leadership', 'primary'],
        daysLeft: 2,
      }),
      candidate({ id: 4, name: 'Own school', specialisms: ['maths', 'leadership'], homeUrn: 990002 }),
      candidate({ id: 5, name: 'Expired', specialisms: ['maths', 'leadership'], expiresOn: '2016-08-31' }),
      candidate({ id: 6, name: 'No days', specialisms: ['maths', 'leadership'], daysLeft: 0 }),
      candidate({ id: 7, name: 'Nothing needed', specialisms: ['SEND'], daysLeft: 40 }),
    ],
    '2016-10-01',
  );
  assert.deepEqual(
    suggested.map((s) => s.id),
    [3, 2, 1, 7],
  );
  assert.equal(
    suggested[0]?.reason,
    'specialises in maths, leadership; Primary phase; 2 days left; no conflict of interest',
  );
  assert.equal(suggested[3]?.reason, 'no specialism the school needs; 40 days left; no conflict of interest');
});

test('matching many schools from one prepared directory gives each school the head of its own list', () => {
  const directory = [
    candidate({ id: 1, name: 'Primary maths', specialisms: ['primary', 'maths'], daysLeft: 4 }),
    candidate({ id: 2, name: 'Secondary', specialisms: ['secondary'], daysLeft: 9, homeUrn: 990006 }),
    candidate({ id: 3, name: 'Ada', specialisms: ['primary'], daysLeft: 4 }),
    candidate({ id: 4, name: 'Expired', specialisms: ['primary'], expiresOn: '2016-08-31' }),
  ];
  const prepared = prepareCandidates(directory, '2016-10-01');
  const schools = [
    { urn: 990002, name: 'Spinnaker Junior School', trustId: null, phase: 'Primary' },
    { urn: 990006, name: 'A secondary', trustId: null, phase: 'Secondary' },
  ];
  for (const s of schools) {
    const need = { phase: s.phase, areas: [] };
    const all = suggestLeaders(s, need, directory, '2016-10-01');
    assert.deepEqual(suggestFrom(prepared, s, need, 2), all.slice(0, 2));
  }
  // The primary school: both primary leaders, tied on days, by name; the secondary: its own leader is out.
  assert.deepEqual(
    suggestFrom(
      prepared,
      schools[0] ?? { urn: 0, name: '', trustId: null },
      { phase: 'Primary', areas: [] },
      2,
    ).map((s) => s.id),
    [3, 1],
  );
  assert.deepEqual(
    suggestFrom(prepared, schools[1] ?? { urn: 0, name: '', trustId: null }, {
      phase: 'Secondary',
      areas: [],
    }).map((s) => s.id),
    [3, 1],
  );
});
