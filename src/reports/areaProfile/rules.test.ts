import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildAreaProfile,
  fromSchools,
  ofHundred,
  pupilWeighted,
  type CouncilFigure,
  type ProfileSchool,
} from './rules.ts';

// Seed 004, section 2: "If Sefton's Parliamentary Constituencies had 100 Children … 29 will live in
// poverty". A rate becomes a number of 100 children, half away from zero (SPEC "Rules", as every
// rounded figure in Beacon).
const ofHundredCases: { rate: number; children: number; why: string }[] = [
  { rate: 29, children: 29, why: 'seed 004, Bootle: 29 will live in poverty, entered whole' },
  { rate: 28.5, children: 29, why: 'a half goes away from zero' },
  { rate: 28.49, children: 28, why: 'below a half goes down' },
  { rate: 8.45, children: 8, why: 'only the first place decides' },
  { rate: 92.5, children: 93, why: 'seed 004, expected progress near the top' },
  { rate: 0.4, children: 0, why: 'fewer than half a child is none' },
  { rate: 100, children: 100, why: 'every child' },
];

for (const c of ofHundredCases) {
  test(`${String(c.rate)}% is ${String(c.children)} of 100 children (${c.why})`, () => {
    assert.equal(ofHundred(c.rate), c.children);
  });
}

test('the pupil-weighted rate is the rate among all the pupils together, not the schools’ average', () => {
  // 10% of 100 pupils and 40% of 300: 130 of 400 pupils, 32.5%; the plain average would be 25%.
  assert.deepEqual(
    pupilWeighted([
      { value: 10, weight: 100 },
      { value: 40, weight: 300 },
    ]),
    { rate: 32.5, pupils: 400 },
  );
  assert.equal(pupilWeighted([{ value: 10, weight: 0 }]), null, 'no pupils, no rate');
});

const school = (over: Partial<ProfileSchool> & { urn: number }): ProfileSchool => ({
  areaName: 'Bootle',
  phaseGroup: 'Primary',
  stateFunded: true,
  numberOnRoll: 200,
  percentageFsm: null,
  grade: null,
  figures: new Map(),
  ...over,
});
const ks2 = (value: number | null, cohort: number | null, periodEnd: number) => ({
  value,
  cohort,
  period: String(periodEnd),
  periodEnd,
});

test('a school figure comes from each school’s latest year the area has, weighted by its cohort', () => {
  const schools = [
    school({ urn: 1, figures: new Map([['KS2RWM_Expected_STD', [ks2(50, 30, 2018), ks2(60, 40, 2019)]]]) }),
    // Only 2018: the area's year is 2019, so this school does not count.
    school({ urn: 2, figures: new Map([['KS2RWM_Expected_STD', [ks2(90, 60, 2018)]]]) }),
    // A suppressed figure is no figure.
    school({ urn: 3, figures: new Map([['KS2RWM_Expected_STD', [ks2(null, 10, 2019)]]]) }),
    // No cohort given: its pupils on roll weigh it.
    school({ urn: 4, numberOnRoll: 60, figures: new Map([['KS2RWM_Expected_STD', [ks2(80, null, 2019)]]]) }),
  ];
  const worked = fromSchools({ kind: 'schoolFigure', indicator: 'KS2RWM_Expected_STD' }, schools);
  // (60 × 40 + 80 × 60) ÷ 100 = 72.
  assert.deepEqual(worked, { rate: 72, pupils: 100, schools: 2, period: '2018/19' });
});

