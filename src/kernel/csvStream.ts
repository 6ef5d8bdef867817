import fs from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import Papa from 'papaparse';
import {
  checkImportFile,
  ImportFailedError,
  refuseUtf16,
  type CsvTable,
  type ImportProblem,
} from './importFiles.ts';

// A CSV read in one pass, a chunk of rows at a time, so that memory stays the same whatever the
// file's size: the file is decoded and parsed as it streams from disk, each chunk is handed on
// (to be checked and staged), and reading waits while the chunk is dealt with. The checks are
// those of `parseCsv`: strict UTF-8, the required columns, every row as wide as the header, and
// each problem named by its line.

export type CsvChunk = { rows: string[][]; lines: number[] };

export type CsvStreamOptions = {
  requiredColumns: readonly string[];
  maxBytes: number;
  /** Reading stops once this many problems are known, counting those the caller has found. */
  maxProblems?: number;
  callersProblems?: () => number;
  /** Told of each piece of the file read from disk, in bytes, for a progress bar. */
  onBytes?: (bytes: number) => void;
};

export type CsvStreamResult = { header: string[]; rows: number; problems: ImportProblem[] };

/** Strict UTF-8 as a stream: a byte that is not UTF-8 stops the read, naming its line. */
class Utf8Decoder extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private lines = 1;
  constructor(private readonly file: string) {
    super({ readableObjectMode: true });
  }
  /** The first bad byte's line: the lines before this piece, and those in it before the byte. */
  private fail(piece?: Buffer): ImportFailedError {
    const lenient = piece ? new TextDecoder('utf-8').decode(piece) : '';
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    return new ImportFailedError(this.file, [
      {
        line: this.lines + before.split('\n').length - 1,
        message:
          'The file is not UTF-8 (it may be Windows-1252 from Excel): save it as "CSV UTF-8" and try again',
      },
    ]);
  }
  private count(text: string): string {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lines += 1;
    return text;
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      done(null, this.count(this.decoder.decode(chunk, { stream: true })));
    } catch {
      done(this.fail(chunk));
    }
  }
  override _flush(done: TransformCallback): void {
    try {
      const rest = this.decoder.decode();
      done(null, rest === '' ? undefined : this.count(rest));
    } catch {
      done(this.fail());
    }
  }
}

const asError = (thrown: unknown): Error =>
  thrown instanceof Error
    ? thrown
    : new Error(typeof thrown === 'string' ? thrown : 'The file could not be read');

function checkFile(file: string, maxBytes: number): void {
  checkImportFile(file, maxBytes);
  const start = Buffer.alloc(4096);
  const fd = fs.openSync(file, 'r');
  const read = fs.readSync(fd, start, 0, start.length, 0);
  fs.closeSync(fd);
  refuseUtf16(file, start.subarray(0, read));
}

/**
 * Reads a CSV file chunk by chunk, handing each chunk of well-formed rows (blank lines left out,
 * line numbers kept) to `onChunk`, which may be asynchronous: reading waits for it. File-level
 * problems (no file, too big, not UTF-8, missing columns, no rows) throw ImportFailedError; row
 * problems (malformed, the wrong width) are returned, and their rows are not handed on.
 */
export async function streamCsv(
  file: string,
  options: CsvStreamOptions,
  onHeader: (header: string[]) => void,
  onChunk: (chunk: CsvChunk) => Promise<void> | void,
): Promise<CsvStreamResult> {
  checkFile(file, options.maxBytes);
  const maxProblems = options.maxProblems ?? 200;
  const problems: ImportProblem[] = [];
  let header: string[] | undefined;
  let index = 0; // rows read, the header included: a row's line is its index + 1
  let rows = 0;
  const decoder = new Utf8Decoder(file);
  const source = fs.createReadStream(file);
  if (options.onBytes) {
    const onBytes = options.onBytes;
    source.on('data', (piece) => {
      onBytes(piece.length);
    });
  }
  const input = source.pipe(decoder);
  let failure: unknown;
  input.on('error', (error) => {
    failure = error;
  });

  await new Promise<void>((resolve, reject) => {
    const settle = (error?: unknown) => {
      source.destroy();
      if (error !== undefined) reject(asError(error));
      else resolve();
    };
    Papa.parse<string[]>(input as unknown as File, {
      skipEmptyLines: false,
      chunk(results, parser) {
        for (const error of results.errors) {
          if (error.code === 'UndetectableDelimiter') continue;
          problems.push({
            line: index + (error.row ?? 0) + 1,
            message: `The CSV is malformed: ${error.message}`,
          });
        }
        const chunk: CsvChunk = { rows: [], lines: [] };
        for (const row of results.data) {
          index += 1;
          if (header === undefined) {
            header = row.map((h) => h.trim());
            const missing = options.requiredColumns.filter((c) => !header?.includes(c));
            if (missing.length > 0) {
              problems.push({
                line: 1,
                message: `Missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (found: ${header.join(', ')})`,
              });
              parser.abort();
              return;
            }
            onHeader(header);
            continue;
          }
          if (row.every((cell) => cell.trim() === '')) continue;
          rows += 1;
          if (row.length !== header.length) {
            problems.push({
              line: index,
              message: `Has ${String(row.length)} fields where the header has ${String(header.length)}: the file may be truncated`,
            });
            continue;
          }
          chunk.rows.push(row);
          chunk.lines.push(index);
        }
        if (problems.length + (options.callersProblems?.() ?? 0) >= maxProblems) {
          parser.abort();
          return;
        }
        const handled = chunk.rows.length > 0 ? onChunk(chunk) : undefined;
        if (handled instanceof Promise) {
          // The parser's pause stops parsing but not reading: the input is paused too, or the
          // whole file would pile up in the parser's queue while the chunk is staged.
          parser.pause();
          input.pause();
          handled.then(
            () => {
              input.resume();
              parser.resume();
            },
            (error: unknown) => {
              failure = error;
              parser.abort();
            },
          );
        }
      },
      complete: () => {
        settle(failure);
      },
      error: (error: unknown) => {
        settle(failure ?? error);
      },
    });
  });
  if (failure !== undefined) throw asError(failure);
  if (header === undefined)
    throw new ImportFailedError(file, [{ line: 1, message: 'The file has no header' }]);
  if (rows === 0 && problems.length === 0)
    problems.push({ line: 2, message: 'The file has a header but no rows' });
  return { header, rows, problems };
}

/** A table already in memory (a workbook, the demonstration) handed on the same way, as one chunk. */
export async function tableInChunks(
  table: CsvTable,
  onHeader: (header: string[]) => void,
  onChunk: (chunk: CsvChunk) => Promise<void> | void,
): Promise<CsvStreamResult> {
  onHeader(table.header);
  if (table.rows.length > 0) await onChunk({ rows: table.rows, lines: table.lines });
  return { header: table.header, rows: table.rows.length, problems: [] };
}
