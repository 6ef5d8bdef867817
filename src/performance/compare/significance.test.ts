import assert from 'node:assert/strict';
import { test } from 'node:test';
import { progress8Band, progressJudgement, progressSignificance } from './significance.ts';

// SPEC "Rules": significantly above when the 95% CI lies wholly above 0, below when wholly below.
const significance: { ci: [number, number]; expected: string; why: string }[] = [
  { ci: [0.2, 1.4], expected: 'significantly above', why: 'interval wholly above 0' },
  {
    ci: [-2.3, -0.9],
    expected: 'significantly below',
    why: 'interval wholly below 0 (seed 001’s KS2 reading -1.6)',
  },
  { ci: [-0.4, 0.6], expected: 'not significantly different', why: 'interval contains 0' },
  { ci: [0, 0.8], expected: 'not significantly different', why: 'an interval touching 0 contains it' },
  { ci: [-0.8, 0], expected: 'not significantly different', why: 'touching 0 from below' },
];

for (const c of significance) {
  test(`CI [${c.ci.join(', ')}] → ${c.expected} (${c.why})`, () => {
    assert.equal(progressSignificance({ lower: c.ci[0], upper: c.ci[1] }), c.expected);
  });
}

test('a published judgement without an interval is shown as published, never recomputed (seed 001)', () => {
  assert.deepEqual(progressJudgement(null, 'significantly below'), {
    judgement: 'significantly below',
    basis: 'published',
  });
  assert.deepEqual(progressJudgement({ lower: 0.1, upper: 0.5 }, 'significantly below'), {
    judgement: 'significantly above',
    basis: 'interval',
  });
  assert.deepEqual(progressJudgement(null, null), { judgement: null, basis: 'none' });
});

// DfE Progress 8 bands (secondary accountability measures guidance).
const bands: { score: number; ci: [number, number]; band: string }[] = [
  { score: 0.62, ci: [0.45, 0.79], band: 'well above average' },
  { score: 0.5, ci: [0.33, 0.67], band: 'above average' },
  { score: 0.3, ci: [0.1, 0.5], band: 'above average' },
  { score: 0.05, ci: [-0.12, 0.22], band: 'average' },
  { score: -0.3, ci: [-0.5, -0.1], band: 'below average' },
  { score: -0.5, ci: [-0.67, -0.33], band: 'below average' },
  { score: -0.71, ci: [-0.88, -0.54], band: 'well below average' },
  { score: 0.6, ci: [-0.1, 1.3], band: 'average' },
];

for (const c of bands) {
  test(`Progress 8 of ${c.score} with CI [${c.ci.join(', ')}] is ${c.band}`, () => {
    assert.equal(progress8Band(c.score, { lower: c.ci[0], upper: c.ci[1] }), c.band);
  });
}
