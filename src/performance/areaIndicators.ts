import type { IndicatorRecord } from './imports/laitDictionary.ts';

// The lines of an area profile, "if this area had 100 children" (seed 004, section 2), in the
// seed's order. Each is an indicator a council may enter for its constituencies and wards through
// the values template; some Beacon can also work out from its schools' own figures, weighted by
// pupils, when the council has not entered one.

/** Where Beacon finds a line's figure among the schools of an area, when the council gave none. */
export type FromSchools =
  | { kind: 'registerFsm' }
  | { kind: 'goodOrOutstanding' }
  | { kind: 'schoolFigure'; indicator: string; phaseGroup?: 'Primary' | 'Secondary' };

export type AreaLine = {
  indicator: IndicatorRecord;
  /** The words after the number: "29 will live in poverty". */
  ofHundred: string;
  fromSchools?: FromSchools;
};

const source = 'Council’s own figures (values template)';

function areaIndicator(key: string, title: string, polarity: IndicatorRecord['polarity']): IndicatorRecord {
  return {
    key,
    title,
    topic: 'Area profile',
    unit: 'percentage',
    unitLabel: '%',
    polarity,
    decimalPlaces: 1,
    noQuartile: true,
    periodType: 'Academic Year',
    methodologyFamily: 'other',
    source,
    description: 'Entered by a council for its parliamentary constituencies and wards.',
  };
}

export const areaLines: readonly AreaLine[] = [
  {
    indicator: areaIndicator('AREA_CHILD_POVERTY', 'Children living in poverty (%)', 'lower'),
    ofHundred: 'will live in poverty',
  },
  {
    indicator: areaIndicator(
      'AREA_LOW_BIRTH_WEIGHT',
      'Babies born with a low birth weight, below 2,500g (%)',
      'lower',
    ),
    ofHundred: 'will be low birth weight babies (below 2,500g)',
  },
  {
    indicator: areaIndicator(
      'AREA_KS2_EXPECTED_PROGRESS',
      'Pupils making expected progress in primary school (%), the measure before 2016',
      'higher',
    ),
    ofHundred: 'will make expected progress in primary school',
  },
  {
    indicator: areaIndicator(
      'AREA_KS2_EXPECTED_STANDARD',
      'Pupils reaching the expected standard in reading, writing and maths at key stage 2 (%)',
      'higher',
    ),
    ofHundred: 'will reach the expected standard in reading, writing and maths at the end of primary school',
    fromSchools: { kind: 'schoolFigure', indicator: 'KS2RWM_Expected_STD' },
  },
  {
    indicator: areaIndicator(
      'AREA_KS4_AC_ENGLISH_MATHS',
      'Pupils achieving A*–C GCSEs including English and maths (%), the measure before 2017',
      'higher',
    ),
    ofHundred: 'will achieve A*–C GCSEs including English and maths',
  },
  {
    indicator: areaIndicator(
      'AREA_KS4_ENGLISH_MATHS_4',
      'Pupils achieving grade 4 or above in English and maths GCSE (%)',
      'higher',
    ),
    ofHundred: 'will achieve grade 4 or above in English and maths GCSE',
    fromSchools: { kind: 'schoolFigure', indicator: 'EngMaths9-4' },
  },
  {
    indicator: areaIndicator(
      'AREA_OBESE_RECEPTION',
      'Children overweight or obese in reception (%)',
      'lower',
    ),
    ofHundred: 'will be overweight or obese in reception',
  },
  {
    indicator: areaIndicator('AREA_OBESE_YEAR6', 'Children overweight or obese in year 6 (%)', 'lower'),
    ofHundred: 'will be overweight or obese by year 6',
  },
  {
    indicator: areaIndicator('AREA_FSM_ELIGIBLE', 'Pupils eligible for free school meals (%)', 'neither'),
    ofHundred: 'will be eligible for free school meals',
    fromSchools: { kind: 'registerFsm' },
  },
  {
    indicator: areaIndicator(
      'AREA_PERSISTENT_ABSENCE_SECONDARY',
      'Secondary pupils persistently absent (%)',
      'lower',
    ),
    ofHundred: 'will be persistently absent from secondary school',
    fromSchools: { kind: 'schoolFigure', indicator: 'SCH_ABS_PERSISTENT', phaseGroup: 'Secondary' },
  },
  {
    indicator: areaIndicator('AREA_LONE_PARENT', 'Children living in lone-parent families (%)', 'neither'),
    ofHundred: 'will live in lone-parent families',
  },
  {
    indicator: areaIndicator(
      'AREA_GOOD_SCHOOLS',
      'Pupils in schools judged good or outstanding by Ofsted (%)',
      'higher',
    ),
    ofHundred: 'will go to a school Ofsted judged good or outstanding',
    fromSchools: { kind: 'goodOrOutstanding' },
  },
];

export const areaIndicators: readonly IndicatorRecord[] = areaLines.map((l) => l.indicator);
