import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goodOrOutstandingByPhase, percentGoodOrOutstanding, type SchoolGrade } from './goodOrOutstanding.ts';
import { currentGrade, frameworkOn, readJudgement, type InspectionForGrade } from './inspections.ts';
import {
  isAcademyType,
  phaseGroupOf,
  phaseOf,
  phaseOfEducationFromSpine,
  type PhaseGroup,
} from './phases.ts';
import { isOpenOn, readDate } from './dates.ts';

// Seed 003 (Plymouth KPI report, December 2015), "Ofsted Grades – Plymouth Schools / Academies":
// good or outstanding ÷ total, September 2014 and September 2015.
const seed003: {
  phaseGroup: PhaseGroup | 'Total';
  at: string;
  good: number;
  graded: number;
  percent: number;
}[] = [
  { phaseGroup: 'Primary', at: 'Sep-14', good: 51, graded: 67, percent: 76 },
  { phaseGroup: 'Primary', at: 'Sep-15', good: 54, graded: 70, percent: 77 },
  { phaseGroup: 'Secondary', at: 'Sep-14', good: 12, graded: 16, percent: 75 },
  { phaseGroup: 'Secondary', at: 'Sep-15', good: 12, graded: 16, percent: 75 },
  { phaseGroup: 'Special', at: 'Sep-14', good: 7, graded: 8, percent: 88 },
  { phaseGroup: 'Special', at: 'Sep-15', good: 7, graded: 8, percent: 88 },
  { phaseGroup: 'Total', at: 'Sep-14', good: 70, graded: 91, percent: 77 },
  { phaseGroup: 'Total', at: 'Sep-15', good: 73, graded: 94, percent: 78 },
];

for (const row of seed003) {
  test(`seed 003: ${row.phaseGroup} ${row.at} ${row.good}/${row.graded} is ${row.percent}%`, () => {
    assert.equal(percentGoodOrOutstanding(row.good, row.graded), row.percent);
  });
}

/** Schools whose grades reproduce one column of seed 003's table: good ones graded 2, the rest 3 or 4. */
function plymouthSchools(at: 'Sep-14' | 'Sep-15'): SchoolGrade[] {
  return seed003
    .filter((row) => row.at === at && row.phaseGroup !== 'Total')
    .flatMap((row) =>
      Array.from({ length: row.graded }, (_, i) => ({
        phaseGroup: row.phaseGroup as PhaseGroup,
        grade: i < row.good ? (i % 3 === 0 ? 1 : 2) : i % 2 === 0 ? 3 : 4,
      })),
    );
}

for (const at of ['Sep-14', 'Sep-15'] as const) {
  test(`seed 003: the whole ${at} column comes out of the schools' grades`, () => {
    const ungraded: SchoolGrade = { phaseGroup: 'Primary', grade: null };
    const { byPhase, total } = goodOrOutstandingByPhase([...plymouthSchools(at), ungraded]);
    const expected = seed003.filter((row) => row.at === at);
    assert.deepEqual(
      byPhase.map((r) => [r.phaseGroup, r.good, r.graded, r.percent]),
      expected
        .filter((r) => r.phaseGroup !== 'Total')
        .map((r) => [r.phaseGroup, r.good, r.graded, r.percent]),
    );
    const expectedTotal = expected.find((r) => r.phaseGroup === 'Total');
    assert.deepEqual(total, {
      good: expectedTotal?.good,
      graded: expectedTotal?.graded,
      percent: expectedTotal?.percent,
    });
  });
}

test('no graded school gives no percentage, not 0%', () => {
  assert.equal(percentGoodOrOutstanding(0, 0), null);
  assert.equal(goodOrOutstandingByPhase([{ phaseGroup: 'Primary', grade: null }]).total.percent, null);
});

const graded = (inspectedOn: string, overallEffectiveness: number): InspectionForGrade => ({
  inspectedOn,
  framework: 'graded',
  overallEffectiveness,
});

