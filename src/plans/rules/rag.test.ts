import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ragSummary } from './rag.ts';

// Seed 000's priorities as the demonstration holds them: a summary never ends in a comma.
const cases: {
  counts: Record<'not started' | 'red' | 'amber' | 'green' | 'complete', number>;
  says: string;
}[] = [
  { counts: { 'not started': 27, red: 0, amber: 0, green: 0, complete: 0 }, says: 'Not started 27' },
  {
    counts: { 'not started': 2, red: 1, amber: 0, green: 3, complete: 0 },
    says: 'Not started 2, red 1, green 3',
  },
  { counts: { 'not started': 0, red: 0, amber: 0, green: 0, complete: 4 }, says: 'Complete 4' },
  { counts: { 'not started': 0, red: 0, amber: 0, green: 0, complete: 0 }, says: 'no actions yet' },
];

for (const c of cases) {
  test(`RAG summary: ${c.says}`, () => {
    assert.equal(ragSummary(c.counts), c.says);
  });
}
