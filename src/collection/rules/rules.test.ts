import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellKey, defaultGrids, type Figures, type Grid } from './grid.ts';
import { checkReturn, completion } from './validation.ts';
import { isLate, stepProblem, windowProblem, type ReturnStatus, type ReturnStep } from './workflow.ts';
import { agreementProblem, type Agreement } from './agreement.ts';
import { judgePredictions } from './accuracy.ts';
import { inYearPicture } from './inYear.ts';

// SPEC C7 (seed 000 5.1 and 5.2): the checks a return passes, as DfE's COLLECT makes them (errors
// to fix, queries to explain), the path a return takes, agreements, accuracy and the LA picture.
// A one-year, one-subject grid keeps the cases readable; the default grids are checked for size.

const grid: Grid = { ...defaultGrids.Primary, yearGroups: ['6'], subjects: ['maths'] };
const all = (pupils: number | null, expected: number | null, higher: number | null) => ({
  [cellKey({ year: '6', subject: 'maths', group: 'all', measure: 'pupils' })]: pupils,
  [cellKey({ year: '6', subject: 'maths', group: 'all', measure: 'expected' })]: expected,
  [cellKey({ year: '6', subject: 'maths', group: 'all', measure: 'higher' })]: higher,
});
const group = (
  name: 'boys' | 'SEND',
  pupils: number | null,
  expected: number | null,
  higher: number | null,
) => ({
  [cellKey({ year: '6', subject: 'maths', group: name, measure: 'pupils' })]: pupils,
  [cellKey({ year: '6', subject: 'maths', group: name, measure: 'expected' })]: expected,
  [cellKey({ year: '6', subject: 'maths', group: name, measure: 'higher' })]: higher,
});
const predicted = { ks2rwm: 60 };

const cases: {
  case: string;
  figures: Figures;
  predictions?: Figures;
  previous?: Figures;
  actual?: number;
  notes?: Record<string, string>;
  problems: [string, string][];
}[] = [
  { case: 'a complete return', figures: all(30, 70, 20), problems: [] },
  {
    case: 'a percentage above 100',
    figures: all(30, 107, 20),
    problems: [
      [
        'error',
        'Year 6 maths, all pupils: the % on track for the expected standard is a percentage from 0 to 100',
      ],
    ],
  },
  {
    case: 'greater depth above expected',
    figures: all(30, 40, 45),
    problems: [
      [
        'error',
        'Year 6 maths, all pupils: the % on track for greater depth (45) cannot be above the % on track for the expected standard (40)',
      ],
    ],
  },
  {
    case: 'a group larger than all pupils',
    figures: { ...all(30, 70, 20), ...group('boys', 31, 60, 10) },
    problems: [['error', 'Year 6 maths, boys: 31 pupils is more than the 30 in the year group']],
  },
  {
    case: 'pupils not a whole number',
    figures: all(30.5, 70, 20),
    problems: [['error', 'Year 6 maths, all pupils: pupils are a whole number, 0 or more']],
  },
  {
    case: 'a required cell empty',
    figures: all(30, null, 20),
    problems: [['error', 'Year 6 maths, all pupils: enter the % on track for the expected standard']],
  },
  {
    case: 'a group begun and not finished',
    figures: { ...all(30, 70, 20), ...group('SEND', 4, null, null) },
    problems: [
      ['error', 'Year 6 maths, pupils with SEND: enter the % on track for the expected standard'],
      ['error', 'Year 6 maths, pupils with SEND: enter the % on track for greater depth'],
    ],
  },
  {
    case: 'a change of more than 20 points since the last return',
    figures: all(30, 75, 20),
    previous: all(30, 50, 20),
    problems: [
      [
        'query',
        'Year 6 maths, all pupils: the % on track for the expected standard moved from 50 to 75 since the last return, more than 20 points: add a note that explains it',
      ],
    ],
  },
  {
    case: 'a change of exactly 20 points',
    figures: all(30, 70, 20),
    previous: all(30, 50, 20),
    problems: [],
  },
  {
    case: 'a big change with its note',
    figures: all(30, 75, 20),
    previous: all(30, 50, 20),
    notes: {
      [cellKey({ year: '6', subject: 'maths', group: 'all', measure: 'expected' })]: 'A new maths lead',
    },
    problems: [],
  },
  {
    case: 'a prediction more than 15 points from the last result',
    figures: all(30, 70, 20),
    actual: 40,
    problems: [
      [
        'query',
        'Predictions: the KS2 reading, writing and maths at the expected standard (%) predicted, 60, is more than 15 points from the school’s last result, 40: add a note that explains it',
      ],
    ],
  },
  {
    case: 'no prediction',
    figures: all(30, 70, 20),
    predictions: {},
    problems: [
      ['error', 'Predictions: enter the KS2 reading, writing and maths at the expected standard (%)'],
    ],
  },
];

