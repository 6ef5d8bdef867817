import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankPeriod } from './rankings.ts';
import type { AreaValue } from './valuesRepository.ts';

const row = (
  code: string,
  value: number | null,
  published?: [number, number],
  joint: boolean | null = null,
): AreaValue => ({
  code,
  name: `LA ${code}`,
  periodEnd: 2016,
  period: '2016',
  status: 'provisional',
  value,
  suppression: value === null ? 'x' : null,
  publishedRank: published?.[0] ?? null,
  publishedRankOf: published?.[1] ?? null,
  publishedRankJoint: joint,
  publishedDecimals: null,
});

test('a published rank is kept and shown as published (seed 001: Portsmouth "140 out of 150", provisional)', () => {
  // Seed 001 gives Portsmouth's rank but not every LA's value: the rank stands as published.
  // Seed 001 3.5: "provisionally joint 140th": joint as published, though no other LA here shares it.
  const ranking = rankPeriod(
    [row('851', 47.6, [140, 150], true), row('852', 53), row('853', 60)],
    'higher',
    false,
  );
  const portsmouth = ranking.entries.find((e) => e.laCode === '851');
  assert.deepEqual(
    {
      rank: portsmouth?.rank,
      rankOf: portsmouth?.rankOf,
      rankSource: portsmouth?.rankSource,
      joint: portsmouth?.joint,
    },
    { rank: 140, rankOf: 150, rankSource: 'published', joint: true },
  );
  const other = ranking.entries.find((e) => e.laCode === '853');
  assert.deepEqual(
    { rank: other?.rank, rankOf: other?.rankOf, rankSource: other?.rankSource },
    { rank: 1, rankOf: 3, rankSource: 'computed' },
  );
});

test('an LA with a DfE code instead of a value is listed last, unranked and unbanded', () => {
  const ranking = rankPeriod([row('a', null), row('b', 60), row('c', 50)], 'higher', false);
  assert.deepEqual(
    ranking.entries.map((e) => [e.laCode, e.rank, e.band]),
    [
      ['b', 1, 'A'],
      ['c', 2, 'D'],
      ['a', null, null],
    ],
  );
  assert.equal(ranking.n, 2);
});
