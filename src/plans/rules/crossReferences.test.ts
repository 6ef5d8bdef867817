import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkCrossReferences } from './crossReferences.ts';

// Seed 000 action 2.1 "Introduce a new peer challenge process (refer to 1.3)"; seed 002 numbers "1:2:1".
const numbers = new Set(['1.3', '2.2', '1:2:1']);
const cases: [string, { text: string; action?: string }[]][] = [
  [
    'Introduce a new peer challenge process (refer to 1.3)',
    [
      { text: 'Introduce a new peer challenge process (refer to ' },
      { text: '1.3', action: '1.3' },
      { text: ')' },
    ],
  ],
  [
    "In addition to 2.2 focus the LA's school improvement",
    [
      { text: 'In addition to ' },
      { text: '2.2', action: '2.2' },
      { text: " focus the LA's school improvement" },
    ],
  ],
  ['see 1:2:1', [{ text: 'see ' }, { text: '1:2:1', action: '1:2:1' }]],
  // A figure that is not an action in the plan stays as words.
  ['NEET 6.14% to 5.5%', [{ text: 'NEET 6.14% to 5.5%' }]],
];
for (const [text, parts] of cases) {
  test(`"${text}"`, () => {
    assert.deepEqual(linkCrossReferences(text, numbers), parts);
  });
}
