import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  inForceOn,
  interventionProblems,
  type InterventionRequest,
  type InterventionSchool,
} from './interventions.ts';
import { movement } from './movement.ts';

const maintained: InterventionSchool = { isAcademy: false, currentGrade: 3, categoryOfConcern: null };
const inadequateMaintained: InterventionSchool = {
  isAcademy: false,
  currentGrade: 4,
  categoryOfConcern: 'Special measures',
};
const academy: InterventionSchool = { isAcademy: true, currentGrade: 4, categoryOfConcern: null };
const request = (over: Partial<InterventionRequest>): InterventionRequest => ({
  kind: 'school review group',
  startedOn: '2026-09-01',
  complianceBy: null,
  details: '',
  ...over,
});

// Each case cites where the rule comes from: seed 000 (Portsmouth's plan, actions 2.4 and 3.2) and
// DfE's "Schools causing concern" guidance (SCC), which the seed's action 3.1 follows.
const cases: { name: string; school: InterventionSchool; request: InterventionRequest; fields: string[] }[] =
  [
    {
      name: 'a warning notice for a maintained school, with its compliance date (seed 000, 3.2; SCC: the notice states the period)',
      school: maintained,
      request: request({ kind: 'warning notice', complianceBy: '2026-09-16' }),
      fields: [],
    },
    {
      name: 'a warning notice for an academy is refused: it is an RSC matter (seed 000, 2.4)',
      school: academy,
      request: request({ kind: 'warning notice', complianceBy: '2026-09-16' }),
      fields: ['kind'],
    },
    {
      name: 'a warning notice without the end of its compliance period',
      school: maintained,
      request: request({ kind: 'warning notice' }),
      fields: ['complianceBy'],
    },
    {
      name: 'a compliance period that ends before the notice',
      school: maintained,
      request: request({ kind: 'warning notice', complianceBy: '2026-08-01' }),
      fields: ['complianceBy'],
    },
    {
      name: 'an Interim Executive Board for an academy is refused (seed 000, 3.2: a power over maintained schools)',
      school: academy,
      request: request({ kind: 'interim executive board' }),
      fields: ['kind'],
    },
    {
      name: 'an academy order for an inadequate maintained school (SCC: the Secretary of State must make one)',
      school: inadequateMaintained,
      request: request({ kind: 'academy order' }),
      fields: [],
    },
    {
      name: 'an academy order for a maintained school that is not inadequate is refused',
      school: maintained,
      request: request({ kind: 'academy order' }),
      fields: ['kind'],
    },
    {
      name: 'a referral of an academy to the RSC with the record of support already offered (seed 000, 2.4)',
      school: academy,
      request: request({
        kind: 'referral to the regional schools commissioner',
        details: 'Three SIO visits; review of governance',
      }),
      fields: [],
    },
    {
      name: 'a referral to the RSC without that record',
      school: academy,
      request: request({ kind: 'referral to the regional schools commissioner' }),
      fields: ['details'],
    },
    {
      name: 'a maintained school is not referred to the RSC',
      school: maintained,
      request: request({ kind: 'referral to the regional schools commissioner', details: 'Visits' }),
      fields: ['kind'],
    },
    {
      name: 'a School Review Group suits any school of maximum concern (seed 000, 3.2)',
      school: academy,
      request: request({ kind: 'school review group' }),
      fields: [],
    },
  ];

for (const c of cases) {
  test(`intervention: ${c.name}`, () => {
    assert.deepEqual(
      interventionProblems(c.school, c.request).map((p) => p.field),
      c.fields,
    );
  });
}

// The Operational Group reports "interventions in force" for the half term (seed 001, 2.3).
const notice = { status: 'complied', startedOn: '2026-10-20', endedOn: '2026-11-03' };
const inForceCases: [
  string,
  { status: string; startedOn: string; endedOn: string | null },
  string,
  boolean,
][] = [
  ['a notice complied with in November was in force in October', notice, '2026-10-25', true],
  ['not before it was issued', notice, '2026-10-19', false],
  ['not from the day it ended', notice, '2026-11-03', false],
  [
    'an open-ended IEB stays in force',
    { status: 'in force', startedOn: '2025-01-01', endedOn: null },
    '2026-10-01',
    true,
  ],
  [
    'a withdrawn one never was',
    { status: 'withdrawn', startedOn: '2026-10-20', endedOn: null },
    '2026-10-25',
    false,
  ],
];
for (const [name, intervention, on, expected] of inForceCases) {
  test(`in force: ${name}`, () => {
    assert.equal(inForceOn(intervention, on), expected);
  });
}

const order = ['minimum', 'moderate', 'maximum'];
const movements: [string | null, string | null, ReturnType<typeof movement>][] = [
  [null, 'moderate', 'new'],
  ['moderate', 'maximum', 'up'],
  ['maximum', 'minimum', 'down'],
  ['moderate', 'moderate', 'same'],
  ['moderate', null, 'left'],
];
for (const [before, now, expected] of movements) {
  test(`movement since the last report: ${String(before)} → ${String(now)} is ${expected}`, () => {
    assert.equal(movement(order, before, now), expected);
  });
}
