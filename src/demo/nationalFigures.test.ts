import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  generatedAuthorities,
  generatedLeague,
  generatedNationalFigures,
  generatedNeighbours,
} from './nationalFigures.ts';
import { rankLocalAuthorities } from '../performance/compare/rank.ts';

// The demonstration's generated leagues must agree with what seed 001 prints for Portsmouth.

const printed = [
  {
    indicator: 'KS2RWM_Expected_STD',
    own: 47.6,
    england: 53,
    rank: '=140',
    expected: { rank: 140, joint: true },
  },
  {
    indicator: 'KS2R_Expected_STD',
    own: 61.3,
    england: 66,
    rank: '119',
    expected: { rank: 119, joint: false },
  },
  {
    indicator: 'KS2W_Teacher_Assess',
    own: 72.6,
    england: 74.3,
    rank: '114',
    expected: { rank: 114, joint: false },
  },
  {
    indicator: 'KS2M_Expected_STD',
    own: 63.8,
    england: 70.1,
    rank: '135',
    expected: { rank: 135, joint: false },
  },
];
for (const c of printed) {
  test(`Portsmouth is ${c.rank} of 150 in the generated ${c.indicator} league (seed 001)`, () => {
    const league = generatedLeague(42, c.england, c.own, c.indicator, c.rank);
    assert.equal(league.length, 149);
    const ranked = rankLocalAuthorities(
      [{ key: 'own', value: c.own }, ...league.map((value, i) => ({ key: String(i), value }))],
      'higher',
    );
    const own = ranked.entries.find((e) => e.key === 'own');
    assert.deepEqual({ rank: own?.rank, joint: own?.joint }, c.expected);
    assert.ok(league.every((v) => v >= 0 && v <= 100));
  });
}

test('the generated figures are the same every time, and every one names a generated authority or England or Portsmouth', () => {
  const first = generatedNationalFigures();
  const second = generatedNationalFigures();
  assert.deepEqual(first.rows, second.rows);
  const codeAt = first.header.indexOf('entity_code');
  const known = new Set(['970', '851', ...generatedAuthorities.map((a) => a.code)]);
  assert.ok(first.rows.every((r) => known.has(r[codeAt] ?? '')));
  assert.ok(generatedAuthorities.every((a) => /^Generated authority \d{3}$/.test(a.name)));
  assert.equal(new Set(generatedNeighbours().map((n) => n.neighbourCode)).size, 10);
});
