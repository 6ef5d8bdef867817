import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interventionProblems, type InterventionRequest, type InterventionSchool } from './interventions.ts';

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
