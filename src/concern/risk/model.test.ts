import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultRiskModel,
  proposeCategory,
  suggestedRules,
  thresholdProblems,
  withoutPerformanceEvidence,
  type SchoolEvidence,
} from './model.ts';

const school = (e: Partial<SchoolEvidence> = {}): SchoolEvidence => ({
  grades: [2],
  categoryOfConcern: null,
  yearsSinceInspection: 2,
  ...withoutPerformanceEvidence,
  ...e,
});

// SPEC C3's default model; the 3Ms are seed 000 action 2.2's "minimum, moderate and maximum".
const cases: { name: string; evidence: SchoolEvidence; category: string; score?: number; reason?: RegExp }[] =
  [
    {
      name: 'a good school with nothing against it: minimum',
      evidence: school(),
      category: 'minimum',
      score: 0,
    },
    {
      name: 'serious weaknesses (GIAS "Serious Weaknesses"): maximum regardless of points',
      evidence: school({ grades: [4], categoryOfConcern: 'Serious weaknesses' }),
      category: 'maximum',
      reason: /^Ofsted: serious weaknesses/,
    },
    {
      name: 'special measures: maximum',
      evidence: school({ grades: [4], categoryOfConcern: 'Special measures' }),
      category: 'maximum',
    },
    { name: 'inadequate: maximum', evidence: school({ grades: [4] }), category: 'maximum' },
    {
      name: 'requires improvement: at least moderate',
      evidence: school({ grades: [3, 2] }),
      category: 'moderate',
      score: 0,
    },
    {
      name: 'requires improvement at two inspections running ("stuck"): maximum',
      evidence: school({ grades: [3, 3] }),
      category: 'maximum',
      reason: /stuck/,
    },
    {
      name: 'attainment more than 5 points below national two years running: 3 points',
      evidence: school({ attainmentGaps: [-6.2, -5.4] }),
      category: 'minimum',
      score: 3,
    },
    {
      name: 'below national only one of the two years: no points',
      evidence: school({ attainmentGaps: [-6.2, -1] }),
      category: 'minimum',
      score: 0,
    },
    {
      name: 'progress significantly below (seed 001: −1.6, interval wholly below 0) and in the bottom 20%: 5 points',
      evidence: school({ progress: { lower: -2.6, upper: -0.6 }, progressInBottomFifth: true }),
      category: 'moderate',
      score: 5,
    },
    {
      name: 'no interval, but DfE’s band "Well Below Average" (the national extract of 2018): significantly below, 3 points',
      evidence: school({
        progress: { measure: 'Maths progress', lower: null, upper: null, band: 'Well Below Average' },
      }),
      category: 'minimum',
      score: 3,
      reason: /^Maths progress significantly below national \(DfE’s band “Well Below Average”\)/,
    },
    {
      name: 'DfE’s band "Average": no points',
      evidence: school({ progress: { lower: null, upper: null, band: 'Average' } }),
      category: 'minimum',
      score: 0,
    },
    {
      name: 'progress below 0 but the interval contains 0: not significant, no points',
      evidence: school({ progress: { lower: -1.9, upper: 0.3 } }),
      category: 'minimum',
      score: 0,
    },
    {
      name: 'attainment, progress, disadvantaged gap and absence together: maximum by points',
      evidence: school({
        attainmentGaps: [-8, -7],
        progress: { lower: -3, upper: -1 },
        disadvantagedGap: { school: -25, national: -20 },
        absence: { school: 5.6, national: 4.7 },
      }),
      category: 'maximum',
      score: 10,
    },
    {
      name: 'a surplus above 20% of revenue (seed 000 action 7.4): 1 point',
      evidence: school({ finances: { balance: 260_000, revenue: 1_000_000 } }),
      category: 'minimum',
      score: 1,
      reason: /Surplus above 20% of revenue/,
    },
    {
      name: 'a deficit: 1 point',
      evidence: school({ finances: { balance: -5000, revenue: 900_000 } }),
      category: 'minimum',
      score: 1,
    },
    {
      name: 'a new headteacher and safeguarding intelligence: 2 points each',
      evidence: school({ intelligence: ['new headteacher', 'safeguarding'] }),
      category: 'moderate',
      score: 4,
    },
    {
      name: 'good but not inspected for more than five years: 1 point',
      evidence: school({ yearsSinceInspection: 6.5 }),
      category: 'minimum',
      score: 1,
      reason: /not inspected for 6\.5 years/,
    },
  ];

for (const c of cases) {
  test(c.name, () => {
    const proposal = proposeCategory(defaultRiskModel, c.evidence);
    assert.equal(proposal.category, c.category, proposal.reasons.join('; '));
    if (c.score !== undefined) assert.equal(proposal.score, c.score);
    if (c.reason)
      assert.ok(
        proposal.reasons.some((r) => c.reason?.test(r)),
        proposal.reasons.join('; '),
      );
  });
}

const thresholdCases: {
  name: string;
  categories: { name: string; from: number }[];
  problem: RegExp | null;
}[] = [
  {
    name: 'the default thresholds',
    categories: defaultRiskModel.categories.map((c) => ({ ...c })),
    problem: null,
  },
  {
    name: 'a gap below the lowest category',
    categories: [
      { name: 'minimum', from: 1 },
      { name: 'moderate', from: 4 },
    ],
    problem: /must start at 0 points/,
  },
  {
    name: 'overlapping categories',
    categories: [
      { name: 'minimum', from: 0 },
      { name: 'moderate', from: 6 },
      { name: 'maximum', from: 6 },
    ],
    problem: /maximum starts at 6, not above moderate \(6\): the ranges overlap/,
  },
];
for (const c of thresholdCases) {
  test(`thresholds: ${c.name}`, () => {
    const problems = thresholdProblems({ ...defaultRiskModel, categories: c.categories });
    if (c.problem === null) assert.deepEqual(problems, []);
    else
      assert.ok(
        problems.some((p) => c.problem?.test(p)),
        problems.join('; '),
      );
  });
}

// SPEC C7, 8: a school's own prediction below England's, a rule the default model leaves off.
// England's KS2 reading, writing and maths at the expected standard in 2016 was 53% (seed 001).
const withPrediction = { ...defaultRiskModel, rules: [...defaultRiskModel.rules, ...suggestedRules] };
const predictionCases: { name: string; predicted: number; score: number }[] = [
  {
    name: 'predicting 40% against England’s 53: more than 10 points below, 2 points',
    predicted: 40,
    score: 2,
  },
  { name: 'predicting 43% against 53: exactly 10 below, no points', predicted: 43, score: 0 },
  { name: 'predicting 60% against 53: no points', predicted: 60, score: 0 },
];
for (const c of predictionCases)
  test(`the prediction rule, turned on: ${c.name}`, () => {
    const evidence = school({
      predictedHeadline: {
        measure: 'KS2 reading, writing and maths at the expected standard',
        predicted: c.predicted,
        national: 53,
      },
    });
    assert.equal(proposeCategory(withPrediction, evidence).score, c.score);
    // Off by default: the same school scores nothing from it.
    assert.equal(proposeCategory(defaultRiskModel, evidence).score, 0);
  });

test('the prediction rule gives its reason in words', () => {
  const proposal = proposeCategory(
    withPrediction,
    school({ predictedHeadline: { measure: 'Attainment 8', predicted: 38.5, national: 49.9 } }),
  );
  assert.deepEqual(proposal.reasons, [
    'The school predicts 38.5 for Attainment 8, more than 10 points below England’s latest (49.9) (+2)',
  ]);
});
