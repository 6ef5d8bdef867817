import type ExcelJS from 'exceljs';
import { newWorkbook } from '../kernel/tables/files.ts';
import { cellText } from '../kernel/spreadsheets.ts';
import { ValidationError } from '../kernel/errors.ts';
import { workbookSizeProblem } from '../kernel/workbookSize.ts';
import {
  cellKey,
  groupWords,
  gridRows,
  pupilGroups,
  type Figures,
  type Grid,
  type PupilGroup,
} from './rules/grid.ts';

// The return as a workbook (SPEC C7, 3): downloaded with the school's figures so far, filled in and
// uploaded again. The reader checks the workbook is this template for this school, and remembers
// where each figure came from so that every message names its sheet and cell.

export const maxReturnBytes = 2 * 1024 * 1024;
const returnSheet = 'Return';
const predictionSheet = 'Predictions';
const firstRow = 7;
const header = ['Year group', 'Subject', 'Pupil group'];

type Prefill = {
  school: { urn: number; name: string };
  windowName: string;
  grid: Grid;
  figures: Figures;
  predictions: Figures;
  notes: Readonly<Record<string, string>>;
};

export async function returnTemplate(p: Prefill): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(returnSheet);
  sheet.getCell('A1').value = `${p.windowName}: in-year return`;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = 'School';
  sheet.getCell('B2').value = p.school.name;
  sheet.getCell('A3').value = 'URN';
  sheet.getCell('B3').value = p.school.urn;
  sheet.getCell('A4').value =
    'Fill in the white cells: pupils as whole numbers, the rest as percentages from 0 to 100. A note explains a big change.';
  const columns = [...header, ...p.grid.measures.map((m) => m.label), 'Note'];
  sheet.getRow(6).values = columns;
  sheet.getRow(6).font = { bold: true };
  gridRows(p.grid).forEach((row, i) => {
    const values = p.grid.measures.map((m) => p.figures[cellKey({ ...row, measure: m.key })] ?? null);
    const note =
      p.grid.measures.map((m) => p.notes[cellKey({ ...row, measure: m.key })] ?? '').find((n) => n !== '') ??
      '';
    sheet.getRow(firstRow + i).values = [row.year, row.subject, groupWords[row.group], ...values, note];
  });
  sheet.columns.forEach((column, i) => {
    column.width = i < 3 ? 22 : 18;
  });
  const predictions = workbook.addWorksheet(predictionSheet);
  predictions.getRow(1).values = ['Prediction for the summer', 'Key', 'Predicted', 'Note'];
  predictions.getRow(1).font = { bold: true };
  p.grid.predictions.forEach((prediction, i) => {
    predictions.getRow(2 + i).values = [
      prediction.label,
      prediction.key,
      p.predictions[prediction.key] ?? null,
      p.notes[`prediction|${prediction.key}`] ?? '',
    ];
  });
  predictions.columns.forEach((column, i) => {
    column.width = i === 0 ? 60 : 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A figure as a cell holds it: a number, empty, or NaN for anything else (refused by the checks). */
function figureIn(cell: ExcelJS.Cell): number | null {
  const text = cellText(cell.value).trim();
  if (text === '') return null;
  const value = Number(text.replace(/%$/, ''));
  return Number.isFinite(value) ? value : Number.NaN;
}

export type ReadReturn = {
  figures: Record<string, number | null>;
  predictions: Record<string, number | null>;
  notes: Record<string, string>;
  /** Where each cell's figure was read: "Return!E12". */
  addressOf: Map<string, string>;
};

const problem = (message: string) => new ValidationError([{ field: 'workbook', message }]);

export async function readReturnWorkbook(bytes: Buffer, grid: Grid, urn: number): Promise<ReadReturn> {
  const unsafe = await workbookSizeProblem(bytes);
  if (unsafe !== null)
    throw problem(
      unsafe.startsWith('The file is not')
        ? `${unsafe}: download the template for this school and fill that in`
        : unsafe,
    );
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw problem(
      'The file is not an Excel workbook (.xlsx): download the template for this school and fill that in',
    );
  }
  const sheet = workbook.getWorksheet(returnSheet);
  const predictionsSheet = workbook.getWorksheet(predictionSheet);
  if (!sheet || !predictionsSheet)
    throw problem(
      `The workbook has no sheet named “${!sheet ? returnSheet : predictionSheet}”: it is not Beacon’s return template. Download the template for this school and fill that in`,
    );
  const given = cellText(sheet.getCell('B3').value).trim();
  if (given !== String(urn))
    throw problem(
      `Return!B3 names school ${given === '' ? 'none' : given}, not ${String(urn)}: upload this school’s own workbook`,
    );
  const columns = [...header, ...grid.measures.map((m) => m.label)];
  const headings = columns.map((_, i) => cellText(sheet.getRow(6).getCell(i + 1).value).trim());
  const wrong = columns.findIndex((c, i) => headings[i] !== c);
  if (wrong >= 0)
    throw problem(
      `Return!${String.fromCharCode(65 + wrong)}6 should say “${columns[wrong] ?? ''}”: the sheet is not this return’s template`,
    );
  const result: ReadReturn = { figures: {}, predictions: {}, notes: {}, addressOf: new Map() };
  const groupOf = new Map(pupilGroups.map((g) => [groupWords[g], g] as [string, PupilGroup]));
  const rows = gridRows(grid);
  for (let r = firstRow; r < firstRow + rows.length + 50; r += 1) {
    const row = sheet.getRow(r);
    const year = cellText(row.getCell(1).value).trim();
    const subject = cellText(row.getCell(2).value).trim();
    const groupText = cellText(row.getCell(3).value).trim();
    if (year === '' && subject === '' && groupText === '') continue;
    const group = groupOf.get(groupText);
    const known = rows.find((x) => x.year === year && x.subject === subject && x.group === group);
    if (!known || !group)
      throw problem(`Return!A${String(r)}: “${year} ${subject} ${groupText}” is not a row of this return`);
    grid.measures.forEach((m, i) => {
      const key = cellKey({ ...known, measure: m.key });
      const column = String.fromCharCode(68 + i);
      result.figures[key] = figureIn(row.getCell(4 + i));
      result.addressOf.set(key, `${returnSheet}!${column}${String(r)}`);
    });
    const note = cellText(row.getCell(4 + grid.measures.length).value).trim();
    if (note !== '')
      for (const m of grid.measures)
        result.notes[cellKey({ ...known, measure: m.key })] = note.slice(0, 1000);
  }
  for (let r = 2; r < 2 + grid.predictions.length + 20; r += 1) {
    const row = predictionsSheet.getRow(r);
    const key = cellText(row.getCell(2).value).trim();
    if (key === '') continue;
    const prediction = grid.predictions.find((p) => p.key === key);
    if (!prediction)
      throw problem(`Predictions!B${String(r)}: “${key}” is not one of this return’s predictions`);
    result.predictions[key] = figureIn(row.getCell(3));
    result.addressOf.set(`prediction|${key}`, `${predictionSheet}!C${String(r)}`);
    const note = cellText(row.getCell(4).value).trim();
    if (note !== '') result.notes[`prediction|${key}`] = note.slice(0, 1000);
  }
  return result;
}

/** A refusal of an uploaded return, each message led by the sheet and cell its figure came from. */
export function locatedIn(
  error: ValidationError,
  read: ReadReturn,
  fieldOf: (cell: string) => string,
): ValidationError {
  const where = new Map([...read.addressOf].map(([cell, address]) => [fieldOf(cell), address]));
  return new ValidationError(
    error.problems.map((p) => ({
      field: 'workbook',
      message: where.has(p.field) ? `${where.get(p.field) ?? ''}: ${p.message}` : p.message,
    })),
  );
}
