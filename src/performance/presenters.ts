import type { IndicatorRow } from './valuesRepository.ts';

// What leaves Beacon about an indicator.
export function presentIndicator(i: IndicatorRow) {
  return {
    key: i.key,
    title: i.title,
    topic: i.topic,
    unit: i.unit,
    unitLabel: i.unitLabel,
    polarity: i.polarity,
    decimalPlaces: i.decimalPlaces,
    noQuartile: i.noQuartile,
    description: i.description,
    edited: i.editedAt !== null,
    periodType: i.periodType,
    methodologyFamily: i.methodologyFamily,
    source: i.source,
  };
}
