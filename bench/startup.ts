import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fromRoot } from '../src/kernel/paths.ts';

// `npm run bench -- startup`: the built command line against a bare `node -e 0`, each run as a
// person runs it (a new process), with the peak memory GNU time reports. The embedded database's
// own floor (PGlite opening a folder, nothing else, as Beacon opens it for a short command) is
// measured beside Beacon's commands.

const beacon = fromRoot('bin', 'beacon.js');
const runs = 5;

type Run = { seconds: number; peakMb: number | null };

function run(args: readonly string[], env: Record<string, string> = {}): Run {
  const timer = fs.existsSync('/usr/bin/time');
  const command = timer ? '/usr/bin/time' : process.execPath;
  const started = performance.now();
  const result = spawnSync(command, timer ? ['-f', '%M', process.execPath, ...args] : [...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const kb = timer ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, peakMb: Number.isFinite(kb) ? kb / 1024 : null };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function measure(label: string, make: () => Run, anchor?: number) {
  const results = Array.from({ length: runs }, make);
  const seconds = median(results.map((r) => r.seconds));
  const peaks = results.map((r) => r.peakMb).filter((p): p is number => p !== null);
  const peak = peaks.length > 0 ? `${median(peaks).toFixed(0)} MB` : 'n/a';
  const ratio = anchor === undefined ? '1' : `${(seconds / anchor).toFixed(1)}×`;
  console.log(`| ${label} | ${seconds.toFixed(2)} s | ${ratio} | ${peak} |`);
  return seconds;
}

export async function startupBench(): Promise<void> {
  if (!fs.existsSync(fromRoot('dist', 'beacon.js'))) throw new Error('Run `npm run build` first.');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-startup-'));
  const env = { BEACON_DATA_DIR: folder, NODE_ENV: 'production' };
  const floorScript = path.join(folder, 'floor.mjs');
  fs.writeFileSync(
    floorScript,
    [
      `import { PGlite } from ${JSON.stringify(fromRoot('node_modules', '@electric-sql', 'pglite', 'dist', 'index.js'))};`,
      // With the buffers Beacon gives it (src/db/client.ts), run as a short command runs it.
      `const db = new PGlite(${JSON.stringify(path.join(folder, 'pgdata'))}, { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] });`,
      "await db.query('select 1');",
      'await db.close();',
    ].join('\n'),
  );
  try {
    console.log(`\nThe command line as built (median of ${String(runs)} runs)`);
    console.log('| what | time | against `node -e 0` | peak memory |');
    console.log('| --- | --- | --- | --- |');
    const bare = measure('`node -e 0`', () => run(['-e', '0']));
    measure('`beacon --help`', () => run([beacon, '--help'], env), bare);
    measure(
      '`beacon migrate`, a new data folder',
      () => {
        fs.rmSync(path.join(folder, 'pgdata'), { recursive: true, force: true });
        return run([beacon, 'migrate'], env);
      },
      bare,
    );
    measure('`beacon migrate`, an existing folder', () => run([beacon, 'migrate'], env), bare);
    measure('`beacon users list`, an existing folder', () => run([beacon, 'users', 'list'], env), bare);
    measure(
      'PGlite alone opening the same folder (its floor)',
      () => run(['--liftoff-only', floorScript]),
      bare,
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
