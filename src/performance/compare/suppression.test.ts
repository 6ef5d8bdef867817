import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultSmallCohortThreshold, derivedWithheld, isSmallCohort, withheld } from './suppression.ts';

// SPEC "Rules": "Suppress small numbers in views for roles below officer: a figure whose cohort is
// below the configured threshold (default: fewer than 6 pupils) shows as x / SUPP; aggregates must
// not let a suppressed figure be derived."
const cases: { cohort: number | null; sees: boolean; withheld: boolean; why: string }[] = [
  { cohort: 5, sees: false, withheld: true, why: 'fewer than 6 pupils, a school user' },
  { cohort: 6, sees: false, withheld: false, why: '6 pupils is not fewer than 6' },
  { cohort: 1, sees: true, withheld: false, why: 'an officer sees small cohorts' },
  { cohort: 0, sees: false, withheld: true, why: 'no pupils at all is a small cohort' },
  {
    cohort: null,
    sees: false,
    withheld: false,
    why: 'no cohort published: DfE’s own code (SUPP) already stands',
  },
  { cohort: 400, sees: false, withheld: false, why: 'a large cohort' },
];

for (const c of cases) {
  test(`cohort ${String(c.cohort)}: ${c.withheld ? 'withheld' : 'shown'} (${c.why})`, () => {
    assert.equal(withheld(c.cohort, defaultSmallCohortThreshold, c.sees), c.withheld);
  });
}

test('the threshold is configurable: with 10, a cohort of 8 is small', () => {
  assert.equal(isSmallCohort(8, 10), true);
  assert.equal(isSmallCohort(8, defaultSmallCohortThreshold), false);
});

test('a gap or change worked from a withheld figure is withheld (SPEC: not derivable)', () => {
  assert.equal(derivedWithheld(false, true), true);
  assert.equal(derivedWithheld(false, false), false);
});
