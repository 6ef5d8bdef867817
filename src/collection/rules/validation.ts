import {
  cellKey,
  gridRows,
  rowWords,
  type CellAddress,
  type Figures,
  type Grid,
  type Measure,
} from './grid.ts';

// Checking a return (SPEC C7, 4), in two levels as DfE's COLLECT does: errors must be fixed before
// it can be submitted; queries are accepted with a note that explains them. Each message names the
// year group, subject and group; for an uploaded workbook the sheet and cell are added by the reader.

export type Problem = {
  level: 'error' | 'query';
  /** An empty cell that must be filled: a draft may be saved with these, not sent. */
  missing?: true;
  /** The cell's key (cellKey), or "prediction|KEY". */
  cell: string;
  message: string;
};

export type PreviousReturn = Figures | null;

/** The school's last actual results, by prediction key. */
export type LastActuals = Readonly<Record<string, number | null>>;

export const changeLimit = 20;
export const predictionLimit = 15;

const measureWords = (grid: Grid, key: Measure['key']) =>
  grid.measures.find((m) => m.key === key)?.label.toLowerCase() ?? key;

export function checkReturn(
  grid: Grid,
  figures: Figures,
  predictions: Figures,
  previous: PreviousReturn,
  actuals: LastActuals,
  notes: Readonly<Record<string, string>> = {},
): Problem[] {
  const problems: Problem[] = [];
  // A cell that is not a number is its own error, and is read as empty by the other checks.
  const typed = (value: number | null | undefined) =>
    value === undefined || value === null || !Number.isFinite(value) ? null : value;
  const at = (c: CellAddress) => typed(figures[cellKey(c)]);
  for (const row of gridRows(grid)) {
    const where = rowWords(row);
    for (const measure of grid.measures) {
      const raw = figures[cellKey({ ...row, measure: measure.key })];
      if (raw !== undefined && raw !== null && !Number.isFinite(raw))
        problems.push({
          level: 'error',
          cell: cellKey({ ...row, measure: measure.key }),
          message: `${where}: the ${measure.label.toLowerCase()} is a number, like 24`,
        });
    }
    const pupils = at({ ...row, measure: 'pupils' });
    const expected = at({ ...row, measure: 'expected' });
    const higher = at({ ...row, measure: 'higher' });
    const given = [pupils, expected, higher].some((v) => v !== null);
    // Every figure for all pupils is needed; a group's figures are needed once any is given.
    if (row.group === 'all' || given)
      for (const measure of grid.measures)
        if (
          at({ ...row, measure: measure.key }) === null &&
          !Number.isNaN(figures[cellKey({ ...row, measure: measure.key })])
        )
          problems.push({
            level: 'error',
            missing: true,
            cell: cellKey({ ...row, measure: measure.key }),
            message: `${where}: enter the ${measure.label.toLowerCase()}`,
          });
    if (pupils !== null && (!Number.isInteger(pupils) || pupils < 0))
      problems.push({
        level: 'error',
        cell: cellKey({ ...row, measure: 'pupils' }),
        message: `${where}: pupils are a whole number, 0 or more`,
      });
    for (const [measure, value] of [
      ['expected', expected],
      ['higher', higher],
    ] as const)
      if (value !== null && (value < 0 || value > 100))
        problems.push({
          level: 'error',
          cell: cellKey({ ...row, measure }),
          message: `${where}: the ${measureWords(grid, measure)} is a percentage from 0 to 100`,
        });
    if (expected !== null && higher !== null && higher > expected)
      problems.push({
        level: 'error',
        cell: cellKey({ ...row, measure: 'higher' }),
        message: `${where}: the ${measureWords(grid, 'higher')} (${String(higher)}) cannot be above the ${measureWords(grid, 'expected')} (${String(expected)})`,
      });
    if (row.group !== 'all' && pupils !== null) {
      const all = at({ ...row, group: 'all', measure: 'pupils' });
      if (all !== null && pupils > all)
        problems.push({
          level: 'error',
          cell: cellKey({ ...row, measure: 'pupils' }),
          message: `${where}: ${String(pupils)} pupils is more than the ${String(all)} in the year group`,
        });
    }
    if (previous)
      for (const measure of ['expected', 'higher'] as const) {
        const now = at({ ...row, measure });
        const before = previous[cellKey({ ...row, measure })] ?? null;
        const key = cellKey({ ...row, measure });
        if (now !== null && before !== null && Math.abs(now - before) > changeLimit && !notes[key])
          problems.push({
            level: 'query',
            cell: key,
            message: `${where}: the ${measureWords(grid, measure)} moved from ${String(before)} to ${String(now)} since the last return, more than ${String(changeLimit)} points: add a note that explains it`,
          });
      }
  }
  for (const p of grid.predictions) {
    const key = `prediction|${p.key}`;
    const raw = predictions[p.key] ?? null;
    if (raw !== null && !Number.isFinite(raw)) {
      problems.push({
        level: 'error',
        cell: key,
        message: `Predictions: the ${p.label} is a number, like 24`,
      });
      continue;
    }
    const value = raw;
    if (value === null) {
      problems.push({
        level: 'error',
        missing: true,
        cell: key,
        message: `Predictions: enter the ${p.label}`,
      });
      continue;
    }
    if (p.unit === 'percentage' && (value < 0 || value > 100))
      problems.push({
        level: 'error',
        cell: key,
        message: `Predictions: the ${p.label} is a percentage from 0 to 100`,
      });
    const actual = actuals[p.key] ?? null;
    if (actual !== null && Math.abs(value - actual) > predictionLimit && !notes[key])
      problems.push({
        level: 'query',
        cell: key,
        message: `Predictions: the ${p.label} predicted, ${String(value)}, is more than ${String(predictionLimit)} points from the school’s last result, ${String(actual)}: add a note that explains it`,
      });
  }
  return problems;
}

/** The share of the cells that must be filled that are: the overview's completion. */
export function completion(grid: Grid, figures: Figures, predictions: Figures): number {
  const required = gridRows(grid).filter((r) => r.group === 'all');
  const cells = required.length * grid.measures.length + grid.predictions.length;
  if (cells === 0) return 1;
  let filled = 0;
  for (const r of required)
    for (const m of grid.measures)
      if ((figures[cellKey({ ...r, measure: m.key })] ?? null) !== null) filled += 1;
  for (const p of grid.predictions) if ((predictions[p.key] ?? null) !== null) filled += 1;
  return filled / cells;
}
