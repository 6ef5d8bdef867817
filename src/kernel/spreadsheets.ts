import type ExcelJS from 'exceljs';
import { ImportFailedError, importLimits, withLineNumbers, type CsvTable } from './importFiles.ts';
import fs from 'node:fs';
import { restored, newWorkbook } from './tables/files.ts';

// A cell as the text a CSV would hold. Numbers keep full precision: never the cell's display
// format, which may round (a cell showing 74 can hold 74.3).
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return restored(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result);
  if ('text' in value) return value.text;
  if ('error' in value) return '';
  return '';
}

/** The first worksheet of an XLSX file as a header and rows of text, like a parsed CSV. */
export async function readSpreadsheet(file: string): Promise<CsvTable> {
  if (!fs.existsSync(file))
    throw new ImportFailedError(file, [{ line: 0, message: `There is no file ${file}` }]);
  const size = fs.statSync(file).size;
  if (size > importLimits.workbook) {
    throw new ImportFailedError(file, [
      {
        line: 0,
        message: `The workbook is ${String(Math.round(size / 1048576))} MB; the largest workbook Beacon imports is ${String(importLimits.workbook / 1048576)} MB (save a larger one as CSV UTF-8)`,
      },
    ]);
  }
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    throw new ImportFailedError(file, [
      { line: 0, message: 'The file is not an Excel workbook (.xlsx) that can be read' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0)
    throw new ImportFailedError(file, [{ line: 1, message: 'The first worksheet is empty' }]);
  const width = sheet.columnCount;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows.push(cells);
  });
  const [header = [], ...data] = rows;
  const table = withLineNumbers(
    header.map((h) => h.trim()),
    data,
  );
  if (table.rows.length === 0)
    throw new ImportFailedError(file, [{ line: 2, message: 'The worksheet has a header but no rows' }]);
  return table;
}
