import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateTarget, newlyOffTrack, type KpiEvidence, type KpiStatus, type TargetRule } from './rules.ts';

const years = (values: Record<number, number | null>) =>
  Object.entries(values).map(([period, value]) => ({ period: Number(period), value }));

const evidence = (e: Partial<KpiEvidence> & Pick<KpiEvidence, 'actuals'>): KpiEvidence => ({
  direction: 'higher',
  decimalPlaces: 1,
  unit: '%',
  baseline: null,
  targetPeriod: 2018,
  ...e,
});

// Each case: the seed the target comes from, the figures, and the judgement Beacon must reach.
const cases: {
  seed: string;
  rule: TargetRule;
  evidence: KpiEvidence;
  status: KpiStatus;
  neededNext?: number | null;
  says?: RegExp;
}[] = [
  {
    seed: 'seed 002: NEET 6.14% → 5.5% (lower is better), on the line',
    rule: { kind: 'reach', target: 5.5 },
    evidence: evidence({
      direction: 'lower',
      decimalPlaces: 2,
      baseline: { period: 2015, value: 6.14 },
      targetPeriod: 2017,
      actuals: years({ 2016: 5.8 }),
    }),
    status: 'on track',
    neededNext: 5.5,
    says: /line to the target passes 5\.82% in 2015\/16/,
  },
  {
    seed: 'seed 002: NEET 6.14% → 5.5%, improving but behind the line',
    rule: { kind: 'reach', target: 5.5 },
    evidence: evidence({
      direction: 'lower',
      decimalPlaces: 2,
      baseline: { period: 2015, value: 6.14 },
      targetPeriod: 2017,
      actuals: years({ 2016: 6.0 }),
    }),
    status: 'at risk',
    neededNext: 5.5,
  },
  {
    seed: 'seed 002: NEET 6.14% → 5.5%, worse than the baseline',
    rule: { kind: 'reach', target: 5.5 },
    evidence: evidence({
      direction: 'lower',
      decimalPlaces: 2,
      baseline: { period: 2015, value: 6.14 },
      targetPeriod: 2017,
      actuals: years({ 2016: 6.3 }),
    }),
    status: 'off track',
  },
  {
    seed: 'seed 002: Year 12 participation 91.36% → 98%, reached by the target year',
    rule: { kind: 'reach', target: 98 },
    evidence: evidence({
      decimalPlaces: 2,
      baseline: { period: 2015, value: 91.36 },
      targetPeriod: 2016,
      actuals: years({ 2016: 98.1 }),
    }),
    status: 'met',
  },
  {
    seed: 'seed 002: apprenticeships 252 → 300, short at the target year',
    rule: { kind: 'reach', target: 300 },
    evidence: evidence({
      decimalPlaces: 0,
      unit: '',
      baseline: { period: 2015, value: 252 },
      targetPeriod: 2016,
      actuals: years({ 2016: 280 }),
    }),
    status: 'missed',
    says: /280 in 2015\/16 against a target of 300 by 2015\/16: missed/,
  },
  {
    seed: 'seed 000: participation at 16–17 "improve performance by at least 5 points" by Sept 2018',
    rule: { kind: 'improveBy', points: 5 },
    evidence: evidence({ baseline: { period: 2016, value: 88 }, actuals: years({ 2017: 90.5 }) }),
    status: 'on track',
    neededNext: 93,
  },
  {
    seed: 'seed 000: halve the disadvantaged gap by Sept 2018 (gap −20 → −10)',
    rule: { kind: 'halveGap' },
    evidence: evidence({ baseline: { period: 2016, value: -20 }, actuals: years({ 2017: -15 }) }),
    status: 'on track',
    neededNext: 10,
  },
  {
    seed: 'seed 000: halve the gap, and it widened',
    rule: { kind: 'halveGap' },
    evidence: evidence({ baseline: { period: 2016, value: -20 }, actuals: years({ 2017: -22 }) }),
    status: 'off track',
  },
  {
    seed: 'seed 000: KS2 "within the top 50% of authorities by September 2018", ranked 140 of 150 (seed 001)',
    rule: { kind: 'rankBand', band: 'top half' },
    evidence: evidence({
      baseline: { period: 2016, value: 47.6 },
      actuals: years({ 2016: 47.6 }),
      ranks: new Map([[2016, { rank: 140, of: 150 }]]),
    }),
    status: 'off track',
    neededNext: 75,
    says: /ranked 140 of 150 LAs in 2015\/16; the top half is rank 75 or better/,
  },
  {
    seed: 'seed 000: top 50% of LAs, rising from 140th to 90th',
    rule: { kind: 'rankBand', band: 'top half' },
    evidence: evidence({
      baseline: { period: 2016, value: 47.6 },
      actuals: years({ 2016: 47.6, 2017: 58 }),
      ranks: new Map([
        [2016, { rank: 140, of: 150 }],
        [2017, { rank: 90, of: 151 }],
      ]),
    }),
    status: 'at risk',
  },
  {
    seed: 'seed 000: EYFS boys "in the top quartile of LAs by September 2018", 30th of 150 in 2018',
    rule: { kind: 'rankBand', band: 'top quartile' },
    evidence: evidence({ actuals: years({ 2018: 74 }), ranks: new Map([[2018, { rank: 30, of: 150 }]]) }),
    status: 'met',
  },
  {
    seed: 'seed 000: top 50% of LAs, with only this LA holding a figure (the demonstration’s own data)',
    rule: { kind: 'rankBand', band: 'top half' },
    evidence: evidence({
      actuals: years({ 2018: 74 }),
      ranks: new Map(),
      lasWithFigure: new Map([[2018, 1]]),
    }),
    status: 'no data',
    says: /^Cannot be judged yet: only 1 LA holds a figure for 2017\/18, and a rank needs at least 2\.$/,
  },
  {
    seed: 'seed 000: absence better than national (lower is better)',
    rule: { kind: 'better', comparator: 'England' },
    evidence: evidence({
      direction: 'lower',
      baseline: { period: 2016, value: 5.1 },
      actuals: years({ 2017: 4.6 }),
      comparator: new Map([
        [2016, 4.6],
        [2017, 4.7],
      ]),
    }),
    status: 'on track',
    neededNext: 4.7,
  },
  {
    seed: 'seed 000: absence not yet better than national, gap narrowing',
    rule: { kind: 'better', comparator: 'England' },
    evidence: evidence({
      direction: 'lower',
      baseline: { period: 2016, value: 5.4 },
      actuals: years({ 2017: 4.9 }),
      comparator: new Map([
        [2016, 4.6],
        [2017, 4.7],
      ]),
    }),
    status: 'at risk',
  },
  {
    seed: 'seed 002: A level "in line with statistical neighbours", within a point',
    rule: { kind: 'inLine', comparator: 'statistical neighbours', tolerance: 1 },
    evidence: evidence({ actuals: years({ 2018: 77.5 }), comparator: new Map([[2018, 78.2]]) }),
    status: 'met',
  },
  {
    seed: 'seed 000: "all schools are good or outstanding by September 2018", 92% in 2017 (the line passes 91%)',
    rule: { kind: 'allGood' },
    evidence: evidence({
      decimalPlaces: 0,
      baseline: { period: 2016, value: 82 },
      actuals: years({ 2017: 92 }),
    }),
    status: 'on track',
    neededNext: 100,
  },
  {
    seed: 'seed 000: all schools good or outstanding, 88% in 2017 is behind the line',
    rule: { kind: 'allGood' },
    evidence: evidence({
      decimalPlaces: 0,
      baseline: { period: 2016, value: 82 },
      actuals: years({ 2017: 88 }),
    }),
    status: 'at risk',
  },
  {
    seed: 'seed 000: "maintain and improve on our high ranking", a decline',
    rule: { kind: 'maintain' },
    evidence: evidence({ baseline: { period: 2016, value: 72 }, actuals: years({ 2017: 70 }) }),
    status: 'off track',
  },
  {
    seed: 'a target whose indicator has no data is "no data", never "met"',
    rule: { kind: 'reach', target: 5.5 },
    evidence: evidence({
      direction: 'lower',
      baseline: { period: 2015, value: 6.14 },
      actuals: years({ 2016: null }),
    }),
    status: 'no data',
  },
  {
    seed: 'a comparator rule with no comparator for the year is "no data"',
    rule: { kind: 'better', comparator: 'England' },
    evidence: evidence({ actuals: years({ 2017: 4.6 }), comparator: new Map() }),
    status: 'no data',
  },
];

