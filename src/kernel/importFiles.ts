import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

// What every import shares: read the file strictly, parse CSV with a library, and report every
// problem with file, line and column before anything is written.

export type ImportProblem = { line: number; column?: string; message: string };

export class ImportFailedError extends Error {
  override name = 'ImportFailedError';
  readonly statusCode = 400;
  constructor(
    readonly file: string,
    readonly problems: ImportProblem[],
  ) {
    const shown = problems
      .slice(0, 20)
      .map((p) => `  line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`);
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
    super([`${path.basename(file)} was not imported; nothing was changed:`, ...shown, ...more].join('\n'));
  }
}

export type RejectedRow = { line: number; reason: string };

export type ImportSummary = {
  dataset: string;
  file: string;
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  rejected: RejectedRow[];
};

export type Progress = {
  /** `unit` is what is counted: rows, or the bytes of a file read as it streams. */
  start(total: number, label: string, unit?: 'rows' | 'bytes'): void;
  advance(by: number): void;
  stop(): void;
};

export const silentProgress: Progress = {
  start: () => undefined,
  advance: () => undefined,
  stop: () => undefined,
};

const mebibytes = 1024 * 1024;

/**
 * The largest file of each kind Beacon imports, set by what this machine's memory takes
 * (docs/benchmarks.md, "Imports in bounded memory"). LAIT's values and the values template (CSV)
 * stream through in one pass, so their memory stays the same whatever the size and the limit is
 * only the upload's; every other kind is read whole and checked before anything is written, and
 * its limit keeps that well inside the memory a Beacon process has. A workbook is unzipped whole.
 */
export const importLimits = {
  streamed: 512 * mebibytes,
  wholeFile: 100 * mebibytes,
  workbook: 20 * mebibytes,
} as const;

/** The largest upload of any kind. */
export const maxImportBytes = importLimits.streamed;

/** The checks every import makes of its file before reading it: there, not empty, not too big. */
export function checkImportFile(file: string, maxBytes: number): string {
  if (!fs.existsSync(file))
    throw new ImportFailedError(file, [{ line: 0, message: `There is no file ${file}` }]);
  const size = fs.statSync(file).size;
  if (size === 0) throw new ImportFailedError(file, [{ line: 0, message: 'The file is empty' }]);
  if (size > maxBytes) {
    throw new ImportFailedError(file, [
      {
        line: 0,
        message: `The file is ${String(Math.round(size / 1048576))} MB; the largest file of this kind Beacon imports is ${String(Math.round(maxBytes / 1048576))} MB`,
      },
    ]);
  }
  return file;
}

/** Refuses UTF-16 text, named as such, from the file's first bytes. */
export function refuseUtf16(file: string, firstBytes: Uint8Array): void {
  if (utf16Of(firstBytes)) {
    throw new ImportFailedError(file, [
      {
        line: 1,
        message: 'The file is UTF-16 text, which Beacon does not read: save it as "CSV UTF-8" and try again',
      },
    ]);
  }
}

/**
 * Reads a text file in the encoding its publisher uses. UTF-8 files must be valid UTF-8 (a BOM is
 * dropped): a file saved in another encoding is refused rather than read as mojibake. With
 * 'detect', a file that is not valid UTF-8 is read as Windows-1252 (GIAS and Excel's plain "CSV"),
 * and a file that is neither (UTF-16, a spreadsheet saved as .csv, binary) is refused.
 */
export function readText(
  file: string,
  encoding: 'utf-8' | 'windows-1252' | 'detect' = 'utf-8',
  maxBytes: number = importLimits.wholeFile,
): string {
  const bytes = fs.readFileSync(checkImportFile(file, maxBytes));
  refuseUtf16(file, bytes);
  if (encoding === 'windows-1252') return iconv.decode(bytes, 'win1252');
  if (encoding === 'detect') return decodeDetected(file, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decode again leniently: the first replacement character marks the first bad byte.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new ImportFailedError(file, [
      {
        line,
        message:
          'The file is not UTF-8 (it may be Windows-1252 from Excel): save it as "CSV UTF-8" and try again',
      },
    ]);
  }
}

/**
 * UTF-16, with or without its byte-order mark. Without one, text in the Latin alphabet gives itself
 * away by a NUL in every other byte (Excel's "Unicode text" is UTF-16LE without a mark), which UTF-8
 * would otherwise read as valid text with NULs between the letters.
 */
