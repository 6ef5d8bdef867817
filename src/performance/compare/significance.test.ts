import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  progress8Band,
  progress8BandShown,
  progressJudgement,
  progressSignificance,
  publishedProgress8Band,
} from './significance.ts';

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

// DfE's KS4 performance tables 2018/19 (england_ks4provisional.csv): P8_BANDING is DfE's band, worked
// from the unrounded score; SUPP is a band DfE withheld. The published band is the one shown.
const publishedBands: {
  source: string;
  score: number;
  ci: [number, number] | null;
  published: string | null;
  shown: { band: string | null; basis: string };
}[] = [
  {
    source: 'URN 100849: 0.5 [0.27, 0.73], band 1',
    score: 0.5,
    ci: [0.27, 0.73],
    published: '1',
    shown: { band: 'well above average', basis: 'published' },
  },
  {
    source: 'the school-level extract’s words, "Well above average"',
    score: 0.5,
    ci: null,
    published: 'Well above average',
    shown: { band: 'well above average', basis: 'published' },
  },
  {
    source: 'a UTC with a score and band SUPP',
    score: -0.4,
    ci: [-0.7, -0.1],
    published: 'SUPP',
    shown: { band: null, basis: 'withheld' },
  },
  {
    source: 'no band published: worked from the interval',
    score: 0.5,
    ci: [0.27, 0.73],
    published: null,
    shown: { band: 'above average', basis: 'interval' },
  },
  {
    source: 'no band, no interval',
    score: 0.5,
    ci: null,
    published: null,
    shown: { band: null, basis: 'none' },
  },
];

for (const c of publishedBands) {
  test(`Progress 8 band shown for ${c.source}: ${c.shown.band ?? c.shown.basis}`, () => {
    const ci = c.ci ? { lower: c.ci[0], upper: c.ci[1] } : null;
    const shown = progress8BandShown(c.score, ci, publishedProgress8Band(c.published));
    assert.deepEqual({ band: shown.band, basis: shown.basis }, c.shown);
  });
}

test('a band that is neither DfE’s code, its words nor a suppression code is not read as one', () => {
  assert.equal(publishedProgress8Band('7'), null);
  assert.equal(publishedProgress8Band('significantly above'), null);
  assert.deepEqual(publishedProgress8Band(' 4 '), { band: 'below average' });
});
