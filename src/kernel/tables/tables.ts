import { addSheetRow, csvFile, sheetName, newWorkbook } from './files.ts';
import { NotFoundError, ValidationError } from '../errors.ts';

// One shape for every table Beacon shows and lets people download, so the page, the CSV and the
// workbook cannot disagree. A figure cell carries its stored value (full precision, for anyone
// re-using it) and the text the page prints (rounded as printed), and the files carry both.

export type Direction = 'better' | 'worse' | 'no change' | 'increased' | 'decreased';

export type FigureCell = {
  value: number | null;
  text: string;
  /** How the figure reads for the measure: "worse than national", said in words, not colour. */
  judgement?: { direction: Direction | null; words: string } | undefined;
};

export type Cell = string | FigureCell;

export type DataColumn = { header: string; figure?: boolean };

export type DataTable = {
  id: string;
  title: string;
  columns: DataColumn[];
  rows: Cell[][];
  notes?: string[];
  /** Rows to pick out on the page (the chosen LA, its neighbours); the words are in a column too. */
  rowRoles?: (string | null)[];
  /** Where each row's measure is read in full (the page only; files carry the words). */
  rowLinks?: (string | null)[];
};

function textOf(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  return typeof cell === 'string' ? cell : cell.text;
}

function valueOf(cell: Cell | undefined): number | null {
  return cell === undefined || typeof cell === 'string' ? null : cell.value;
}

/** Headers for a file: a figure column becomes its stored value and the figure as shown. */
export function fileHeader(table: DataTable): string[] {
  return table.columns.flatMap((c) => (c.figure ? [c.header, `${c.header} (as shown)`] : [c.header]));
}

/** Rows for a file, stored values as numbers, in the header's order. */
export function fileRows(table: DataTable): (string | number | null)[][] {
  return table.rows.map((row) =>
    table.columns.flatMap((c, i) => (c.figure ? [valueOf(row[i]), textOf(row[i])] : [textOf(row[i])])),
  );
}

export function tableCsv(table: DataTable): string {
  return csvFile([fileHeader(table), ...fileRows(table)]);
}

/** A workbook with a worksheet for each table, titled as on the page. */
export async function tablesWorkbook(tables: readonly DataTable[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  const used = new Set<string>();
  for (const table of tables) {
    const name = sheetName(table.title, used);
    used.add(name);
    const sheet = workbook.addWorksheet(name);
    addSheetRow(sheet, [table.title]).font = { bold: true };
    addSheetRow(sheet, fileHeader(table)).font = { bold: true };
    for (const row of fileRows(table)) addSheetRow(sheet, row);
    for (const note of table.notes ?? []) addSheetRow(sheet, [note]);
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 50 : 18;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const spreadsheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The tables a download asks for: one by its id, or every one ("all"). */
export function chooseTables(all: readonly DataTable[], id: string): DataTable[] {
  const chosen = id === 'all' ? [...all] : all.filter((t) => t.id === id);
  if (chosen.length === 0) throw new NotFoundError(`There is no table ${id} here`);
  return chosen;
}

/** A file of tables: one table as CSV, or a workbook of one or more. */
export async function tablesFile(
  tables: readonly DataTable[],
  format: 'csv' | 'xlsx',
): Promise<string | Buffer> {
  const [first, ...more] = tables;
  if (!first) throw new NotFoundError('There is no table to write');
  if (format === 'xlsx') return tablesWorkbook(tables);
  if (more.length > 0)
    throw new ValidationError([
      { field: 'table', message: 'A CSV holds one table: choose one, or take the workbook' },
    ]);
  return tableCsv(first);
}
