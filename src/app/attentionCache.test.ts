import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AttentionItem } from '../access/capability.ts';
import { keptAttention } from './attentionCache.ts';

// The home page's answer is kept until the audit log moves on, or for half a minute at most.
const item = (count: number): AttentionItem => ({ text: `${String(count)} things`, count, href: '/' });

const cases: {
  name: string;
  later: { position: number; afterMs: number; key?: string };
  asksAgain: boolean;
}[] = [
  {
    name: 'the same person, nothing audited since, 10 s later',
    later: { position: 7, afterMs: 10_000 },
    asksAgain: false,
  },
  { name: 'a change audited since (the log moved on)', later: { position: 8, afterMs: 1 }, asksAgain: true },
  { name: 'half a minute later, nothing audited', later: { position: 7, afterMs: 30_000 }, asksAgain: true },
  {
    name: 'another person, at once',
    later: { position: 7, afterMs: 1, key: 'someone else' },
    asksAgain: true,
  },
];

for (const { name, later, asksAgain } of cases) {
  test(`attention: ${name} ${asksAgain ? 'asks again' : 'is answered from what was kept'}`, async () => {
    const db = {};
    let asked = 0;
    const work = () => Promise.resolve([item(++asked)]);
    const start = 1_000_000;
    assert.deepEqual(await keptAttention(db, 'me', 7, work, start), [item(1)]);
    const again = await keptAttention(db, later.key ?? 'me', later.position, work, start + later.afterMs);
    assert.deepEqual(again, [item(asksAgain ? 2 : 1)]);
    assert.equal(asked, asksAgain ? 2 : 1);
  });
}

test('attention: a failed answer is not kept, and another database keeps its own', async () => {
  const db = {};
  await assert.rejects(keptAttention(db, 'me', 1, () => Promise.reject(new Error('down')), 0));
  assert.deepEqual(await keptAttention(db, 'me', 1, () => Promise.resolve([item(3)]), 1), [item(3)]);
  assert.deepEqual(await keptAttention({}, 'me', 1, () => Promise.resolve([item(4)]), 2), [item(4)]);
});