// Ofsted: grades stop for state-funded schools from 2 September 2024; report cards from 10 November 2025.
const gradeCases: { name: string; inspections: InspectionForGrade[]; at: string; grade: number | null }[] = [
  { name: 'not yet inspected', inspections: [], at: '2015-09-01', grade: null },
  {
    name: 'the latest inspection on or before the date counts',
    inspections: [graded('2012-03-01', 3), graded('2014-06-10', 2)],
    at: '2015-09-01',
    grade: 2,
  },
  {
    name: 'an inspection after the date does not count yet',
    inspections: [graded('2012-03-01', 3), graded('2015-10-10', 2)],
    at: '2015-09-01',
    grade: 3,
  },
  {
    name: 'an ungraded (section 8) inspection leaves the previous grade standing',
    inspections: [
      graded('2013-01-01', 2),
      { inspectedOn: '2017-01-01', framework: 'ungraded', overallEffectiveness: null },
    ],
    at: '2018-01-01',
    grade: 2,
  },
  {
    name: 'a full inspection after September 2024 gives no overall grade, so none is current',
    inspections: [
      graded('2019-01-01', 2),
      { inspectedOn: '2025-01-15', framework: 'no-overall-grade', overallEffectiveness: null },
    ],
    at: '2025-06-01',
    grade: null,
  },
  {
    name: 'a report card is never read on the old scale',
    inspections: [
      graded('2019-01-01', 4),
      { inspectedOn: '2026-01-20', framework: 'report-card', overallEffectiveness: null },
    ],
    at: '2026-06-01',
    grade: null,
  },
];

for (const c of gradeCases) {
  test(`current grade: ${c.name}`, () => {
    assert.equal(currentGrade(c.inspections, c.at), c.grade);
  });
}

const judgementCases: [string, number | undefined, string | null][] = [
  ['Outstanding', 1, null],
  ['Good', 2, null],
  ['Satisfactory', 3, null], // grade 3 before September 2012
  ['Requires Improvement', 3, null],
  ['Inadequate', 4, null],
  ['Serious Weaknesses', 4, 'Serious weaknesses'], // GIAS "OfstedRating (name)"
  ['Special Measures', 4, 'Special measures'],
  ['Excellent', undefined, null],
];
for (const [words, grade, category] of judgementCases) {
  test(`judgement "${words}"`, () => {
    const judgement = readJudgement(words);
    assert.equal(judgement?.overallEffectiveness, grade);
    if (judgement) assert.equal(judgement.categoryOfConcern, category);
  });
}

const frameworkCases: [string, string][] = [
  ['2024-08-31', 'graded'],
  ['2024-09-02', 'no-overall-grade'],
  ['2025-11-09', 'no-overall-grade'],
  ['2025-11-10', 'report-card'],
];
for (const [date, framework] of frameworkCases) {
  test(`an inspection on ${date} is ${framework}`, () => {
    assert.equal(frameworkOn(date), framework);
  });
}

