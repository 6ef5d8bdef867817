import fs from 'node:fs';
import path from 'node:path';
import type { Actor } from '../access/actor.ts';
import type { ImportKind } from '../access/capability.ts';
import type { Services } from '../kernel/services.ts';
import { ImportFailedError, type ImportSummary, type Progress } from '../kernel/importFiles.ts';
import { headerOf } from './recognise.ts';

// One command for DfE's and Ofsted's national files: each file in a folder is recognised by its
// columns (not its name), the files are imported in the order one needs another (the register and
// inspections, the catalogue, LAIT, neighbours, the performance tables, census, absence), each
// all-or-nothing on its own, and a file Beacon does not know is listed rather than guessed at.

/** Kinds in the order they depend on each other; a kind needing a mapping or a plan is never guessed. */
export const folderOrder = [
  'spine',
  'gias',
  'gias-links',
  'ofsted',
  'lait-dictionary',
  'lait',
  'neighbours',
  'perf-tables',
  'school-census',
  'school-absence',
  'values-template',
] as const;

export type PlannedFile = {
  file: string;
  /** The file's path from the folder, as the summary names it. */
  name: string;
  kind: ImportKind;
  fields: { set?: string; period?: number };
};

/** The kind a header is, when exactly one of the folder's kinds (the widest) fits it. */
export function recogniseKind(kinds: readonly ImportKind[], header: readonly string[]): ImportKind | null {
  const present = new Set(header.map((name) => name.trim().replace(/^\uFEFF/, '')));
  const names = [...present];
  const fits = kinds.filter((kind) =>
    kind.recognises
      ? kind.recognises(names)
      : (kind.columns?.length ?? 0) > 0 && (kind.columns ?? []).every((c) => present.has(c)),
  );
  return fits.sort((a, b) => (b.columns?.length ?? 0) - (a.columns?.length ?? 0))[0] ?? null;
}

/**
 * The academic year a file's path says: "2018-2019_850_ks2final.csv" or a folder named
 * "…2018-19…" are 2019. Two years that do not follow each other ("2016-2018") say none.
 */
export function periodFromPath(name: string): number | undefined {
  for (const part of name.split(/[\\/]/).reverse()) {
    const match = /(?<!\d)(\d{4})-(\d{4}|\d{2})(?!\d)/.exec(part);
    if (!match) continue;
    const start = Number(match[1]);
    const endText = match[2] ?? '';
    const short = Math.floor(start / 100) * 100 + Number(endText);
    const end = endText.length === 4 ? Number(endText) : short < start ? short + 100 : short;
    if (end === start + 1) return end;
  }
  return undefined;
}

/** The year of DfE's statistical-neighbour model a file names: "…_may_2025_tidy.csv" is 2025. */
export function neighbourSetFromName(name: string): string | undefined {
  return /(?<!\d)(20\d{2})(?!\d)/.exec(path.basename(name))?.[1];
}

/** What the folder holds, recognised and put in order; the files Beacon does not know, by name. */
export function planFolder(
  kinds: readonly ImportKind[],
  files: readonly { file: string; name: string; header: readonly string[] | null }[],
): { planned: PlannedFile[]; unrecognised: string[] } {
  const usable = kinds.filter((k) => (folderOrder as readonly string[]).includes(k.key));
  const rank = (kind: ImportKind) => (folderOrder as readonly string[]).indexOf(kind.key);
  const planned: PlannedFile[] = [];
  const unrecognised: string[] = [];
  for (const { file, name, header } of files) {
    const kind = header ? recogniseKind(usable, header) : null;
    if (!kind) {
      unrecognised.push(name);
      continue;
    }
    const fields: PlannedFile['fields'] = {};
    if (kind.fields.includes('period')) {
      const period = periodFromPath(name);
      if (period !== undefined) fields.period = period;
    }
    if (kind.fields.includes('set')) {
      const set = neighbourSetFromName(name);
      if (set !== undefined) fields.set = set;
    }
    planned.push({ file, name, kind, fields });
  }
  planned.sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name));
  return { planned, unrecognised: unrecognised.sort((a, b) => a.localeCompare(b)) };
}

/** Every file under a folder, with its first row when it is a CSV (a workbook or other file has none). */
export function readFolder(folder: string): { file: string; name: string; header: string[] | null }[] {
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) =>
        entry.isDirectory()
          ? walk(path.join(dir, entry.name))
          : entry.isFile()
            ? [path.join(dir, entry.name)]
            : [],
      );
  return walk(folder).map((file) => ({
    file,
    name: path.relative(folder, file),
    header: /\.csv$/i.test(file) ? headerOf(file) : null,
  }));
}

export type FolderResult =
  | { name: string; kind: string; outcome: 'imported'; summary: ImportSummary; seconds: number }
  | { name: string; kind: string; outcome: 'refused'; problems: string[]; seconds: number };

/**
 * Imports each planned file in turn, each all-or-nothing: a file refused is named with its first
 * problems and the rest go on. Anything but a refusal (the database gone) stops the whole run.
 */
export async function importFolder(
  services: Services,
  actor: Actor,
  planned: readonly PlannedFile[],
  progressFor: (file: PlannedFile, index: number) => Progress,
  onRefused: (file: PlannedFile, error: ImportFailedError) => Promise<void> = async () => undefined,
): Promise<FolderResult[]> {
  const results: FolderResult[] = [];
  for (const [index, file] of planned.entries()) {
    const started = performance.now();
    const seconds = () => Math.round((performance.now() - started) / 100) / 10;
    try {
      const summary = await file.kind.run(services, actor, file.file, file.fields, progressFor(file, index));
      results.push({
        name: file.name,
        kind: file.kind.title,
        outcome: 'imported',
        summary,
        seconds: seconds(),
      });
    } catch (error) {
      if (!(error instanceof ImportFailedError)) throw error;
      await onRefused(file, error);
      results.push({
        name: file.name,
        kind: file.kind.title,
        outcome: 'refused',
        problems: error.problems
          .slice(0, 3)
          .map((p) => (p.line > 0 ? `line ${String(p.line)}: ${p.message}` : p.message)),
        seconds: seconds(),
      });
    }
  }
  return results;
}
