import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runBeacon } from './testing.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-cli-'));
const env = { BEACON_DATA_DIR: dataDir };
const password = 'a long enough password';
after(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const commands = [
  [],
  ['serve'],
  ['migrate'],
  ['backup'],
  ['restore'],
  ['users'],
  ['users', 'add'],
  ['users', 'list'],
  ['users', 'disable'],
  ['tokens'],
  ['tokens', 'create'],
  ['tokens', 'list'],
  ['tokens', 'revoke'],
];

test('every command answers --help', async () => {
  for (const command of commands) {
    const result = await runBeacon([...command, '--help'], env);
    assert.equal(result.code, 0, `${command.join(' ')} --help: ${result.stderr}`);
    assert.match(result.stdout, /^Usage: beacon/m, command.join(' '));
  }
});

test('users add takes the password from standard input; list shows it; a bad role is refused', async () => {
  const added = await runBeacon(
    ['users', 'add', '--email', 'Admin@LA.example', '--name', 'Admin', '--role', 'admin'],
    env,
    `${password}\n`,
  );
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /Added admin@la\.example \(Administrator\)/);
  const bad = await runBeacon(['users', 'add', '--email', 'x@la.example', '--name', 'X', '--role', 'mayor'], {
    ...env,
    BEACON_PASSWORD: password,
  });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /role: Role must be one of: admin, officer/);
  const schoolUser = await runBeacon(
    [
      'users',
      'add',
      '--email',
      'head@school.example',
      '--name',
      'Head',
      '--role',
      'school_user',
      '--school',
      '999999',
    ],
    { ...env, BEACON_PASSWORD: password },
  );
  assert.equal(schoolUser.code, 1);
  assert.match(schoolUser.stderr, /There is no school with URN 999999/);
  await runBeacon(['users', 'add', '--email', 'officer@la.example', '--name', 'O', '--role', 'officer'], {
    ...env,
    BEACON_PASSWORD: password,
  });
  const list = await runBeacon(['users', 'list', '--json'], env);
  assert.deepEqual(
    (JSON.parse(list.stdout) as { email: string }[]).map((u) => u.email),
    ['admin@la.example', 'officer@la.example'],
  );
});

test('a command run --as an account whose role lacks the permission is refused', async () => {
  const refused = await runBeacon(
    ['users', 'disable', '--email', 'admin@la.example', '--as', 'officer@la.example'],
    env,
  );
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /does not have the users:manage permission/);
  const list = await runBeacon(['users', 'list', '--json'], env);
  assert.ok((JSON.parse(list.stdout) as { status: string }[]).every((u) => u.status === 'active'));
});

test('tokens create prints only the token; revoke ends it', async () => {
  const created = await runBeacon(['tokens', 'create', '--email', 'officer@la.example'], env);
  assert.equal(created.code, 0, created.stderr);
  assert.match(created.stdout, /^bcn_[A-Za-z0-9_-]{43}\n$/);
  const list = await runBeacon(['tokens', 'list'], env);
  assert.match(list.stdout, /^1\tbcn_.{8}…\tofficer@la\.example\tlive$/m);
  const revoked = await runBeacon(['tokens', 'revoke', '1'], env);
  assert.equal(revoked.code, 0, revoked.stderr);
  assert.match((await runBeacon(['tokens', 'list'], env)).stdout, /\trevoked /);
});

test('backup then restore gives back exactly the data backed up; a bad file changes nothing', async () => {
  const file = path.join(dataDir, 'before.tar.gz');
  const backedUp = await runBeacon(['backup', file], env);
  assert.equal(backedUp.code, 0, backedUp.stderr);
  const snapshot = async () =>
    (await runBeacon(['users', 'list', '--json'], env)).stdout +
    (await runBeacon(['tokens', 'list'], env)).stdout;
  const before = await snapshot();

  await runBeacon(['users', 'disable', '--email', 'officer@la.example'], env);
  await runBeacon(['users', 'add', '--email', 'late@la.example', '--name', 'L', '--role', 'officer'], {
    ...env,
    BEACON_PASSWORD: password,
  });
  await runBeacon(['tokens', 'create', '--email', 'late@la.example'], env);
  const changed = await snapshot();
  assert.notEqual(changed, before);

  const notBackup = path.join(dataDir, 'notes.txt');
  fs.writeFileSync(notBackup, 'not a backup');
  const refused = await runBeacon(['restore', notBackup], env);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /is not a Beacon backup/);
  assert.equal(await snapshot(), changed);

  const restored = await runBeacon(['restore', file], env);
  assert.equal(restored.code, 0, restored.stderr);
  assert.equal(await snapshot(), before);
});

test('backup against PostgreSQL says to use pg_dump', async () => {
  const result = await runBeacon(['backup', '/tmp/x.tar.gz'], {
    ...env,
    // Refused before any connection is made, so the address need not answer.
    DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nowhere',
  });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /For PostgreSQL use pg_dump/);
});
