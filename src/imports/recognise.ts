import fs from 'node:fs';
import Papa from 'papaparse';
import type { ImportKind } from '../access/capability.ts';

// A file chosen as the wrong kind fails on its columns. Rather than list every column the chosen
// kind expects (GIAS has 111), say which kind the file looks like, when its header has all the
// columns of exactly that kind.

/** The kind whose columns the header holds, when it is not the kind chosen; otherwise none. */
export function kindTheHeaderFits(
  kinds: readonly ImportKind[],
  chosen: ImportKind,
  header: readonly string[],
): ImportKind | null {
  const present = new Set(header.map((name) => name.trim()));
  const fits = (kind: ImportKind) =>
    kind.columns !== undefined && kind.columns.length > 0 && kind.columns.every((c) => present.has(c));
  if (fits(chosen)) return null;
  // The kind with the most of its columns present, so a wider layout beats one it contains.
  const candidates = kinds.filter((kind) => kind !== chosen && fits(kind));
  return candidates.sort((a, b) => (b.columns?.length ?? 0) - (a.columns?.length ?? 0))[0] ?? null;
}

/** The first row of a CSV file, read from its first 64 KB; none for a workbook or an unreadable file. */
export function headerOf(file: string): string[] | null {
  let text: string;
  try {
    const handle = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(64 * 1024);
      const read = fs.readSync(handle, buffer, 0, buffer.length, 0);
      if (buffer.subarray(0, 2).toString('latin1') === 'PK') return null;
      text = buffer
        .subarray(0, read)
        .toString('latin1')
        .replace(/^\u00ef\u00bb\u00bf/, '');
    } finally {
      fs.closeSync(handle);
    }
  } catch {
    return null;
  }
  const [first] = Papa.parse<string[]>(text, { preview: 1 }).data;
  return first ?? null;
}
