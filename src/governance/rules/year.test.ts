import assert from 'node:assert/strict';
import { test } from 'node:test';
import { academicYearName, academicYearOf, membershipDue, monthsOf } from './academicYear.ts';
import { seatFromLine } from './seats.ts';
import { standardAgenda, type AgendaPlan } from './agenda.ts';
import { boundPages, sectionStarts, type PackSection } from './packPages.ts';

// Seed 001, Strategic Board terms of reference, 5: "The membership of the Strategic Board will be
// agreed annually at the first meeting of the Board of the academic year." The academic year runs
// from 1 September to 31 August.
const yearCases: { day: string; year: number; why: string }[] = [
  { day: '2016-09-30', year: 2016, why: 'seed 001’s meeting of 30 September 2016 is in 2016/17' },
  { day: '2016-09-01', year: 2016, why: 'the year starts on 1 September' },
  { day: '2016-08-31', year: 2015, why: 'and ends on 31 August' },
  { day: '2017-01-20', year: 2016, why: 'January is in the year that began the September before' },
];
for (const c of yearCases) {
  test(`academic year of ${c.day} (${c.why})`, () => {
    assert.equal(academicYearOf(c.day), c.year);
  });
}

test('an academic year is named as schools write it, and its months run September to August', () => {
  assert.equal(academicYearName(2016), '2016/17');
  assert.equal(academicYearName(2099), '2099/00');
  const months = monthsOf(2016);
  assert.deepEqual(months[0], { month: 9, year: 2016 });
  assert.deepEqual(months[4], { month: 1, year: 2017 });
  assert.deepEqual(months.at(-1), { month: 8, year: 2017 });
});

const membershipCases: { agreedOn: string | null; today: string; due: boolean; why: string }[] = [
  { agreedOn: null, today: '2016-10-01', due: true, why: 'never agreed' },
  { agreedOn: '2016-09-30', today: '2017-07-01', due: false, why: 'agreed this academic year' },
  { agreedOn: '2016-09-30', today: '2017-09-01', due: true, why: 'a new academic year has begun' },
  { agreedOn: '2017-08-31', today: '2017-09-01', due: true, why: 'agreed on the last day of the old year' },
];
for (const c of membershipCases) {
  test(`membership due: ${c.why}`, () => {
    assert.equal(membershipDue(c.agreedOn, c.today), c.due);
  });
}

// Seed 001, appendix 3 (the Strategic Board's membership, 5) and the consultation's "possible
// membership", as the terms of reference write each seat.
const seatCases: { line: string; seat: ReturnType<typeof seatFromLine> }[] = [
  {
    line: '2 x secondary headteachers',
    seat: { title: 'secondary headteachers', places: 2, membership: 'voting', office: null },
  },
  {
    line: '1x special headteacher',
    seat: { title: 'special headteacher', places: 1, membership: 'voting', office: null },
  },
  {
    line: 'Deputy Director of the Regional Schools Commissioner',
    seat: {
      title: 'Deputy Director of the Regional Schools Commissioner',
      places: 1,
      membership: 'voting',
      office: null,
    },
  },
  {
    line: 'Independent chair (or from the general membership, by election)',
    seat: {
      title: 'Independent chair (or from the general membership, by election)',
      places: 1,
      membership: 'voting',
      office: 'chair',
    },
  },
  {
    line: 'Vice-chair',
    seat: { title: 'Vice-chair', places: 1, membership: 'voting', office: 'vice-chair' },
  },
  {
    // Seed 001, 5: "The Strategic Board may co-opt other 'non-voting' persons/organisations".
    line: 'Teacher Liaison Panel representative (co-opted)',
    seat: { title: 'Teacher Liaison Panel representative', places: 1, membership: 'co-opted', office: null },
  },
  {
    line: '2 × PCC data team representatives (non-voting)',
    seat: { title: 'PCC data team representatives', places: 2, membership: 'non-voting', office: null },
  },
  {
    line: '0 x primary headteachers',
    seat: { problem: '“0 x primary headteachers”: a seat has at least one place' },
  },
  { line: '3 x (voting)', seat: { problem: '“3 x (voting)” names no seat' } },
];
for (const c of seatCases) {
  test(`seat line “${c.line}”`, () => {
    assert.deepEqual(seatFromLine(c.line), c.seat);
  });
}

const titles = (plan: AgendaPlan) => standardAgenda(plan).map((item) => `${item.kind}: ${item.title}`);
const opening = [
  'apologies: Apologies for absence',
  'declarations: Declarations of interests',
  'minutes: Minutes of the last meeting',
  'matters arising: Matters arising',
];

test('a meeting later in the year: seed 001’s standard items and the report it is for', () => {
  assert.deepEqual(
    titles({
      firstOfAcademicYear: false,
      programme: null,
      report: { title: 'Two year strategy 2016 - 2018' },
    }),
    [...opening, 'report: Two year strategy 2016 - 2018', 'future meetings: Dates of future meetings'],
  );
});

test('the first meeting of the year agrees the membership and takes the work programme for approval', () => {
  assert.deepEqual(
    titles({
      firstOfAcademicYear: true,
      programme: {
        approved: false,
        yearName: '2016/17',
        planned: [{ title: 'Provisional results', reportFrom: 'Deputy Director' }],
      },
      report: null,
    }),
    [
      ...opening,
      'membership: Membership and terms of reference for the year',
      'work programme: Work programme 2016/17',
      'report: Provisional results',
      'future meetings: Dates of future meetings',
    ],
  );
});

test('an approved programme is not taken again; what it plans to the month still is', () => {
  assert.deepEqual(
    titles({
      firstOfAcademicYear: false,
      programme: {
        approved: true,
        yearName: '2016/17',
        planned: [{ title: 'KPI report', reportFrom: null }],
      },
      report: null,
    }),
    [...opening, 'report: KPI report', 'future meetings: Dates of future meetings'],
  );
});

const sections: PackSection[] = [
  { anchor: 'membership', title: 'Membership', documentPages: 0 },
  { anchor: 'agenda', title: 'Agenda', documentPages: 0 },
  { anchor: 'paper-1', title: 'Portsmouth: results 2015/16', documentPages: 0 },
  { anchor: 'paper-2', title: 'Headteachers’ survey', documentPages: 3 },
  { anchor: 'paper-3', title: 'KPI report', documentPages: 0 },
];
const outline = [
  { title: 'Education Advisory Board', page: 1 },
  { title: 'Contents', page: 1 },
  { title: 'Membership', page: 2 },
  { title: 'Agenda', page: 2 },
  { title: 'Portsmouth: results 2015/16', page: 3 },
  // A heading inside a paper that repeats a later paper's title is passed over only if it comes first.
  { title: 'Key Stage 2: Attainment', page: 4 },
  { title: 'Headteachers’ survey', page: 6 },
  { title: 'KPI report', page: 7 },
];

test('each section starts where its heading landed; an uploaded paper moves every later section on', () => {
  const starts = sectionStarts(outline, sections);
  assert.ok(starts);
  assert.deepEqual(starts, [2, 2, 3, 6, 7]);
  assert.deepEqual(boundPages(starts, sections), {
    membership: 2,
    agenda: 2,
    'paper-1': 3,
    'paper-2': 6,
    // The survey's cover is page 6 and its 3 pages follow: the KPI report printed on 7 is bound on 10.
    'paper-3': 10,
  });
});

test('a section whose heading is not in the outline has no page', () => {
  assert.equal(sectionStarts(outline.slice(0, 5), sections), null);
});
