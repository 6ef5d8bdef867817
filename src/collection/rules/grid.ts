// What an in-year return collects (SPEC C7; seed 000 5.1: "in-year progress data for all year groups
// and all core subjects including a focus on disadvantaged pupils, boys and SEND"): for each year
// group, subject and group of pupils, how many pupils and the share on track; and the school's
// predictions for the summer (5.2). A window keeps the grid it was opened with.

export const pupilGroups = ['all', 'disadvantaged', 'boys', 'SEND'] as const;
export type PupilGroup = (typeof pupilGroups)[number];

export const groupWords: Record<PupilGroup, string> = {
  all: 'all pupils',
  disadvantaged: 'disadvantaged pupils',
  boys: 'boys',
  SEND: 'pupils with SEND',
};

export type Measure = { key: 'pupils' | 'expected' | 'higher'; label: string };

export type Prediction = {
  key: string;
  label: string;
  /** The catalogue indicator its result arrives as, to compare with (C7, 7). */
  indicator: string;
  unit: 'percentage' | 'score';
};

export type Grid = {
  phase: 'Primary' | 'Secondary';
  yearGroups: readonly string[];
  subjects: readonly string[];
  groups: readonly PupilGroup[];
  measures: readonly Measure[];
  predictions: readonly Prediction[];
};

export const defaultGrids: Record<Grid['phase'], Grid> = {
  Primary: {
    phase: 'Primary',
    yearGroups: ['R', '1', '2', '3', '4', '5', '6'],
    subjects: ['reading', 'writing', 'maths'],
    groups: pupilGroups,
    measures: [
      { key: 'pupils', label: 'Pupils' },
      { key: 'expected', label: '% on track for the expected standard' },
      { key: 'higher', label: '% on track for greater depth' },
    ],
    predictions: [
      {
        key: 'ks2rwm',
        label: 'KS2 reading, writing and maths at the expected standard (%)',
        indicator: 'KS2RWM_Expected_STD',
        unit: 'percentage',
      },
    ],
  },
  Secondary: {
    phase: 'Secondary',
    yearGroups: ['7', '8', '9', '10', '11'],
    subjects: ['English', 'maths', 'science'],
    groups: pupilGroups,
    measures: [
      { key: 'pupils', label: 'Pupils' },
      { key: 'expected', label: '% on track for grade 4 or above' },
      { key: 'higher', label: '% on track for grade 5 or above' },
    ],
    predictions: [
      { key: 'a8', label: 'Attainment 8', indicator: 'AVG_Attain8_Score', unit: 'score' },
      { key: 'p8', label: 'Progress 8', indicator: 'AVG_Prog8_Score', unit: 'score' },
      {
        key: 'em4',
        label: 'English and maths grade 4 or above (%)',
        indicator: 'EngMaths9-4',
        unit: 'percentage',
      },
      {
        key: 'em5',
        label: 'English and maths grade 5 or above (%)',
        indicator: 'EngMaths9-5',
        unit: 'percentage',
      },
    ],
  },
};

/** A cell of the grid: year group, subject, group and measure. */
export type CellAddress = { year: string; subject: string; group: PupilGroup; measure: Measure['key'] };

export const cellKey = (c: CellAddress) => `${c.year}|${c.subject}|${c.group}|${c.measure}`;

export function parseCellKey(key: string): CellAddress | null {
  const [year, subject, group, measure] = key.split('|');
  if (year === undefined || subject === undefined || group === undefined || measure === undefined)
    return null;
  if (!(pupilGroups as readonly string[]).includes(group)) return null;
  if (measure !== 'pupils' && measure !== 'expected' && measure !== 'higher') return null;
  return { year, subject, group: group as PupilGroup, measure };
}

/** "Year 4 maths, disadvantaged pupils": how a message names a cell's row. */
export const rowWords = (c: { year: string; subject: string; group: PupilGroup }) =>
  `${c.year === 'R' ? 'Reception' : `Year ${c.year}`} ${c.subject}, ${groupWords[c.group]}`;

/** Every row of the grid, in the order a form and a workbook list them. */
export function gridRows(grid: Grid): { year: string; subject: string; group: PupilGroup }[] {
  return grid.yearGroups.flatMap((year) =>
    grid.subjects.flatMap((subject) => grid.groups.map((group) => ({ year, subject, group }))),
  );
}

export type Figures = Readonly<Record<string, number | null>>;