test('persistent absence counts secondary schools only; free school meals and Ofsted grades count pupils on roll', () => {
  const schools = [
    school({ urn: 1, phaseGroup: 'Secondary', numberOnRoll: 1000, percentageFsm: 20, grade: 2 }),
    school({ urn: 2, phaseGroup: 'Primary', numberOnRoll: 250, percentageFsm: 40, grade: 3 }),
    // An independent school has no place in "% in good or outstanding schools" (SPEC, seed 003).
    school({ urn: 3, stateFunded: false, numberOnRoll: 500, percentageFsm: null, grade: 1 }),
  ];
  const absence = [10, 30];
  schools.forEach((s, i) => {
    if (absence[i] !== undefined)
      (s.figures as Map<string, ReturnType<typeof ks2>[]>).set('SCH_ABS_PERSISTENT', [
        ks2(absence[i], null, 2019),
      ]);
  });
  assert.deepEqual(
    fromSchools({ kind: 'schoolFigure', indicator: 'SCH_ABS_PERSISTENT', phaseGroup: 'Secondary' }, schools),
    { rate: 10, pupils: 1000, schools: 1, period: '2018/19' },
  );
  // (20 × 1000 + 40 × 250) ÷ 1250 = 24.
  assert.deepEqual(fromSchools({ kind: 'registerFsm' }, schools), {
    rate: 24,
    pupils: 1250,
    schools: 2,
    period: null,
  });
  // 1000 of 1250 pupils in graded state-funded schools are in a good one.
  assert.deepEqual(fromSchools({ kind: 'goodOrOutstanding' }, schools), {
    rate: 80,
    pupils: 1250,
    schools: 2,
    period: null,
  });
});

const council = (indicatorKey: string, value: number, periodEnd = 2015): CouncilFigure => ({
  areaCode: 'E14000581',
  indicatorKey,
  value,
  period: String(periodEnd),
  periodEnd,
  publishedDecimals: 0,
});

test('the council’s own figure comes before the schools’; lines no area has are left out', () => {
  const profile = buildAreaProfile({
    areas: [
      { code: 'E14000581', name: 'Bootle' },
      { code: null, name: 'Southport' },
    ],
    schools: [
      school({ urn: 1, areaName: 'BOOTLE', percentageFsm: 50, numberOnRoll: 100 }),
      school({ urn: 2, areaName: 'Southport', percentageFsm: 12.5, numberOnRoll: 100 }),
    ],
    council: [
      council('AREA_FSM_ELIGIBLE', 27, 2014),
      council('AREA_FSM_ELIGIBLE', 28),
      council('AREA_CHILD_POVERTY', 29),
    ],
    rules: { smallCohortThreshold: 6, seesSmallCohorts: false },
  });
  assert.deepEqual(
    profile.lines.map((l) => l.key),
    ['AREA_CHILD_POVERTY', 'AREA_FSM_ELIGIBLE'],
    'in the seed’s order: poverty, then free school meals',
  );
  const [bootle, southport] = profile.areas;
  assert.ok(bootle);
  assert.deepEqual(
    bootle.lines.map((l) => [l.figure?.source, l.figure?.children, l.figure?.period]),
    [
      ['council', 29, '2015'],
      ['council', 28, '2015'],
    ],
    'Bootle: the council’s latest, not its school’s 50%',
  );
  assert.equal(bootle.schools, 1, 'the register’s name matches whatever its case');
  assert.deepEqual(
    southport?.lines.map((l) => (l.figure ? [l.figure.source, l.figure.children] : null)),
    [null, ['schools', 13]],
    'Southport: no poverty figure; 12.5% eligible is 13 of 100',
  );
});

test('a rate from fewer pupils than the small-cohort threshold is withheld from those who may not see it', () => {
  const input = {
    areas: [{ code: null, name: 'Tiny ward' }],
    schools: [school({ urn: 1, areaName: 'Tiny ward', percentageFsm: 40, numberOnRoll: 5 })],
    council: [],
  };
  const hidden = buildAreaProfile({ ...input, rules: { smallCohortThreshold: 6, seesSmallCohorts: false } });
  assert.deepEqual(hidden.areas[0]?.lines[0]?.figure, {
    key: 'AREA_FSM_ELIGIBLE',
    words: 'will be eligible for free school meals',
    title: 'Pupils eligible for free school meals (%)',
    source: 'schools',
    rate: null,
    decimals: 1,
    children: null,
    period: null,
    schools: 1,
    pupils: null,
    withheld: true,
  });
  const shown = buildAreaProfile({ ...input, rules: { smallCohortThreshold: 6, seesSmallCohorts: true } });
  assert.equal(shown.areas[0]?.lines[0]?.figure?.children, 40);
});
