import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildLandscape, type LandscapeInspection, type LandscapeSchool } from './landscape.ts';
import { isStateFunded } from './rules/stateFunded.ts';

// Seed 003 counts % good or outstanding over state-funded schools, as DfE's statistics do. Types are
// GIAS's TypeOfEstablishment names and DfE's school list (NFTYPE) names.
const types: { type: string; stateFunded: boolean }[] = [
  { type: 'Community school', stateFunded: true },
  { type: 'Academy converter', stateFunded: true },
  { type: 'Free schools 16 to 19', stateFunded: true },
  { type: 'University technical college', stateFunded: true },
  { type: 'Pupil referral unit', stateFunded: true },
  { type: 'City technology college', stateFunded: true },
  { type: 'Other independent school', stateFunded: false },
  { type: 'Other independent special school', stateFunded: false },
  { type: 'Non-maintained special school', stateFunded: false },
  { type: 'Further education', stateFunded: false },
  { type: 'Sixth form centres', stateFunded: false },
  { type: 'Sixth form college', stateFunded: false },
  { type: 'General further education college', stateFunded: false },
];

for (const c of types) {
  test(`${c.type} is ${c.stateFunded ? '' : 'not '}state-funded`, () => {
    assert.equal(isStateFunded(c.type), c.stateFunded);
  });
}

const school = (urn: number, establishmentType: string): LandscapeSchool => ({
  urn,
  name: `School ${String(urn)}`,
  phase: 'Primary',
  phaseGroup: 'Primary',
  establishmentType,
  isAcademy: false,
  status: 'Open',
  openedOn: '2000-01-01',
  closedOn: null,
  trustId: null,
  trustName: null,
  trustType: null,
});

const inspection = (urn: number, grade: number): LandscapeInspection => ({
  urn,
  inspectedOn: '2018-01-10',
  framework: 'graded',
  overallEffectiveness: grade,
  categoryOfConcern: null,
});

test('% good or outstanding counts state-funded schools unless all establishments are asked for', () => {
  const schools = [
    school(1, 'Community school'),
    school(2, 'Academy converter'),
    school(3, 'Community school'),
    school(4, 'Other independent school'),
    school(5, 'Further education'),
  ];
  const inspections = [
    inspection(1, 2),
    inspection(2, 1),
    inspection(3, 3),
    inspection(4, 1),
    inspection(5, 1),
  ];
  const input = { schools, inspections, earlyYears: [], earlier: '2018-09-01', later: '2019-09-01' };
  const stateFunded = buildLandscape(input).goodOrOutstanding;
  assert.deepEqual(
    [
      stateFunded.counted,
      stateFunded.total.later.good,
      stateFunded.total.later.graded,
      stateFunded.total.later.percent,
    ],
    ['stateFunded', 2, 3, 67],
  );
  const all = buildLandscape({ ...input, counted: 'all' }).goodOrOutstanding;
  assert.deepEqual(
    [all.counted, all.total.later.good, all.total.later.graded, all.total.later.percent],
    ['all', 4, 5, 80],
  );
  // The register's other figures still cover every open establishment.
  assert.equal(buildLandscape(input).openSchools, 5);
});
