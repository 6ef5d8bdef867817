import type ExcelJS from 'exceljs';
import Papa from 'papaparse';

// Every CSV and workbook Beacon writes goes through here, so that text someone typed (an owner's
// commentary, a school's name from a register file) can never arrive in Excel as a live formula
// (OWASP "CSV injection"): a text cell that begins with = + - @, a tab or a carriage return, and
// is not simply a number, is written with a leading apostrophe, which Excel shows as text.

type FileCell = string | number | boolean | Date | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/** Whether a spreadsheet program would read this text as a formula. */
export function isLiveFormula(text: string): boolean {
  return formulaStart.test(text) && !plainNumber.test(text);
}

/** A text cell made safe to open; numbers, dates and plain figures are left as they are. */
export function neutralised(cell: FileCell): FileCell {
  return typeof cell === 'string' && isLiveFormula(cell) ? `'${cell}` : cell;
}

// The page prints a minus as U+2212, which reads better; a file carries the hyphen-minus that
// Excel and every other program read as a minus sign.
const asFileText = (cell: FileCell): FileCell =>
  typeof cell === 'string' ? neutralised(cell.replaceAll('\u2212', '-')) : cell;

/**
 * Rows as CSV that opens in Excel: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as
 * Windows-1252 and "Director of Children’s Services" comes out garbled), CRLF line ends.
 */
export function csvFile(rows: readonly (readonly FileCell[])[]): string {
  const cells = rows.map((row) =>
    row.map((cell) => {
      const text = asFileText(cell);
      return text === null || text === undefined ? '' : text instanceof Date ? text.toISOString() : text;
    }),
  );
  return `\uFEFF${Papa.unparse(cells, { newline: '\r\n' })}`;
}

/** Adds a row to a worksheet with its text cells neutralised. */
export function addSheetRow(sheet: ExcelJS.Worksheet, row: readonly FileCell[]): ExcelJS.Row {
  return sheet.addRow(row.map(asFileText));
}

/** A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], single spaces. */
export function sheetName(title: string, used: ReadonlySet<string>): string {
  let name = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 28)
    .trim();
  const base = name.slice(0, 26).trim();
  for (let n = 2; used.has(name); n++) name = `${base} ${String(n)}`;
  return name;
}

/** Text read back from a file Beacon wrote: the apostrophe that neutralised a formula comes off. */
export function restored(text: string): string {
  return text.startsWith("'") && isLiveFormula(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A new workbook, loading ExcelJS on first use: it is the heaviest library Beacon has, and most
 * commands and pages never write or read a spreadsheet.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}
