import type { CsvTable, ImportProblem } from '../../kernel/importFiles.ts';
import { readDate } from '../rules/dates.ts';

// Reading one CSV row's cells by column name, each check reporting the line and column it failed at.

export type Row = { cells: string[]; line: number };

export class RowReader {
  private readonly indexes: Map<string, number>;
  constructor(
    private readonly table: CsvTable,
    readonly problems: ImportProblem[],
  ) {
    this.indexes = new Map(table.header.map((name, i) => [name, i]));
  }

  has(column: string): boolean {
    return this.indexes.has(column);
  }

  *rows(): Generator<Row> {
    for (let i = 0; i < this.table.rows.length; i++) {
      yield { cells: this.table.rows[i] ?? [], line: this.table.lines[i] ?? 0 };
    }
  }

  /** The trimmed cell, '' when the column is absent or empty. */
  text(row: Row, column: string): string {
    const index = this.indexes.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  }

  /** The cell, or null when empty; GIAS writes "Not applicable" and "Does not apply" for nothing. */
  optional(row: Row, column: string): string | null {
    const value = this.text(row, column);
    return value === '' || value === 'Not applicable' || value === 'Does not apply' ? null : value;
  }

  required(row: Row, column: string): string {
    const value = this.text(row, column);
    if (value === '') this.problem(row, column, 'is empty');
    return value;
  }

  urn(row: Row, column: string): number {
    const value = this.text(row, column);
    if (!/^\d{1,7}$/.test(value) || Number(value) === 0) {
      this.problem(row, column, `"${value}" is not a URN (a whole number of up to seven digits)`);
      return 0;
    }
    return Number(value);
  }

  whole(row: Row, column: string, range: { min: number; max: number }): number | null {
    const value = this.text(row, column);
    if (value === '') return null;
    const n = Number(value);
    if (!Number.isInteger(n) || n < range.min || n > range.max) {
      this.problem(row, column, `"${value}" is not a whole number from ${range.min} to ${range.max}`);
      return null;
    }
    return n;
  }

  decimal(row: Row, column: string, range: { min: number; max: number }): number | null {
    const value = this.text(row, column);
    if (value === '') return null;
    const n = Number(value);
    if (!Number.isFinite(n) || n < range.min || n > range.max) {
      this.problem(row, column, `"${value}" is not a number from ${range.min} to ${range.max}`);
      return null;
    }
    return n;
  }

  date(row: Row, column: string): string | null {
    const value = this.text(row, column);
    const date = readDate(value);
    if (date === undefined) {
      this.problem(row, column, `"${value}" is not a real date (write DD-MM-YYYY or YYYY-MM-DD)`);
      return null;
    }
    return date;
  }

  oneOf<T extends string>(row: Row, column: string, allowed: readonly T[]): T {
    const value = this.text(row, column);
    if (!(allowed as readonly string[]).includes(value)) {
      this.problem(row, column, `"${value}" is not a known value (expected one of: ${allowed.join('; ')})`);
    }
    return value as T;
  }

  problem(row: Row, column: string, message: string): void {
    this.problems.push({ line: row.line, column, message: `${column} ${message}` });
  }
}

/** Refuses a second row for the same key, naming both lines. */
export function firstLines(problems: ImportProblem[], what: string, column: string) {
  const seen = new Map<string | number, number>();
  return (key: string | number, line: number): boolean => {
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        line,
        column,
        message: `${what} ${String(key)} appears again (first on line ${first})`,
      });
      return false;
    }
    seen.set(key, line);
    return true;
  };
}