export function utf16Of(bytes: Uint8Array): 'UTF-16' | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  // Text has its NULs on one side of each pair only (the high byte of Latin letters); a binary file
  // (a spreadsheet saved as .csv) has them on both.
  const pairs = Math.floor(sample.length / 2);
  const [more, fewer] = even > odd ? [even, odd] : [odd, even];
  return pairs >= 2 && more >= pairs * 0.4 && fewer <= pairs * 0.05 ? 'UTF-16' : null;
}

/** Bytes no text encoding Beacon reads would put in a CSV: NUL, and C0 controls other than tab and line ends. */
// eslint-disable-next-line no-control-regex -- finding control bytes is the point
const controlBytes = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Windows-1252 leaves five bytes undefined; iconv-lite reads them as the replacement character.
// (Node's own TextDecoder reads "windows-1252" as Latin-1, turning curly quotes into controls.)
const undefinedIn1252 = /\uFFFD/;

function decodeDetected(file: string, bytes: Buffer): string {
  const refuse = (text: string, index: number, why: string): never => {
    const line = text.slice(0, index).split('\n').length;
    throw new ImportFailedError(file, [{ line, message: `${why}: save it as "CSV UTF-8" and try again` }]);
  };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(bytes, 'win1252');
    const bad = text.search(undefinedIn1252);
    if (bad >= 0) refuse(text, bad, 'The file is neither UTF-8 nor Windows-1252 text');
  }
  const control = text.search(controlBytes);
  if (control >= 0)
    refuse(text, control, 'The file has bytes no text file has (it may be a spreadsheet or UTF-16)');
  return text;
}

/** Rows of text with the line each came from (blank lines are left out but not renumbered). */
export type CsvTable = { header: string[]; rows: string[][]; lines: number[] };

/** Drops blank rows, keeping each remaining row's own line number (the header is line 1). */
export function withLineNumbers(header: string[], dataRows: string[][]): CsvTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  dataRows.forEach((row, i) => {
    if (row.every((cell) => cell.trim() === '')) return;
    rows.push(row);
    lines.push(i + 2);
  });
  return { header, rows, lines };
}

/** Parses CSV text and checks that every required column is present; rows keep their line numbers. */
export function parseCsv(
  file: string,
  text: string,
  requiredColumns: readonly string[],
  options: { shortRows?: 'refuse' | 'pad'; longRows?: 'refuse' | 'keep' } = {},
): CsvTable {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const problems: ImportProblem[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ line: (e.row ?? 0) + 1, message: `The CSV is malformed: ${e.message}` }));
  const [header = [], ...dataRows] = parsed.data;
  const trimmed = header.map((h) => h.trim());
  const table = withLineNumbers(trimmed, dataRows);
  const rows = table.rows;
  const missing = requiredColumns.filter((c) => !trimmed.includes(c));
  if (missing.length > 0) {
    problems.unshift({
      line: 1,
      message: `Missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (found: ${trimmed.join(', ')})`,
    });
  }
  if (rows.length === 0 && problems.length === 0)
    problems.push({ line: 2, message: 'The file has a header but no rows' });
  if (problems.length > 0) throw new ImportFailedError(file, problems);
  const width = trimmed.length;
  rows.forEach((row, i) => {
    // DfE's performance-table files leave off a row's trailing empty cells: there a short row is
    // padded, and only a row longer than the header is wrong.
    if (options.shortRows === 'pad' && row.length < width) {
      while (row.length < width) row.push('');
      return;
    }
    // GIAS writes a school's second and later links as extra unquoted fields after its last column.
    if (options.longRows === 'keep' && row.length > width) return;
    if (row.length !== width) {
      problems.push({
        line: table.lines[i] ?? 0,
        message: `Has ${row.length} fields where the header has ${width}: the file may be truncated`,
      });
    }
  });
  if (problems.length > 0) throw new ImportFailedError(file, problems);
  return table;
}

/** A column's position by name, for reading rows as arrays (fast on 600k-row files). */
export function columnIndex(table: CsvTable, name: string): number {
  const index = table.header.indexOf(name);
  if (index < 0) throw new Error(`No column ${name}`);
  return index;
}