// GIAS types and phases (edubasealldata establishment types list, 2025) to Beacon's phases.
const phaseCases: [string | null, string, string, string, string][] = [
  ['Primary', 'Community school', 'Alton Infant School', 'Infant', 'Primary'],
  ['Primary', 'Academy converter', 'Weyford Junior School', 'Junior', 'Primary'],
  ['Primary', 'Voluntary aided school', 'St Jude’s CofE Primary School', 'Primary', 'Primary'],
  ['Middle deemed secondary', 'Community school', 'Oak Middle School', 'Middle', 'Secondary'],
  ['Middle deemed primary', 'Community school', 'Ash Middle School', 'Middle', 'Primary'],
  ['Secondary', 'Academy sponsor led', 'Hilsea Academy', 'Secondary', 'Secondary'],
  ['Not applicable', 'Community special school', 'Mary Rose School', 'Special', 'Special'],
  ['Not applicable', 'Academy special converter', 'Redwood Park', 'Special', 'Special'],
  [
    'Not applicable',
    'Pupil referral unit',
    'Harbour School',
    'Alternative provision',
    'Alternative provision',
  ],
  ['Secondary', 'University technical college', 'UTC Portsmouth', 'UTC', 'Secondary'],
  ['16 plus', 'Further education', 'Highbury College', 'FE college', 'Post-16'],
  ['16 plus', 'Academy 16-19 converter', 'Sixth Form Academy', '16 plus', 'Post-16'],
  ['All-through', 'Free schools', 'Portsmouth All-Through', 'All-through', 'All-through'],
  ['Nursery', 'Local authority nursery school', 'Northern Parade Nursery', 'Nursery', 'Nursery'],
];
for (const [phaseOfEducation, establishmentType, name, phase, group] of phaseCases) {
  test(`phase: ${establishmentType}, ${phaseOfEducation ?? 'no phase'} is ${phase} (${group})`, () => {
    const found = phaseOf({ phaseOfEducation, establishmentType, name });
    assert.equal(found, phase);
    assert.equal(phaseGroupOf(found, phaseOfEducation), group);
  });
}

// DfE's 2017-18 school list: ISPRIMARY, ISSECONDARY, ISPOST16, AGEL, AGEH.
const spineCases: [boolean, boolean, boolean, number, number, string][] = [
  [true, false, false, 3, 11, 'Primary'],
  [false, true, true, 11, 18, 'Secondary'],
  [true, true, true, 4, 18, 'All-through'],
  [true, true, false, 9, 13, 'Middle deemed secondary'],
  [true, true, false, 8, 12, 'Middle deemed primary'],
  [false, false, true, 16, 19, '16 plus'],
  [false, false, false, 2, 5, 'Not applicable'],
];
for (const [isPrimary, isSecondary, isPost16, lowAge, highAge, expected] of spineCases) {
  test(`school list flags ${[isPrimary, isSecondary, isPost16].map(Number).join('')} ages ${lowAge}-${highAge} are ${expected}`, () => {
    assert.equal(phaseOfEducationFromSpine({ isPrimary, isSecondary, isPost16, lowAge, highAge }), expected);
  });
}

const academyCases: [string, string | null, boolean][] = [
  ['Academy converter', 'Academies', true],
  ['Academy - Converter mainstream', 'Academy', true],
  ['Free school - Mainstream', null, true],
  ['Community school', 'Local authority maintained schools', false],
  ['Voluntary aided school', 'Maintained School', false],
];
for (const [type, group, expected] of academyCases) {
  test(`${type} ${expected ? 'is' : 'is not'} an academy`, () => {
    assert.equal(isAcademyType(type, group), expected);
  });
}

const dateCases: [string, string | null | undefined][] = [
  ['23-01-2019', '2019-01-23'], // GIAS
  ['20130418', '2013-04-18'], // Ofsted history
  ['2019-09-01', '2019-09-01'], // DfE school list
  ['', null],
  ['31-02-2019', undefined],
  ['2019-13-01', undefined],
  ['yesterday', undefined],
];
for (const [text, expected] of dateCases) {
  test(`date "${text}" reads as ${String(expected)}`, () => {
    assert.equal(readDate(text), expected);
  });
}

test('a school is open from the day it opens until the day it closes', () => {
  const school = { openedOn: '2015-09-01', closedOn: '2018-08-31', status: 'Closed' };
  assert.equal(isOpenOn(school, '2015-08-31'), false);
  assert.equal(isOpenOn(school, '2015-09-01'), true);
  assert.equal(isOpenOn(school, '2018-08-30'), true);
  assert.equal(isOpenOn(school, '2018-08-31'), false);
  assert.equal(isOpenOn({ openedOn: null, closedOn: null, status: 'Open' }, '1999-01-01'), true);
  // GIAS "Closed" with no closing date cannot be placed in time: closed on every date.
  assert.equal(isOpenOn({ openedOn: '2001-01-01', closedOn: null, status: 'Closed' }, '2010-01-01'), false);
});