for (const c of cases) {
  test(c.seed, () => {
    const judged = evaluateTarget(c.rule, c.evidence);
    assert.equal(judged.status, c.status, judged.reasoning);
    if (c.neededNext !== undefined) assert.equal(judged.neededNext, c.neededNext);
    if (c.says) assert.match(judged.reasoning, c.says);
  });
}

// Seed 002's NEET target, 6.14% in 2014/15 to 5.5% (lower is better), here by 2017/18: a KPI is newly
// off track when its latest figure puts it off, not when it was already off before that figure.
const newly: { why: string; actuals: Record<number, number | null>; newly: boolean }[] = [
  { why: 'on the line, then well above it', actuals: { 2016: 5.9, 2017: 6.6 }, newly: true },
  { why: 'off already, and still off', actuals: { 2016: 6.5, 2017: 6.6 }, newly: false },
  { why: 'on track', actuals: { 2016: 5.8 }, newly: false },
  { why: 'no figures yet', actuals: {}, newly: false },
];
for (const c of newly) {
  test(`a KPI newly off track: ${c.why}`, () => {
    const e = evidence({
      direction: 'lower',
      decimalPlaces: 2,
      baseline: { period: 2015, value: 6.14 },
      targetPeriod: 2018,
      actuals: years(c.actuals),
    });
    assert.equal(newlyOffTrack({ kind: 'reach', target: 5.5 }, e), c.newly);
  });
}
