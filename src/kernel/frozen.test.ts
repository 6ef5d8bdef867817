import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepFrozen } from './frozen.ts';

test('deepFrozen: everything held is frozen, all the way down', () => {
  const value = deepFrozen({ plan: { actions: [{ rag: 'red' }] }, on: new Date(0) });
  const cases: { name: string; change: () => void }[] = [
    { name: 'a field of the answer', change: () => Object.assign(value, { extra: 1 }) },
    { name: 'a list inside it', change: () => value.plan.actions.push({ rag: 'green' }) },
    {
      name: 'an item of the list',
      change: () => Object.assign(value.plan.actions[0] ?? {}, { rag: 'amber' }),
    },
  ];
  for (const { name, change } of cases) assert.throws(change, TypeError, name);
  assert.equal(value.plan.actions[0]?.rag, 'red');
  assert.equal(value.on.getTime(), 0);
});

test('deepFrozen: typed arrays (which cannot be frozen) and plain values are given back as they are', () => {
  const bytes = new Uint8Array([1, 2]);
  assert.equal(deepFrozen({ bytes }).bytes, bytes);
  assert.equal(Object.isFrozen(bytes), false);
  assert.equal(deepFrozen(3), 3);
  assert.equal(deepFrozen(null), null);
});
