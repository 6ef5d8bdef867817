import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachConcurrently, groupBy } from './collections.ts';

test('groupBy keeps each group in the order its rows came, and the groups in first-seen order', () => {
  const rows = [
    { la: '851', year: 2019 },
    { la: '852', year: 2019 },
    { la: '851', year: 2018 },
    { la: '851', year: 2017 },
  ];
  const grouped = groupBy(rows, (r) => r.la);
  assert.deepEqual([...grouped.keys()], ['851', '852']);
  assert.deepEqual(
    grouped.get('851')?.map((r) => r.year),
    [2019, 2018, 2017],
  );
  assert.deepEqual(grouped.get('852'), [{ la: '852', year: 2019 }]);
});

test('groupBy of no rows is an empty map', () => {
  assert.equal(groupBy([], (r: number) => r).size, 0);
});

test('forEachConcurrently runs every item, never more than the limit at once', async () => {
  let running = 0;
  let most = 0;
  const done: number[] = [];
  await forEachConcurrently([1, 2, 3, 4, 5, 6, 7], 2, async (n) => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 5 * (n % 3)));
    done.push(n);
    running -= 1;
  });
  assert.deepEqual([...done].sort(), [1, 2, 3, 4, 5, 6, 7]);
  assert.equal(most, 2);
});

test('forEachConcurrently stops at the first failure and says so', async () => {
  await assert.rejects(
    forEachConcurrently([1, 2, 3], 2, async (n) => {
      if (n === 2) throw new Error('letter 2 failed');
      await Promise.resolve();
    }),
    /letter 2 failed/,
  );
});
