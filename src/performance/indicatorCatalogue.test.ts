import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  catalogueEntries,
  filterCatalogue,
  heldByIndicator,
  keyStageOf,
  pupilGroupName,
  unitWords,
  type CatalogueIndicator,
} from './indicatorCatalogue.ts';
import type { MethodologyFamily } from './compare/breaks.ts';

// The catalogue's words and filters. Topics are LAIT's own (lait_data_dictionary.csv, "Topic");
// families are those Beacon gives DfE's performance tables' measures.

const keyStages: { topic: string; family: MethodologyFamily; expected: string; source: string }[] = [
  {
    topic: 'Foundation Stage',
    family: 'eyfs',
    expected: 'Early years foundation stage',
    source: 'LAIT topic',
  },
  {
    topic: 'Key Stage 1 and Phonics',
    family: 'phonics',
    expected: 'Key stage 1 and phonics',
    source: 'LAIT topic',
  },
  { topic: 'Key Stage 2', family: 'ks2Progress', expected: 'Key stage 2', source: 'LAIT topic' },
  { topic: 'Key Stage 4', family: 'progress8', expected: 'Key stage 4', source: 'LAIT topic' },
  { topic: 'Attainment by age 19', family: 'other', expected: '16 to 19', source: 'LAIT topic' },
  { topic: 'Key Stage 5', family: 'other', expected: '16 to 19', source: 'LAIT topic' },
  { topic: 'Children Looked After', family: 'other', expected: 'Not a key stage', source: 'LAIT topic' },
  {
    topic: 'Performance tables',
    family: 'ks2Attainment',
    expected: 'Key stage 2',
    source: 'DfE performance tables, KS2',
  },
];
for (const c of keyStages) {
  test(`key stage of ${c.topic} (${c.source}) is ${c.expected}`, () => {
    assert.equal(keyStageOf(c.topic, c.family), c.expected);
  });
}

const units = [
  {
    unit: 'percentage',
    label: '% achieving expected standard',
    expected: 'Percentage (% achieving expected standard)',
  },
  { unit: 'percentage', label: '%', expected: 'Percentage' },
  { unit: 'rate', label: 'per 10,000 children', expected: 'Rate (per 10,000 children)' },
  { unit: 'other', label: '', expected: 'Other' },
  { unit: 'other', label: '£ per pupil', expected: '£ per pupil' },
];
for (const c of units) {
  test(`unit ${c.unit} with "${c.label}" reads "${c.expected}"`, () => {
    assert.equal(unitWords(c.unit, c.label), c.expected);
  });
}

test('pupil groups are named in words, and an unknown code is spelled out rather than shown raw', () => {
  assert.equal(pupilGroupName('disadvantaged'), 'Disadvantaged pupils');
  assert.equal(pupilGroupName('all'), 'All pupils');
  assert.equal(pupilGroupName('looked_after'), 'Looked after');
});

const indicator = (
  key: string,
  title: string,
  topic: string,
  family: MethodologyFamily = 'other',
): CatalogueIndicator => ({
  key,
  title,
  topic,
  unit: 'percentage',
  unitLabel: '%',
  polarity: 'higher',
  methodologyFamily: family,
  source: topic === 'Key Stage 2' ? 'DfE LAIT data dictionary' : 'Ambitious Plymouth, 7 December 2015',
  description: '',
});
const entries = catalogueEntries(
  [
    indicator(
      'KS2RWM_Expected_STD',
      'KS2 reading, writing and maths - expected standard',
      'Key Stage 2',
      'ks2Attainment',
    ),
    indicator('KS2Read_Expected_STD', 'KS2 reading - expected standard', 'Key Stage 2', 'ks2Attainment'),
    indicator('Schools_Good_Outstanding', 'Schools judged good or outstanding by Ofsted', 'Schools'),
    indicator('EarlyEducation_3_4', 'Take-up of funded early education', 'Early Years'),
  ],
  heldByIndicator([
    {
      indicatorKey: 'KS2RWM_Expected_STD',
      entityType: 'la',
      pupilGroup: 'all',
      latest: 2016,
      latestLabel: '2016',
    },
    {
      indicatorKey: 'KS2RWM_Expected_STD',
      entityType: 'school',
      pupilGroup: 'disadvantaged',
      latest: 2018,
      latestLabel: '2018',
    },
    {
      indicatorKey: 'KS2Read_Expected_STD',
      entityType: 'la',
      pupilGroup: 'all',
      latest: 2015,
      latestLabel: '2015',
    },
    {
      indicatorKey: 'Schools_Good_Outstanding',
      entityType: 'ward',
      pupilGroup: 'all',
      latest: 2016,
      latestLabel: '2015/16',
    },
  ]),
);

const filters = [
  {
    name: 'every word must appear: "reading maths"',
    filters: { q: 'reading maths' },
    expected: ['KS2RWM_Expected_STD'],
  },
  {
    name: 'a plural finds the longer word: "maths" finds mathematics',
    filters: { q: 'maths' },
    expected: ['KS2RWM_Expected_STD'],
  },
  { name: 'a word from the code finds it', filters: { q: 'ks2read' }, expected: ['KS2Read_Expected_STD'] },
  {
    name: 'by key stage',
    filters: { keyStage: 'Key stage 2' },
    expected: ['KS2Read_Expected_STD', 'KS2RWM_Expected_STD'],
  },
  { name: 'by pupil group held', filters: { group: 'disadvantaged' }, expected: ['KS2RWM_Expected_STD'] },
  {
    name: 'by source',
    filters: { source: 'Ambitious Plymouth, 7 December 2015' },
    expected: ['EarlyEducation_3_4', 'Schools_Good_Outstanding'],
  },
  { name: 'by topic and words together', filters: { topic: 'Key Stage 2', q: 'good' }, expected: [] },
];
for (const c of filters) {
  test(`the catalogue filters ${c.name}`, () => {
    assert.deepEqual(
      filterCatalogue(entries, c.filters)
        .map((e) => e.key)
        .sort(),
      [...c.expected].sort(),
    );
  });
}

test('what is held: the latest period of anything, whether LAs have figures, and every pupil group', () => {
  const ks2 = entries.find((e) => e.key === 'KS2RWM_Expected_STD');
  assert.deepEqual(
    { latest: ks2?.latestPeriod, la: ks2?.hasLaFigures, groups: ks2?.groups },
    { latest: 2018, la: true, groups: ['all', 'disadvantaged'] },
  );
  const schools = entries.find((e) => e.key === 'Schools_Good_Outstanding');
  assert.ok(schools);
  assert.deepEqual([schools.hasLaFigures, schools.latestPeriodLabel], [false, '2015/16']);
  const early = entries.find((e) => e.key === 'EarlyEducation_3_4');
  assert.equal(early?.latestPeriod, null);
});
