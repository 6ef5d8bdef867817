import assert from 'node:assert/strict';
import { test } from 'node:test';
import { impactOf, matchComparators, type SchoolFigures } from './impact.ts';

// SPEC C6, 8: the participants' change against matched comparators' change, with a 95% interval;
// "too few schools to tell" rather than an effect from a handful; never across KS2's 2016 change
// (DfE: "new key stage 1 and 2 assessments in 2016 are not comparable with 2015", seed 001).

const school = (
  urn: number,
  before: number,
  after: number,
  over: Partial<SchoolFigures> = {},
): SchoolFigures => ({
  urn,
  phase: 'Primary',
  before,
  after,
  disadvantaged: null,
  pupils: 30,
  ...over,
});

test('comparators are the nearest of the same phase, each used once', () => {
  const participants = [school(1, 50, 60), school(2, 70, 75)];
  const pool = [
    school(10, 49, 52),
    school(11, 51, 53),
    school(12, 71, 72),
    school(13, 50, 50, { phase: 'Secondary' }),
    school(14, 90, 91),
  ];
  const matched = matchComparators(
    participants.map((p) => ({ ...p, before: p.before ?? 0, after: p.after ?? 0, pupils: 30 })),
    pool.map((p) => ({ ...p, before: p.before ?? 0, after: p.after ?? 0, pupils: 30 })),
    2,
  );
  assert.deepEqual(
    matched.map((m) => [m.urn, m.comparators.map((c) => c.urn)]),
    [
      [1, [10, 11]],
      [2, [12, 14]],
    ],
  );
});

test('the effect is the participants’ change less their comparators’, with a Welch interval', () => {
  // Participants rise 10, 12, 8, 10, 10 (mean 10, variance 2); comparators 4, 6, 5, 5, 5 (mean 5,
  // variance 0.5). Effect 5; standard error √(2/5 + 0.5/5) = √0.5 = 0.7071; Welch's degrees of
  // freedom 0.25 / (0.16/4 + 0.01/4) = 5.882; t(0.975, 5.882) = 2.459, between the tabled 2.571
  // (5 degrees of freedom) and 2.447 (6); interval 5 ± 2.459 × 0.7071 = 5 ± 1.739.
  const participants = [10, 12, 8, 10, 10].map((rise, i) => school(100 + i, 50 + i * 5, 50 + i * 5 + rise));
  const pool = [4, 6, 5, 5, 5].map((rise, i) => school(200 + i, 50 + i * 5, 50 + i * 5 + rise));
  const answer = impactOf({
    participants,
    pool,
    beforeYear: 2017,
    afterYear: 2018,
    methodologyBreaks: [2016],
    comparatorsEach: 1,
  });
  assert.equal(answer.kind, 'estimate');
  assert.equal(answer.participants, 5);
  assert.equal(answer.comparators, 5);
  assert.equal(answer.effect, 5);
  assert.ok(Math.abs(answer.lower - 3.261) < 0.002, String(answer.lower));
  assert.ok(Math.abs(answer.upper - 6.739) < 0.002, String(answer.upper));
  assert.equal(answer.significant, true);
});

const refusals: {
  why: string;
  beforeYear: number;
  afterYear: number;
  participants: number;
  kind: string;
  message: RegExp;
}[] = [
  {
    why: 'across KS2’s 2016 change',
    beforeYear: 2015,
    afterYear: 2016,
    participants: 12,
    kind: 'methodology break',
    message: /Results before 2016 were worked out differently: 2015 and 2016 cannot be compared/,
  },
  {
    why: 'four schools',
    beforeYear: 2016,
    afterYear: 2018,
    participants: 4,
    kind: 'too few',
    message: /Too few schools to tell: 4 taking part and 12 to compare with/,
  },
];
for (const c of refusals) {
  test(`no effect is claimed: ${c.why}`, () => {
    const participants = Array.from({ length: c.participants }, (_, i) => school(i + 1, 50 + i, 55 + i));
    const pool = Array.from({ length: 40 }, (_, i) => school(1000 + i, 40 + i, 42 + i));
    const answer = impactOf({
      participants,
      pool,
      beforeYear: c.beforeYear,
      afterYear: c.afterYear,
      methodologyBreaks: [2016],
    });
    assert.equal(answer.kind, c.kind);
    assert.ok('message' in answer);
    assert.match(answer.message, c.message);
  });
}

test('a school without both years’ figures is left out, on either side', () => {
  const participants = [
    ...Array.from({ length: 5 }, (_, i) => school(i + 1, 50, 55)),
    { ...school(9, 50, 0), after: null },
  ];
  const pool = Array.from({ length: 20 }, (_, i) => school(100 + i, 50, 52));
  const answer = impactOf({ participants, pool, beforeYear: 2017, afterYear: 2018, methodologyBreaks: [] });
  assert.equal(answer.kind, 'estimate');
  assert.equal(answer.participants, 5);
});
