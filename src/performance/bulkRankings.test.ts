import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnDatabases } from '../db/testing.ts';
import { rankEverything } from './bulkRankings.ts';
import { indicators, indicatorValues } from './schema.ts';
import type { Polarity } from './compare/polarity.ts';

// The set-based ranking finds bands from positions, not cut points (bulkRankings.ts): these cases
// are the ones where the two could part, each worked out by hand from the LAIT method
// (dfe-lait/SOURCE.md: ties share the lowest rank; type-7 quartiles; bands include their upper edge).
type Case = {
  name: string;
  polarity: Polarity;
  noQuartile?: boolean;
  values: number[];
  // Rank and band of each value, in the order given.
  expected: [rank: number, band: string | null][];
};

const cases: Case[] = [
  {
    name: 'one LA: the only value is rank 1, and as q0 = q25 = … = q100 it sits in the bottom band',
    polarity: 'higher',
    values: [50],
    expected: [[1, 'D']],
  },
  {
    name: 'two LAs, higher is better: cut points 52.5, 55, 57.5 lie strictly between them',
    polarity: 'higher',
    values: [50, 60],
    expected: [
      [2, 'D'],
      [1, 'A'],
    ],
  },
  {
    name: 'five LAs, higher: whole positions, so each cut point is a value (60, 70, 80) and belongs below it',
    polarity: 'higher',
    values: [50, 60, 70, 80, 90],
    expected: [
      [5, 'D'],
      [4, 'D'],
      [3, 'C'],
      [2, 'B'],
      [1, 'A'],
    ],
  },
  {
    name: 'five LAs, lower is better: a value on a cut point is in the better band',
    polarity: 'lower',
    values: [50, 60, 70, 80, 90],
    expected: [
      [1, 'A'],
      [2, 'A'],
      [3, 'B'],
      [4, 'C'],
      [5, 'D'],
    ],
  },
  {
    name: 'ties straddling a cut point share the lowest rank and one band (q25 = 60 from the tie)',
    polarity: 'higher',
    values: [50, 60, 60, 60, 90],
    expected: [
      [5, 'D'],
      [2, 'D'],
      [2, 'D'],
      [2, 'D'],
      [1, 'A'],
    ],
  },
  {
    name: 'ties at the top, lower is better',
    polarity: 'lower',
    values: [10, 10, 20, 30, 40, 50],
    expected: [
      [1, 'A'],
      [1, 'A'],
      [3, 'B'],
      [4, 'C'],
      [5, 'D'],
      [6, 'D'],
    ],
  },
  {
    name: 'every LA equal: all rank 1; every cut point is that value, and at or below q25 is best when lower is better',
    polarity: 'lower',
    values: [7, 7, 7, 7],
    expected: [
      [1, 'A'],
      [1, 'A'],
      [1, 'A'],
      [1, 'A'],
    ],
  },
  {
    name: 'a measure flagged "no quartile" is ranked but not banded',
    polarity: 'higher',
    noQuartile: true,
    values: [1, 2, 3],
    expected: [
      [3, null],
      [2, null],
      [1, null],
    ],
  },
];

describeOnDatabases('the set-based LAIT ranking', (database) => {
  test('ranks and bands every case as the LAIT method does', async () => {
    const { db } = database();
    await db.insert(indicators).values(
      cases.map((c, i) => ({
        key: `case${i}`,
        title: c.name,
        topic: 'test',
        unit: 'score' as const,
        polarity: c.polarity,
        noQuartile: c.noQuartile ?? false,
        source: 'test',
      })),
    );
    await db.insert(indicatorValues).values(
      cases.flatMap((c, i) =>
        c.values.map((value, at) => ({
          indicatorKey: `case${i}`,
          entityType: 'la',
          entityCode: String(800 + at),
          period: '2019',
          periodEnd: 2019,
          value,
          importId: 0,
          sourceLine: at + 2,
        })),
      ),
    );
    const ranked = await rankEverything(db);
    cases.forEach((c, i) => {
      const got = c.values.map((_, at) => {
        const row = ranked.find((r) => r.indicator_key === `case${i}` && r.entity_code === String(800 + at));
        return [row?.rank, row?.band];
      });
      assert.deepEqual(got, c.expected, c.name);
      assert.ok(
        ranked.filter((r) => r.indicator_key === `case${i}`).every((r) => r.n === c.values.length),
        `${c.name}: N`,
      );
    });
  });
});