for (const c of cases)
  test(`checking a return: ${c.case}`, () => {
    const problems = checkReturn(
      grid,
      c.figures,
      c.predictions ?? predicted,
      c.previous ?? null,
      { ks2rwm: c.actual ?? null },
      c.notes,
    );
    assert.deepEqual(
      problems.map((p) => [p.level, p.message]),
      c.problems,
    );
  });

test('the default grids are seed 000 5.1’s: every year group and core subject, four groups of pupils', () => {
  assert.equal(defaultGrids.Primary.yearGroups.length * defaultGrids.Primary.subjects.length * 4, 84);
  assert.equal(defaultGrids.Secondary.yearGroups.length * defaultGrids.Secondary.subjects.length * 4, 60);
  assert.deepEqual(
    defaultGrids.Secondary.predictions.map((p) => p.key),
    ['a8', 'p8', 'em4', 'em5'],
  );
});

test('completion counts the cells for all pupils and the predictions', () => {
  assert.equal(completion(grid, all(30, 70, null), predicted), 3 / 4);
  assert.equal(completion(grid, {}, {}), 0);
});

const steps: [ReturnStatus, ReturnStep, string | null][] = [
  ['not started', 'save', null],
  ['draft', 'send for authorisation', null],
  ['awaiting authorisation', 'authorise', null],
  ['submitted', 'accept', null],
  ['submitted', 'return', null],
  ['returned', 'send for authorisation', null],
  ['draft', 'accept', 'A return that is draft cannot be accepted from here'],
  ['submitted', 'save', 'The return is with the LA: it is changed again only if the LA returns it'],
  ['accepted', 'return', 'The return is accepted: it does not change again'],
];
for (const [status, step, problem] of steps)
  test(`a ${status} return, ${step}: ${problem ?? 'allowed'}`, () => {
    assert.equal(stepProblem(status, step), problem);
  });

test('the window: closed is refused with its date, except for a return the LA sent back', () => {
  const autumn = { opensOn: '2016-11-01', closesOn: '2016-12-09' };
  assert.equal(windowProblem(autumn, 'draft', '2016-12-12'), 'The return closed on 9 December 2016');
  assert.equal(windowProblem(autumn, 'returned', '2016-12-12'), null);
  assert.equal(windowProblem(autumn, 'draft', '2016-10-31'), 'The return opens on 1 November 2016');
  assert.equal(isLate(autumn.closesOn, 'draft', '2016-12-10'), true);
  assert.equal(isLate(autumn.closesOn, 'submitted', '2016-12-10'), false);
  assert.equal(isLate(autumn.closesOn, 'not started', '2016-12-09'), false);
});

const agreements: [string, Agreement | null, string | null][] = [
  ['none', null, 'The school has no data-sharing agreement with the LA'],
  [
    'sent, not signed',
    { status: 'sent', signedOn: null, expiresOn: null },
    'The school has not signed its data-sharing agreement yet',
  ],
  ['signed and in force', { status: 'signed', signedOn: '2016-09-01', expiresOn: '2019-08-31' }, null],
  [
    'signed, past its expiry',
    { status: 'signed', signedOn: '2013-09-01', expiresOn: '2016-08-31' },
    'The school’s data-sharing agreement expired on 31 August 2016',
  ],
  [
    'declined',
    { status: 'declined', signedOn: null, expiresOn: null },
    'The school declined the data-sharing agreement',
  ],
];
for (const [name, agreement, problem] of agreements)
  test(`an agreement ${name}: ${problem ?? 'the school may send'}`, () => {
    assert.equal(agreementProblem(agreement, '2016-11-15'), problem);
  });

test('predictions against results: tolerance, over and under, the mean absolute error and the bias', () => {
  const judged = judgePredictions(
    [
      { urn: 1, name: 'A', predicted: 60, actual: 47 },
      { urn: 2, name: 'B', predicted: 50, actual: 52 },
      { urn: 3, name: 'C', predicted: 40, actual: 49 },
      { urn: 4, name: 'D', predicted: 70, actual: null },
      { urn: 5, name: 'E', predicted: 58, actual: 53 },
    ],
    3,
  );
  assert.deepEqual(
    judged.schools.map((s) => s.verdict),
    ['over-predicted', 'within tolerance', 'under-predicted', 'no result yet', 'over-predicted'],
  );
  assert.equal(judged.compared, 4);
  assert.equal(judged.meanAbsoluteError, (13 + 2 + 9 + 5) / 4);
  assert.equal(judged.bias, (13 - 2 - 9 + 5) / 4);
  assert.deepEqual(
    judged.overOptimistic.map((s) => s.urn),
    [1, 5],
  );
});

test('the LA picture weights each school by its pupils', () => {
  const rows = inYearPicture(grid, [all(90, 80, 30), all(30, 40, 10), all(null, 50, 10)]);
  assert.deepEqual(
    rows.filter((r) => r.group === 'all').map((r) => [r.schools, r.pupils, r.expected, r.higher]),
    [[2, 120, (90 * 80 + 30 * 40) / 120, (90 * 30 + 30 * 10) / 120]],
  );
});
