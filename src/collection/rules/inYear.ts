import { cellKey, gridRows, type Figures, type Grid, type PupilGroup } from './grid.ts';

// The LA's in-year picture (SPEC C7, 6): for each year group, subject and group, the share on track
// across the schools' returns, weighted by their pupils, so that a school of 90 counts three times
// one of 30. A return adds to running totals when it is sent to the LA; the picture divides them.

export type PictureRow = {
  year: string;
  subject: string;
  group: PupilGroup;
  schools: number;
  pupils: number;
  expected: number | null;
  higher: number | null;
};

export type Contribution = { row: string; pupils: number; expectedSum: number; higherSum: number };

export const rowKey = (r: { year: string; subject: string; group: PupilGroup }) =>
  `${r.year}|${r.subject}|${r.group}`;

/** What one return adds to the totals: each row with its pupils and both shares, weighted by pupils. */
export function contributions(grid: Grid, figures: Figures): Contribution[] {
  return gridRows(grid).flatMap((row) => {
    const n = figures[cellKey({ ...row, measure: 'pupils' })] ?? null;
    const e = figures[cellKey({ ...row, measure: 'expected' })] ?? null;
    const h = figures[cellKey({ ...row, measure: 'higher' })] ?? null;
    if (n === null || e === null || h === null || n === 0) return [];
    return [{ row: rowKey(row), pupils: n, expectedSum: n * e, higherSum: n * h }];
  });
}

/** The picture from the running totals, row by row in the grid's order. */
export function pictureFromTotals(
  grid: Grid,
  totals: readonly (Contribution & { schools: number })[],
): PictureRow[] {
  const byRow = new Map(totals.map((t) => [t.row, t]));
  return gridRows(grid).map((row) => {
    const t = byRow.get(rowKey(row));
    const pupils = t?.pupils ?? 0;
    return {
      ...row,
      schools: t?.schools ?? 0,
      pupils,
      expected: t && pupils > 0 ? t.expectedSum / pupils : null,
      higher: t && pupils > 0 ? t.higherSum / pupils : null,
    };
  });
}

/** The picture worked from the returns themselves: the totals added up at once. */
export function inYearPicture(grid: Grid, returns: readonly Figures[]): PictureRow[] {
  const totals = new Map<string, Contribution & { schools: number }>();
  for (const figures of returns)
    for (const c of contributions(grid, figures)) {
      const t = totals.get(c.row) ?? { row: c.row, schools: 0, pupils: 0, expectedSum: 0, higherSum: 0 };
      totals.set(c.row, {
        row: c.row,
        schools: t.schools + 1,
        pupils: t.pupils + c.pupils,
        expectedSum: t.expectedSum + c.expectedSum,
        higherSum: t.higherSum + c.higherSum,
      });
    }
  return pictureFromTotals(grid, [...totals.values()]);
}
