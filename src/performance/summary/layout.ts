// The LA results summary, laid out as seed 001's "Provisional Educational Attainment & Progress
// Results 2016" lays it out: one table per stage, each row a measure in the paper's own words. A
// row shows when the LA has a figure for it this year or last; later years' measures (GCSE 9-4,
// Progress 8) sit beside the ones they replaced, so one layout serves every year.

/**
 * - `againstNational`: this year against national, this year's gap and last year's (EYFS, phonics, KS1);
 * - `ranked`: the same with the LA's rank among LAs (KS2 attainment);
 * - `progress`: a progress score against national's 0, with its significance (KS2 progress);
 * - `yearOnYear`: this year against last (KS4).
 */
export type SummaryTableKind = 'againstNational' | 'ranked' | 'progress' | 'yearOnYear';

export type SummaryTableLayout = {
  id: string;
  title: string;
  kind: SummaryTableKind;
  rows: readonly { key: string; label: string }[];
};

export const resultsSummaryLayout: readonly SummaryTableLayout[] = [
  {
    id: 'early-years-phonics-ks1',
    title: 'Early Years Foundation Stage Profile (EYFSP), Phonics and Key Stage 1',
    kind: 'againstNational',
    rows: [
      { key: 'FSP_NEW_GOODDEV', label: 'EYFSP - Good Level of Development' },
      { key: 'KS1P_all', label: 'Phonics Yr 1' },
      { key: 'KS1R_Expected_STD', label: 'KS1 Reading' },
      { key: 'KS1W_Expected _STD', label: 'KS1 Writing' },
      { key: 'KS1M_Expected _STD', label: 'KS1 Maths' },
      { key: 'KS1RWM_Expected_STD', label: 'KS1 Combined' },
    ],
  },
  {
    id: 'ks2-attainment',
    title: 'Key Stage 2: Attainment',
    kind: 'ranked',
    rows: [
      {
        key: 'KS2RWM_Expected_STD',
        label: 'KS2 Reading, Writing & Maths Combined - % meeting expected standard',
      },
      { key: 'KS2R_Expected_STD', label: 'KS2 Reading - % meeting expected standard' },
      { key: 'KS2W_Teacher_Assess', label: 'KS2 Writing - % meeting expected standard' },
      { key: 'KS2M_Expected_STD', label: 'KS2 Maths - % meeting expected standard' },
    ],
  },
  {
    id: 'ks2-progress',
    title: 'Key Stage 2: Progress',
    kind: 'progress',
    rows: [
      { key: 'KS2R_Prog_VA', label: 'KS2 Reading Average Progress score' },
      { key: 'KS2W_Prog_VA', label: 'KS2 Writing Average Progress score' },
      { key: 'KS2M_Prog_VA', label: 'KS2 Maths Average Progress score' },
    ],
  },
  {
    id: 'ks4',
    title: 'Key Stage 4',
    kind: 'yearOnYear',
    rows: [
      { key: 'AVG_Attain8_Score', label: 'Attainment 8' },
      { key: 'AVG_Prog8_Score', label: 'Progress 8' },
      { key: 'KS4_AC_EngMaths', label: 'Pupils achieving A*-C GCSE in English and maths' },
      { key: 'EngMaths9-4', label: 'Pupils achieving a 9-4 pass in English and maths' },
      { key: 'EngMaths9-5', label: 'Pupils achieving a 9-5 pass in English and maths' },
      {
        key: 'KS4_5AC_EngMaths',
        label: 'Pupils achieving 5+ A*-C GCSEs including English and maths',
      },
    ],
  },
];

export const summaryIndicatorKeys = resultsSummaryLayout.flatMap((t) => t.rows.map((r) => r.key));
