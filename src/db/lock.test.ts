import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runBeacon, startBeacon, waitForOutput } from '../cli/testing.ts';
import { DataFolderInUseError, lockDataFolder } from './lock.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-lock-'));
after(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('a second lock on the same folder in one process is refused and names the holder', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-lock-unit-'));
  const first = await lockDataFolder(folder, 'first');
  await assert.rejects(lockDataFolder(folder, 'second'), (error: unknown) => {
    assert.ok(error instanceof DataFolderInUseError);
    assert.equal(error.owner?.pid, process.pid);
    assert.match(error.message, new RegExp(`in use by process ${process.pid}`));
    return true;
  });
  await first.release();
  const again = await lockDataFolder(folder, 'third');
  await again.release();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('a second Beacon on a data folder in use exits non-zero within seconds, naming the first', async () => {
  const env = { BEACON_DATA_DIR: dataDir, PORT: '0', BEACON_DEMO: '0' };
  const server = startBeacon(['serve'], env);
  try {
    const started = await waitForOutput(server, 'Beacon is serving');
    // It says one address, and that address answers.
    const urls = started.match(/https?:\/\/[^\s/]+/g) ?? [];
    assert.equal(new Set(urls).size, 1, started);
    assert.equal((await fetch(`${urls[0] ?? ''}/health`)).status, 200);
    const startedAt = Date.now();
    const second = await runBeacon(['users', 'list'], env);
    const seconds = (Date.now() - startedAt) / 1000;
    assert.notEqual(second.code, 0);
    // The named process is the Node process serving (tsx runs it under a small wrapper).
    const named = /data folder .* is in use by process (\d+) on .* \(serve, since /.exec(second.stderr);
    assert.ok(named?.[1], second.stderr);
    assert.doesNotThrow(() => process.kill(Number(named[1]), 0), 'the named process is running');
    assert.ok(seconds < 15, `took ${seconds}s`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('close', resolve));
  }
  // Once the first has stopped, the folder is free again.
  const afterStop = await runBeacon(['users', 'list'], env);
  assert.equal(afterStop.code, 0, afterStop.stderr);
});

test('a lock left by a killed process is recognised at once, not after 10 s', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-lock-stale-'));
  // What a process killed with SIGKILL leaves: the lock directory, fresh, and its owner file.
  fs.mkdirSync(path.join(folder, 'beacon.lock'));
  const gone = 2 ** 22 + 12345; // above Linux's default pid_max (4,194,304): no such process
  fs.writeFileSync(
    path.join(folder, 'beacon.lock.owner.json'),
    JSON.stringify({ pid: gone, host: os.hostname(), command: 'serve', startedAt: new Date().toISOString() }),
  );
  const started = Date.now();
  const lock = await lockDataFolder(folder, 'after a crash');
  assert.ok(Date.now() - started < 2000);
  const owner = JSON.parse(fs.readFileSync(path.join(folder, 'beacon.lock.owner.json'), 'utf8')) as {
    pid: number;
  };
  assert.equal(owner.pid, process.pid);
  await lock.release();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('a lock held by a live process elsewhere is still refused', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-lock-live-'));
  fs.mkdirSync(path.join(folder, 'beacon.lock'));
  fs.writeFileSync(
    path.join(folder, 'beacon.lock.owner.json'),
    JSON.stringify({ pid: process.ppid, host: os.hostname(), command: 'serve', startedAt: 'now' }),
  );
  await assert.rejects(lockDataFolder(folder, 'second'), DataFolderInUseError);
  fs.rmSync(folder, { recursive: true, force: true });
});
