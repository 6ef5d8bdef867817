import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowanceUse, type VisitDays } from './allowance.ts';

// Seed 000, action 3.1: "a revised school visit programme based on intervention in inverse
// proportion to success".
const visit = (days: number, status: VisitDays['status']): VisitDays => ({ days, status });
const cases: {
  name: string;
  allowance: number;
  visits: VisitDays[];
  expected: ReturnType<typeof allowanceUse>;
}[] = [
  {
    name: 'a school of maximum concern with ten days: three done, four planned, three left',
    allowance: 10,
    visits: [visit(1, 'done'), visit(2, 'done'), visit(4, 'planned')],
    expected: { allowance: 10, done: 3, planned: 4, remaining: 3, overPlanned: false },
  },
  {
    name: 'a cancelled visit gives its days back',
    allowance: 4,
    visits: [visit(1, 'done'), visit(2, 'cancelled')],
    expected: { allowance: 4, done: 1, planned: 0, remaining: 3, overPlanned: false },
  },
  {
    name: 'more planned than a minimum-concern school’s one day is shown as over',
    allowance: 1,
    visits: [visit(0.5, 'done'), visit(1, 'planned')],
    expected: { allowance: 1, done: 0.5, planned: 1, remaining: -0.5, overPlanned: true },
  },
  {
    name: 'no visits: the whole allowance remains',
    allowance: 4,
    visits: [],
    expected: { allowance: 4, done: 0, planned: 0, remaining: 4, overPlanned: false },
  },
];
for (const c of cases) {
  test(`allowance: ${c.name}`, () => {
    assert.deepEqual(allowanceUse(c.allowance, c.visits), c.expected);
  });
}
