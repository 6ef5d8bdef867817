import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupBy } from './collections.ts';

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
