import type { IndicatorRecord } from '../performance/imports/laitDictionary.ts';
import { withLineNumbers, type CsvTable } from '../kernel/importFiles.ts';
import { templateOptional, templateRequired } from '../performance/imports/valuesTemplate.ts';

// Seed 001, "Provisional Educational Attainment & Progress Results 2016", as Portsmouth's council
// would load it through the values template (docs/values-template.md).
//
// - 2016: Portsmouth's provisional figures and the national ones as the paper prints them. Where
//   the paper prints a national figure whole but its gap to one decimal place (writing: 72.6 against
//   "74", gap −1.7), the national figure is stored at the precision the gap was worked from (74.3)
//   and printed whole (published_decimals 0).
// - 2015: the paper prints only the gap (the "previous measure" for key stages 1 and 2). England's
//   figures are DfE's 2015 statistical first releases, which printed them whole (GLD 66%, phonics
//   77%, KS1 level 2+ reading 90%, writing 88%, maths 93%, KS2 level 4+ RWM 80%, reading 89%,
//   writing 87%, maths 87%); Portsmouth's are England's plus the paper's gap. EYFS's 69% is the
//   paper's own (3.2).
// - Key stage 4: the paper has Portsmouth only; "national provisional results are not yet available".

const lait = 'DfE LAIT data dictionary';
const attainment = {
  unit: 'percentage',
  unitLabel: '% achieving expected level',
  polarity: 'higher',
} as const;

function laitEntry(
  key: string,
  title: string,
  topic: string,
  methodologyFamily: IndicatorRecord['methodologyFamily'],
  extra: Partial<IndicatorRecord> = {},
): IndicatorRecord {
  return {
    key,
    title,
    topic,
    ...attainment,
    decimalPlaces: null,
    noQuartile: false,
    periodType: 'Academic Year',
    methodologyFamily,
    source: lait,
    description: '',
    ...extra,
  };
}

const progress = { unit: 'score', unitLabel: 'Average Score', decimalPlaces: 2 } as const;

/** The LAIT catalogue entries seed 001 uses, as LAIT's dictionary describes them. */
export const demoIndicators: IndicatorRecord[] = [
  laitEntry(
    'FSP_NEW_GOODDEV',
    'Foundation Stage - % achieving a good level of development',
    'Foundation Stage',
    'eyfs',
  ),
  laitEntry('KS1P_all', 'Phonics Decoding - All pupils', 'Key Stage 1 and Phonics', 'phonics'),
  laitEntry('KS1R_Expected_STD', 'Key Stage 1 Reading Expected Standard', 'Key Stage 1 and Phonics', 'ks1'),
  laitEntry('KS1W_Expected _STD', 'Key Stage 1 Writing Expected Standard', 'Key Stage 1 and Phonics', 'ks1'),
  laitEntry('KS1M_Expected _STD', 'Key Stage 1 Maths Expected Standard', 'Key Stage 1 and Phonics', 'ks1'),
  laitEntry(
    'KS2RWM_Expected_STD',
    'KS2 % reading, writing and mathematics - Expected standard - All Pupils',
    'Key Stage 2',
    'ks2Attainment',
  ),
  laitEntry(
    'KS2R_Expected_STD',
    'KS2 - Expected standard Reading - All Pupils',
    'Key Stage 2',
    'ks2Attainment',
  ),
  laitEntry(
    'KS2W_Teacher_Assess',
    'KS2 TA - expected standard Writing - All Pupils',
    'Key Stage 2',
    'ks2Attainment',
  ),
  laitEntry(
    'KS2M_Expected_STD',
    'KS2 - Expected standard Maths - All Pupils',
    'Key Stage 2',
    'ks2Attainment',
  ),
  laitEntry(
    'KS2R_Prog_VA',
    'Progress between age 7 and age 11 - KS2 Reading',
    'Key Stage 2',
    'ks2Progress',
    progress,
  ),
  laitEntry(
    'KS2W_Prog_VA',
    'Progress between age 7 and age 11 - KS2 Writing',
    'Key Stage 2',
    'ks2Progress',
    progress,
  ),
  laitEntry(
    'KS2M_Prog_VA',
    'Progress between age 7 and age 11 - KS2 Maths',
    'Key Stage 2',
    'ks2Progress',
    progress,
  ),
  laitEntry('AVG_Attain8_Score', 'Average Attainment 8 score per pupil', 'Key Stage 4', 'ks4Attainment', {
    unit: 'score',
    unitLabel: 'Score per pupil',
  }),
];

