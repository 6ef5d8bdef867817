import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';

// PGlite has no lock of its own: two processes on one folder silently lose each other's writes.
// proper-lockfile holds an atomic lock directory and refreshes it while we run; the owner file beside
// it says which process holds it, for the message the second process prints.

export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | undefined,
  ) {
    const who = owner
      ? `process ${owner.pid} on ${owner.host} (${owner.command}, since ${owner.startedAt})`
      : 'another process';
    super(
      `The data folder ${dataDir} is in use by ${who}. Stop that Beacon first, or set BEACON_DATA_DIR to another folder.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export type LockOwner = { pid: number; host: string; command: string; startedAt: string };

export type DataFolderLock = { release(): Promise<void> };

const STALE_AFTER_MS = 10_000;

export async function lockDataFolder(dataDir: string, command: string): Promise<DataFolderLock> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'beacon.lock');
  const ownerPath = path.join(dataDir, 'beacon.lock.owner.json');
  const take = () =>
    lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      stale: STALE_AFTER_MS,
      retries: 0,
      realpath: false,
      onCompromised: (error) => {
        // Another process took the folder while we held it: stop before writes are lost.
        console.error(`Beacon lost the lock on ${dataDir}: ${error.message}`);
        process.exit(70);
      },
    });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = readOwner(ownerPath);
    // A lock left by a process that was killed on this machine is known stale at once, rather
    // than after the 10 s in which a live holder would have refreshed it.
    if (!holder || !isGone(holder)) throw new DataFolderInUseError(dataDir, holder);
    fs.rmSync(lockPath, { recursive: true, force: true });
    fs.rmSync(ownerPath, { force: true });
    try {
      release = await take();
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'ELOCKED')
        throw new DataFolderInUseError(dataDir, readOwner(ownerPath));
      throw again;
    }
  }
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    command,
    startedAt: new Date().toISOString(),
  };
  fs.writeFileSync(ownerPath, JSON.stringify(owner));
  return {
    release: async () => {
      fs.rmSync(ownerPath, { force: true });
      await release();
    },
  };
}

/** The holder was a process on this machine that no longer exists. */
function isGone(owner: LockOwner): boolean {
  return owner.host === os.hostname() && owner.pid !== process.pid && processIsGone(owner.pid);
}

/** No process of this number runs on this machine (it ended, or was killed). */
export function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function readOwner(ownerPath: string): LockOwner | undefined {
  try {
    return JSON.parse(fs.readFileSync(ownerPath, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}
