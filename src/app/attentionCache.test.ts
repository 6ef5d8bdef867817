import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keptAttention } from './attentionCache.ts';

// The rules of keeping are versionedStore's (src/kernel/versionedStore.test.ts).
test('attention: each database keeps its own answers', async () => {
  const one = {};
  const item = { text: '1 thing', count: 1, href: '/' };
  assert.deepEqual(await keptAttention(one)('me', 1, () => Promise.resolve([item])), [item]);
  assert.equal(keptAttention(one), keptAttention(one));
  assert.deepEqual(await keptAttention({})('me', 1, () => Promise.resolve([])), []);
});
