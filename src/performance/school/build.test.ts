import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSchoolResults } from './build.ts';
import type { Figure } from '../valuesRepository.ts';
import { testFigure, testIndicator } from '../figures.testing.ts';

// SPEC "Rules": a figure for fewer pupils than the threshold shows as "x" to roles below officer,
// and so does anything worked from it. Each figure is judged by its own cohort (DfE's performance
// tables publish a count per measure: KS2's TELIG for the headline measures, smaller counts for
// the progress measures, which only pupils with a KS1 baseline have).

const indicator = (key: string) => testIndicator(key);

const figure = (
  key: string,
  entityType: string,
  periodEnd: number,
  value: number,
  denominator: number | null,
): Figure => testFigure(key, entityType, periodEnd, value, { publishedDecimals: 0, denominator });

const reading = 'KS2R_Expected_STD';
const maths = 'KS2M_Expected_STD';
const figures: Figure[] = [
  // 30 pupils took reading; only 3 have a maths figure this year.
  figure(reading, 'school', 2018, 70, 28),
  figure(reading, 'school', 2019, 80, 30),
  figure(maths, 'school', 2018, 60, 28),
  figure(maths, 'school', 2019, 67, 3),
  ...[2018, 2019].flatMap((p) => [
    figure(reading, 'england', p, 75, null),
    figure(maths, 'england', p, 76, null),
  ]),
];

function build(seesSmallCohorts: boolean) {
  return buildSchoolResults({
    school: { urn: 990001, name: 'Harbourside Primary School', laCode: '851', laName: 'Portsmouth' },
    indicators: new Map([reading, maths].map((k) => [k, indicator(k)])),
    figures,
    threshold: 6,
    seesSmallCohorts,
  });
}

const rowOf = (table: { rows: unknown[][] }, label: RegExp) => {
  const row = table.rows.find((r) => typeof r[0] === 'string' && label.test(r[0]));
  assert.ok(row, `no row ${String(label)}`);
  return row.map((c) => (typeof c === 'string' ? c : (c as { text: string }).text));
};

for (const { sees, maths2019, mathsGap, mathsChange, reading2019 } of [
  { sees: false, maths2019: 'x', mathsGap: 'x', mathsChange: 'x', reading2019: '80' },
  { sees: true, maths2019: '67', mathsGap: '−9', mathsChange: '7', reading2019: '80' },
]) {
  test(`each figure is withheld by its own cohort (${sees ? 'officer' : 'school'})`, () => {
    const stage = build(sees).stages[0];
    assert.ok(stage);
    const mathsRow = rowOf(stage.results, /Maths/);
    assert.equal(mathsRow[1], maths2019, 'the 3-pupil figure');
    assert.match(String(mathsRow[4]), new RegExp(`^${mathsGap}`), 'its gap to England');
    const readingRow = rowOf(stage.results, /Reading/);
    assert.equal(readingRow[1], reading2019, 'a 30-pupil figure of the same year stays shown');
    assert.notEqual(readingRow[4], 'x');
    const trend = rowOf(stage.trend, /Maths/);
    assert.equal(trend[1], '60', 'an earlier year with 28 pupils stays shown');
    assert.match(String(trend[3]), new RegExp(`^${mathsChange}`), 'the change worked from it');
    assert.equal(stage.withheld, !sees);
    assert.equal(
      stage.sentences.some((s) => s.startsWith('Maths')),
      sees,
      'no drafted sentence from a withheld figure',
    );
    assert.ok(stage.sentences.some((s) => s.startsWith('Reading')));
  });
}

// DfE's KS4 performance tables 2018/19, URN 100849: Progress 8 0.50 (interval 0.27 to 0.73), band 1.
test('Progress 8 shows DfE’s band with its confidence interval, on the page and for the API', () => {
  const p8 = 'AVG_Prog8_Score';
  const results = buildSchoolResults({
    school: { urn: 100849, name: 'A secondary school', laCode: '204', laName: 'Hackney' },
    indicators: new Map([
      [p8, { ...indicator(p8), decimalPlaces: 2, methodologyFamily: 'progress8' as const }],
    ]),
    figures: [
      {
        ...figure(p8, 'school', 2019, 0.5, 150),
        ciLower: 0.27,
        ciUpper: 0.73,
        publishedJudgement: 'well above average',
        publishedDecimals: 2,
      },
      { ...figure(p8, 'england', 2019, -0.03, null), publishedDecimals: 2 },
    ],
    threshold: 6,
    seesSmallCohorts: false,
  });
  const stage = results.stages[0];
  assert.ok(stage);
  const row = rowOf(stage.results, /Progress 8/);
  assert.equal(row[1], '0.50');
  assert.equal(row[5], 'well above average (Progress 8 band); 95% confidence interval 0.27 to 0.73');
  assert.deepEqual(stage.progress, [
    {
      measure: 'Progress 8',
      score: 0.5,
      confidenceInterval: { lower: 0.27, upper: 0.73 },
      band: 'well above average',
      bandBasis: 'published',
      words: 'well above average (Progress 8 band); 95% confidence interval 0.27 to 0.73',
    },
  ]);
});

// LAIT and DfE's tables write 41.0 as 41: beside 40.8 in the same row it prints "41.0".
test('a measure prints to one precision across a school’s rows and sentences', () => {
  const a8 = 'AVG_Attain8_Score';
  const results = buildSchoolResults({
    school: { urn: 990002, name: 'A secondary school', laCode: '851', laName: 'Portsmouth' },
    indicators: new Map([[a8, { ...indicator(a8), decimalPlaces: null }]]),
    figures: [
      { ...figure(a8, 'school', 2018, 41, 150), publishedDecimals: null },
      { ...figure(a8, 'school', 2019, 40.8, 150), publishedDecimals: null },
      { ...figure(a8, 'england', 2019, 46.5, null), publishedDecimals: null },
    ],
    threshold: 6,
    seesSmallCohorts: false,
  });
  const stage = results.stages[0];
  assert.ok(stage);
  assert.deepEqual(rowOf(stage.trend, /Attainment 8/).slice(1, 3), ['41.0', '40.8']);
  assert.deepEqual(rowOf(stage.results, /Attainment 8/).slice(1, 4), ['40.8', 'n/a', '46.5']);
});

// DfE publishes a school's KS4 figures provisionally in October and England's revised in January:
// a table that puts them side by side says which release each column is.
test('a school’s provisional figure beside England’s final one says so in each column’s heading', () => {
  const a8 = 'AVG_Attain8_Score';
  const results = buildSchoolResults({
    school: { urn: 990002, name: 'A secondary school', laCode: '851', laName: 'Portsmouth' },
    indicators: new Map([[a8, indicator(a8)]]),
    figures: [
      { ...figure(a8, 'school', 2019, 40.8, 150), status: 'provisional' },
      { ...figure(a8, 'la', 2019, 44.1, null), status: 'provisional' },
      { ...figure(a8, 'england', 2019, 46.5, null), status: 'final' },
    ],
    threshold: 6,
    seesSmallCohorts: false,
  });
  const headers = results.stages[0]?.results.columns.map((c) => c.header);
  assert.deepEqual(headers?.slice(1, 4), [
    'A secondary school (provisional)',
    'Portsmouth (LA) (provisional)',
    'England (final)',
  ]);
});
