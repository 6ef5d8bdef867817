import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../kernel/services.ts';
import type { Actor } from '../access/actor.ts';
import type { ImportKind } from '../access/capability.ts';
import { processIsGone } from '../db/lock.ts';
import { importRuns } from './schema.ts';
import { importUpload, uploadsFolder, type CheckedUpload } from './upload.ts';

// An import too large to wait for runs after its request is answered 202; the client polls its
// run. The file is moved out of the request's temporary folder (which goes with the response)
// into one of the process's own, removed when the import ends.

/** Files up to this size are imported while the client waits; larger ones are answered 202. */
export const answerAtOnceBytes = 5 * 1024 * 1024;

export const cutOff = 'The import was cut off when Beacon stopped: nothing was changed. Send the file again.';

export async function startImportRun(
  services: Services,
  actor: Actor,
  importKinds: readonly ImportKind[],
  form: CheckedUpload,
  log: FastifyBaseLogger,
): Promise<number> {
  const db = services.database.db;
  const folder = fs.mkdtempSync(path.join(uploadsFolder(), 'run-'));
  const file = path.join(folder, path.basename(form.file));
  fs.renameSync(form.file, file);
  const [run] = await db
    .insert(importRuns)
    .values({
      kind: form.kind.key,
      file: path.basename(file),
      bytes: fs.statSync(file).size,
      startedBy: actor.userId,
      pid: process.pid,
    })
    .returning({ id: importRuns.id });
  if (!run) throw new Error('Insert returned no import run');
  void finishRun(services, actor, importKinds, { ...form, file }, run.id, log).finally(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });
  return run.id;
}

/** Runs the import and records how it ended; it never throws, since no one is waiting on it. */
async function finishRun(
  services: Services,
  actor: Actor,
  importKinds: readonly ImportKind[],
  form: CheckedUpload,
  id: number,
  log: FastifyBaseLogger,
): Promise<void> {
  const db = services.database.db;
  try {
    const outcome = await importUpload(services, actor, importKinds, form);
    const ended =
      'summary' in outcome
        ? { state: 'imported' as const, summary: outcome.summary }
        : { state: 'refused' as const, problems: outcome.failed.problems };
    await db
      .update(importRuns)
      .set({ ...ended, finishedAt: new Date() })
      .where(eq(importRuns.id, id));
  } catch (error) {
    log.error({ err: error, importRun: id }, 'import run failed');
    await db
      .update(importRuns)
      .set({
        state: 'failed',
        problems: [
          { line: 0, message: 'Something went wrong in Beacon: nothing was changed. It has been logged.' },
        ],
        finishedAt: new Date(),
      })
      .where(eq(importRuns.id, id))
      .catch((recording: unknown) => {
        log.error({ err: recording, importRun: id }, 'import run could not be recorded');
      });
  }
}

/** A run as its client sees it: one left running by a process that has stopped was cut off. */
export async function importRun(services: Services, id: number) {
  const [run] = await services.database.db.select().from(importRuns).where(eq(importRuns.id, id));
  if (!run) return undefined;
  const stopped = run.state === 'running' && run.pid !== process.pid && processIsGone(run.pid);
  return {
    id: run.id,
    kind: run.kind,
    file: run.file,
    bytes: run.bytes,
    state: stopped ? ('failed' as const) : run.state,
    summary: run.summary ?? null,
    problems: stopped ? [{ line: 0, message: cutOff }] : (run.problems ?? []),
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
