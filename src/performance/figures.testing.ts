import type { Figure, IndicatorRow } from './valuesRepository.ts';

// Catalogue entries and figures for the pure builders' tests: a plain final figure with nothing
// published beside it, changed where a case needs it.

export function testIndicator(key: string, changes: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    key,
    title: key,
    topic: 'KS2',
    unit: 'percentage',
    unitLabel: '%',
    polarity: 'higher',
    decimalPlaces: 0,
    noQuartile: false,
    periodType: 'Academic Year',
    methodologyFamily: 'ks2Attainment',
    source: 'test',
    description: '',
    editedAt: null,
    ...changes,
  };
}

const codes: Record<string, string> = { england: '970', la: '851', school: '990001' };

export function testFigure(
  indicatorKey: string,
  entityType: string,
  periodEnd: number,
  value: number,
  changes: Partial<Figure> = {},
): Figure {
  return {
    indicatorKey,
    entityType,
    code: codes[entityType] ?? '990001',
    name: '',
    periodEnd,
    period: String(periodEnd),
    status: 'final',
    value,
    suppression: null,
    publishedRank: null,
    publishedRankOf: null,
    publishedRankJoint: null,
    publishedDecimals: null,
    ciLower: null,
    ciUpper: null,
    publishedJudgement: null,
    denominator: null,
    ...changes,
  };
}
