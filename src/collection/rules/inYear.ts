import { cellKey, gridRows, type Figures, type Grid, type PupilGroup } from './grid.ts';

// The LA's in-year picture (SPEC C7, 6): for each year group, subject and group, the share on track
// across the schools' returns, weighted by their pupils, so that a school of 90 counts three times
// one of 30.

export type PictureRow = {
  year: string;
  subject: string;
  group: PupilGroup;
  schools: number;
  pupils: number;
  expected: number | null;
  higher: number | null;
};

export function inYearPicture(grid: Grid, returns: readonly Figures[]): PictureRow[] {
  return gridRows(grid).map((row) => {
    let pupils = 0;
    let schools = 0;
    let expected = 0;
    let higher = 0;
    for (const figures of returns) {
      const n = figures[cellKey({ ...row, measure: 'pupils' })] ?? null;
      const e = figures[cellKey({ ...row, measure: 'expected' })] ?? null;
      const h = figures[cellKey({ ...row, measure: 'higher' })] ?? null;
      if (n === null || e === null || h === null || n === 0) continue;
      schools += 1;
      pupils += n;
      expected += n * e;
      higher += n * h;
    }
    return {
      ...row,
      schools,
      pupils,
      expected: pupils === 0 ? null : expected / pupils,
      higher: pupils === 0 ? null : higher / pupils,
    };
  });
}
