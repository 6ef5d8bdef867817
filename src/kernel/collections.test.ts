import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachConcurrently, groupBy, inPipeline } from './collections.ts';

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

test('inPipeline prepares the next item while finishing the current, in order, never two ahead', async () => {
  const events: string[] = [];
  let preparedAhead = 0;
  let most = 0;
  await inPipeline(
    [1, 2, 3, 4],
    async (n) => {
      preparedAhead += 1;
      most = Math.max(most, preparedAhead);
      events.push(`prepare ${String(n)}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
      return n * 10;
    },
    async (prepared, n) => {
      preparedAhead -= 1;
      events.push(`finish ${String(n)} with ${String(prepared)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    },
  );
  assert.deepEqual(events, [
    'prepare 1',
    'prepare 2',
    'finish 1 with 10',
    'prepare 3',
    'finish 2 with 20',
    'prepare 4',
    'finish 3 with 30',
    'finish 4 with 40',
  ]);
  assert.ok(most <= 2, `${String(most)} prepared at once`);
});

test('inPipeline stops at the first failure and leaves nothing unhandled', async () => {
  const finished: number[] = [];
  await assert.rejects(
    inPipeline(
      [1, 2, 3],
      (n) => (n === 2 ? Promise.reject(new Error('no data for 2')) : Promise.resolve(n)),
      async (n) => {
        finished.push(n);
        await Promise.resolve();
      },
    ),
    /no data for 2/,
  );
  assert.deepEqual(finished, [1]);
});