export type Figure = {
  indicator: string;
  /** Portsmouth 2016, England 2016, Portsmouth 2015, England 2015. */
  la2016: string;
  england2016?: string;
  la2015?: string;
  england2015?: string;
  rank?: string;
  judgement?: string;
  /** Places the paper printed England's 2016 figure to, when fewer than its gap was worked from. */
  englandDecimals?: number;
};

export const seed001Figures: Figure[] = [
  { indicator: 'FSP_NEW_GOODDEV', la2016: '69.7', england2016: '69.3', la2015: '69', england2015: '66' },
  { indicator: 'KS1P_all', la2016: '81.4', england2016: '80.6', la2015: '74', england2015: '77' },
  { indicator: 'KS1R_Expected_STD', la2016: '72.6', england2016: '74.0', la2015: '92', england2015: '90' },
  { indicator: 'KS1W_Expected _STD', la2016: '62.6', england2016: '65.5', la2015: '90', england2015: '88' },
  { indicator: 'KS1M_Expected _STD', la2016: '70.7', england2016: '72.6', la2015: '94', england2015: '93' },
  { indicator: 'KS1RWM_Expected_STD', la2016: '58.5', england2016: '60.3' },
  {
    indicator: 'KS2RWM_Expected_STD',
    la2016: '47.6',
    england2016: '53.0',
    englandDecimals: 0,
    rank: '=140',
    la2015: '78',
    england2015: '80',
  },
  {
    indicator: 'KS2R_Expected_STD',
    la2016: '61.3',
    england2016: '66.0',
    englandDecimals: 0,
    rank: '119',
    la2015: '88',
    england2015: '89',
  },
  {
    indicator: 'KS2W_Teacher_Assess',
    la2016: '72.6',
    england2016: '74.3',
    englandDecimals: 0,
    rank: '114',
    la2015: '86',
    england2015: '87',
  },
  {
    indicator: 'KS2M_Expected_STD',
    la2016: '63.8',
    england2016: '70.1',
    englandDecimals: 0,
    rank: '135',
    la2015: '86',
    england2015: '87',
  },
  ...['KS2R_Prog_VA', 'KS2W_Prog_VA', 'KS2M_Prog_VA'].map((indicator, i) => ({
    indicator,
    la2016: ['-1.6', '-1.4', '-1.8'][i] ?? '',
    england2016: '0',
    englandDecimals: 0,
    judgement: 'significantly below',
  })),
  { indicator: 'AVG_Attain8_Score', la2016: '46.2', la2015: '44.1' },
  { indicator: 'KS4_AC_EngMaths', la2016: '57.5', la2015: '52.6' },
  { indicator: 'KS4_5AC_EngMaths', la2016: '54.7', la2015: '50.7' },
];

const header = [...templateRequired, ...templateOptional];

function row(cells: Partial<Record<(typeof header)[number], string>>): string[] {
  return header.map((c) => cells[c] ?? '');
}

/** Seed 001's tables as rows of the values template. */
export function seed001Results(): CsvTable {
  const la = { entity_type: 'la', entity_code: '851', entity_name: 'Portsmouth' };
  const england = { entity_type: 'england', entity_code: '970', entity_name: 'England' };
  // Each figure is printed to the places it is written with ("74.0", "69"), unless the paper printed
  // it to fewer than it was worked from (England's 2016 KS2 figures, printed whole).
  const printed = (value: string, places?: number) => ({
    value,
    published_decimals: String(places ?? value.split('.')[1]?.length ?? 0),
  });
  const rows = seed001Figures.flatMap((f) => {
    const of = { indicator: f.indicator };
    const provisional = { period: '2016', status: 'provisional' };
    const lastYear = { period: '2015' };
    return [
      row({
        ...la,
        ...of,
        ...provisional,
        ...printed(f.la2016),
        published_rank: f.rank ?? '',
        published_rank_of: f.rank === undefined ? '' : '150',
        published_judgement: f.judgement ?? '',
      }),
      ...(f.england2016 === undefined
        ? []
        : [row({ ...england, ...of, ...provisional, ...printed(f.england2016, f.englandDecimals) })]),
      ...(f.la2015 === undefined ? [] : [row({ ...la, ...of, ...lastYear, ...printed(f.la2015) })]),
      ...(f.england2015 === undefined
        ? []
        : [row({ ...england, ...of, ...lastYear, ...printed(f.england2015) })]),
    ];
  });
  return withLineNumbers([...header], rows);
}
