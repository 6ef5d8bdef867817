import { test } from 'node:test';
import assert from 'node:assert/strict';
import { versionedStore } from './versionedStore.ts';

// An answer is kept until the version it was worked from moves on, or for `maxAgeMs` at most (the
// home page's attention list: until the audit log moves on, or half a minute).
const cases: {
  name: string;
  later: { version: number; afterMs: number; key?: string };
  asksAgain: boolean;
}[] = [
  {
    name: 'the same key, the same version, 10 s later',
    later: { version: 7, afterMs: 10_000 },
    asksAgain: false,
  },
  {
    name: 'the version moved on (a change audited since)',
    later: { version: 8, afterMs: 1 },
    asksAgain: true,
  },
  { name: 'half a minute later, the same version', later: { version: 7, afterMs: 30_000 }, asksAgain: true },
  {
    name: 'another key (another person), at once',
    later: { version: 7, afterMs: 1, key: 'someone else' },
    asksAgain: true,
  },
];

for (const { name, later, asksAgain } of cases) {
  test(`versioned store: ${name} ${asksAgain ? 'works it out again' : 'answers from what was kept'}`, async () => {
    const kept = versionedStore<number>(10, 30_000);
    let asked = 0;
    const work = () => Promise.resolve(++asked);
    const start = 1_000_000;
    assert.equal(await kept('me', 7, work, start), 1);
    assert.equal(
      await kept(later.key ?? 'me', later.version, work, start + later.afterMs),
      asksAgain ? 2 : 1,
    );
    assert.equal(asked, asksAgain ? 2 : 1);
  });
}

test('versioned store: a failed answer is not kept; beyond the limit the oldest goes first', async () => {
  const kept = versionedStore<string>(2);
  await assert.rejects(kept('a', 1, () => Promise.reject(new Error('down'))));
  assert.equal(await kept('a', 1, () => Promise.resolve('a1')), 'a1');
  await kept('b', 1, () => Promise.resolve('b1'));
  await kept('c', 1, () => Promise.resolve('c1'));
  assert.equal(await kept('a', 1, () => Promise.resolve('a2')), 'a2');
  assert.equal(await kept('c', 1, () => Promise.resolve('c2')), 'c1');
});
