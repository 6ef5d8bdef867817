import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../db/client.ts';
import { runBeacon, startBeacon, waitForOutput } from './testing.ts';
import { readPdf } from '../reports/pdf/reading.testing.ts';
import { returnTemplate } from '../collection/workbook.ts';
import { defaultGrids } from '../collection/rules/grid.ts';

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
  ['report'],
  ['report', 'results'],
  ['report', 'impact'],
  ['support'],
  ['support', 'leaders'],
  ['support', 'deployments'],
  ['import', 'in-year-return'],
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
  assert.match(
    list.stdout,
    /^1\tbcn_.{8}…\tofficer@la\.example\tAPI\tworks \(expires \d{4}-\d\d-\d\dT[\d:.]+Z\)$/m,
  );
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

test('report results writes the summary a council imported, as a workbook and as one table in CSV', async () => {
  const figures = path.join(dataDir, 'ks1.csv');
  fs.writeFileSync(
    figures,
    [
      'entity_type,entity_code,entity_name,indicator,period,value,status',
      'la,851,Portsmouth,KS1RWM_Expected_STD,2016,58.5,provisional',
      'england,970,England,KS1RWM_Expected_STD,2016,60.3,provisional',
    ].join('\n'),
  );
  const imported = await runBeacon(['import', 'values-template', figures], env);
  assert.equal(imported.code, 0, imported.stderr);
  const workbook = path.join(dataDir, 'results.xlsx');
  const written = await runBeacon(
    ['report', 'results', '--la', '851', '--period', '2016', '--out', workbook],
    env,
  );
  assert.equal(written.code, 0, written.stderr);
  assert.match(
    written.stdout,
    /Wrote Early Years Foundation Stage Profile \(EYFSP\), Phonics and Key Stage 1 to/,
  );
  assert.ok(fs.statSync(workbook).size > 0);
  const csv = path.join(dataDir, 'ks1.out.csv');
  const one = await runBeacon(
    [
      'report',
      'results',
      '--la',
      '851',
      '--period',
      '2016',
      '--table',
      'early-years-phonics-ks1',
      '--out',
      csv,
    ],
    env,
  );
  assert.equal(one.code, 0, one.stderr);
  const lines = fs.readFileSync(csv, 'utf8').trim().split(/\r?\n/);
  assert.equal(lines.length, 2);
  assert.match(lines[1] ?? '', /^KS1 Combined,58\.5,58\.5,60\.3,60\.3,-1\.8,-1\.8,/);
  const bad = await runBeacon(['report', 'results', '--la', '85', '--period', '16', '--out', csv], env);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /la: An LA code is DfE’s three-digit LA number/);

  // The same report as the page's PDF: the figures imported above, read back from the file.
  const pdf = path.join(dataDir, 'results.pdf');
  const printed = await runBeacon(
    ['report', 'results', '--la', '851', '--period', '2016', '--format', 'pdf', '--out', pdf],
    env,
  );
  assert.equal(printed.code, 0, printed.stderr);
  assert.match(printed.stdout, /Wrote Portsmouth’s results summary for 2015\/16 to/);
  const read = await readPdf(fs.readFileSync(pdf));
  assert.match(read.text, /KS1\s+Combined\s+58\.5\s+60\.3\s+−1\.8/);
  assert.match(read.text, /Figures as at 2015\/16 \(provisional\)/);
  const mismatched = await runBeacon(
    ['report', 'results', '--la', '851', '--period', '2016', '--format', 'pdf', '--out', csv],
    env,
  );
  assert.equal(mismatched.code, 1);
  assert.match(mismatched.stderr, /A PDF report is written to a \.pdf file/);
});

test('report profile, letters and area-profile print a school’s profile, every open school’s letter and the LA’s areas', async () => {
  const schools = await runBeacon(['import', 'schools-template', 'docs/templates/schools-template.csv'], env);
  assert.equal(schools.code, 0, schools.stderr);
  const profile = path.join(dataDir, 'profile.pdf');
  const printed = await runBeacon(['report', 'profile', '--urn', '990201', '--out', profile], env);
  assert.equal(printed.code, 0, printed.stderr);
  assert.match(printed.stdout, /Wrote Example Infant School’s profile to/);
  assert.match((await readPdf(fs.readFileSync(profile))).text, /Example Infant School/);
  const refused = await runBeacon(['report', 'profile', '--urn', 'abc', '--out', 'x.csv'], env);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /urn: A URN is a six- or seven-digit number/);
  assert.match(refused.stderr, /out: A profile is written to a \.pdf file/);

  const folder = path.join(dataDir, 'letters');
  const letters = await runBeacon(['report', 'letters', '--la', '851', '--out', folder, '--quiet'], env);
  assert.equal(letters.code, 0, letters.stderr);
  // The template's four Portsmouth schools, as many as are open, one PDF each named by URN.
  const written = fs.readdirSync(folder).sort();
  assert.ok(
    written.length >= 1 && written.every((name) => /^9902\d\d-[a-z0-9-]+\.pdf$/.test(name)),
    written.join(', '),
  );
  assert.match(letters.stdout, new RegExp(`Wrote ${String(written.length)} letters to`));

  // The template's schools name Portsmouth's two constituencies: each is an area of the profile.
  const areaProfile = path.join(dataDir, 'area-profile.pdf');
  const area = await runBeacon(['report', 'area-profile', '--la', '851', '--out', areaProfile], env);
  assert.equal(area.code, 0, area.stderr);
  assert.match(area.stdout, /Wrote Portsmouth’s area profile \(2 areas\) to/);
  const read = await readPdf(fs.readFileSync(areaProfile));
  assert.match(read.text, /Portsmouth North[\s\S]*Portsmouth South/);
  const wrong = await runBeacon(['report', 'area-profile', '--la', 'Sefton', '--out', 'x.html'], env);
  assert.equal(wrong.code, 1);
  assert.match(wrong.stderr, /la: An LA code is DfE’s three-digit LA number/);
  assert.match(wrong.stderr, /out: An area profile is written to a \.pdf file/);
});

test('serve says one address, the one it listens on, for the service and the demonstration accounts; its board pack prints', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-serve-'));
  const server = startBeacon(['serve', '--demo'], { BEACON_DATA_DIR: folder, PORT: '0' });
  try {
    const printed = await waitForOutput(server, 'Demonstration accounts', 180_000);
    const urls = new Set(printed.match(/https?:\/\/[^\s/]+/g) ?? []);
    assert.equal(urls.size, 1, printed);
    const [url = ''] = [...urls];
    assert.doesNotMatch(url, /:0$/);
    assert.equal((await fetch(`${url}/health`)).status, 200);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('close', resolve));
  }
  try {
    // The demonstration holds seed 001's meeting of 30 September 2016, its papers published.
    const pack = path.join(folder, 'pack.pdf');
    const printed = await runBeacon(['report', 'board-pack', '--meeting', '1', '--out', pack], {
      BEACON_DATA_DIR: folder,
    });
    assert.equal(printed.code, 0, printed.stderr);
    assert.match(printed.stdout, /Wrote the Education Advisory Board’s pack to/);
    const read = await readPdf(fs.readFileSync(pack));
    assert.match(read.text, /Portsmouth: results 2015\/16/);
    assert.match(read.text, /Figures as at 22 September 2016/);
    const refused = await runBeacon(['report', 'board-pack', '--meeting', 'first', '--out', 'pack.html'], {
      BEACON_DATA_DIR: folder,
    });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /meeting: A meeting is given by its number, like 1/);
    assert.match(refused.stderr, /out: A board pack is written to a \.pdf file/);

    // Support brokering (SPEC C6, 10): the directory, deployments as each person may see them, and the impact report.
    const leaders = await runBeacon(['support', 'leaders', '--designation', 'NLE'], {
      BEACON_DATA_DIR: folder,
    });
    assert.equal(leaders.code, 0, leaders.stderr);
    // A command on the demonstration's data runs on its date (14 November 2016): 8 of the NLE's
    // days in 2016/17 are committed by then.
    assert.match(leaders.stdout, /NLE\s+National Leader of Education \(demonstration\) — 12 of 20 days left/);
    const own = await runBeacon(['support', 'deployments', '--as', 'leader@beacon.example', '--json'], {
      BEACON_DATA_DIR: folder,
    });
    assert.equal(own.code, 0, own.stderr);
    assert.deepEqual(
      (JSON.parse(own.stdout) as { leader: string }[]).map((d) => d.leader),
      ['National Leader of Education (demonstration)'],
    );
    const school = await runBeacon(['support', 'deployments', '--as', 'school@beacon.example'], {
      BEACON_DATA_DIR: folder,
    });
    assert.equal(school.code, 1);
    assert.match(school.stderr, /does not have the support:read permission/);
    const impact = path.join(folder, 'impact.csv');
    const written = await runBeacon(['report', 'impact', '--programme', '1', '--out', impact], {
      BEACON_DATA_DIR: folder,
    });
    assert.equal(written.code, 0, written.stderr);
    // Challenge the Gap's twelve schools, one row each; the demonstration holds no school results.
    const rows = fs.readFileSync(impact, 'utf8').trim().split('\n');
    assert.equal(rows.length, 13);
    const said = await runBeacon(['report', 'impact', '--programme', '1'], { BEACON_DATA_DIR: folder });
    assert.match(said.stdout, /Too few schools to tell: 0 taking part/);
    const wrong = await runBeacon(['report', 'impact', '--programme', 'x', '--out', 'a.doc'], {
      BEACON_DATA_DIR: folder,
    });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /programme: Give the programme as a number, like 1/);
    assert.match(wrong.stderr, /out: The report is written to a \.csv, \.xlsx or \.pdf file/);

    // An in-year return from its workbook (SPEC C7, 9): the demonstration's autumn 2015 return has closed.
    const workbook = path.join(folder, 'return.xlsx');
    fs.writeFileSync(
      workbook,
      await returnTemplate({
        school: { urn: 990001, name: 'Harbourside Primary School' },
        windowName: 'Autumn 2015 in-year progress',
        grid: defaultGrids.Primary,
        figures: {},
        predictions: { ks2rwm: 50 },
        notes: {},
      }),
    );
    const late = await runBeacon(
      ['import', 'in-year-return', workbook, '--window', '1', '--school', '990001'],
      {
        BEACON_DATA_DIR: folder,
      },
    );
    assert.equal(late.code, 1);
    assert.match(late.stderr, /The return closed on 11 December 2015/);
    const notAWorkbook = path.join(folder, 'return.csv');
    fs.writeFileSync(notAWorkbook, 'URN\n990001\n');
    const unreadable = await runBeacon(
      ['import', 'in-year-return', notAWorkbook, '--window', '1', '--school', '990001'],
      { BEACON_DATA_DIR: folder },
    );
    assert.equal(unreadable.code, 1);
    assert.match(unreadable.stderr, /The file is not an Excel workbook \(\.xlsx\)/);
    const badArguments = await runBeacon(
      ['import', 'in-year-return', 'none.xlsx', '--window', 'autumn', '--school', '1'],
      {
        BEACON_DATA_DIR: folder,
      },
    );
    assert.match(badArguments.stderr, /window: A window is given by its number, like 1/);
    assert.match(badArguments.stderr, /school: A URN is a six- or seven-digit number/);
    assert.match(badArguments.stderr, /file: There is no file none\.xlsx/);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('as deployed: JSON log lines with the request id, and a stop that finishes the request in flight', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-production-'));
  const server = startBeacon(['serve'], {
    BEACON_DATA_DIR: folder,
    PORT: '0',
    BEACON_DEMO: '0',
    NODE_ENV: 'production',
  });
  let printed = '';
  server.stdout?.on('data', (d: Buffer) => (printed += d.toString()));
  try {
    const started = await waitForOutput(server, 'Beacon is serving');
    const url = /https?:\/\/[^\s/"]+/.exec(started)?.[0] ?? '';
    const health = await fetch(`${url}/health`, { headers: { 'x-request-id': 'proxy-given-id-1' } });
    assert.equal(health.headers.get('x-request-id'), 'proxy-given-id-1');
    const ready = await fetch(`${url}/ready`);
    assert.equal(ready.status, 200);
    assert.match(ready.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);

    // A sign-in whose form is still arriving when the stop signal comes is answered, not dropped.
    const address = new URL(url);
    const answered = new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: address.hostname,
          port: address.port,
          path: '/sign-in',
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '30' },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.write('email=a%40b.example&');
      setTimeout(() => {
        server.kill('SIGTERM');
        setTimeout(() => request.end('password=1234'), 500);
      }, 300);
    });
    const status = await answered;
    assert.ok(status >= 300 && status < 500, `the request in flight was answered with ${String(status)}`);
    const code = await new Promise<number | null>((resolve) => server.once('close', resolve));
    assert.equal(code, 0);

    // Every line is JSON; the lines about a request carry its id.
    const lines = printed.split('\n').filter((line) => line.trim() !== '');
    const entries = lines.map((line) => JSON.parse(line) as { requestId?: string; msg?: string });
    assert.ok(
      entries.some((e) => e.requestId === 'proxy-given-id-1' && e.msg === 'request completed'),
      printed,
    );
    assert.ok(
      entries.some((e) => e.msg === 'Beacon has stopped.'),
      printed,
    );
    // The data folder is free again: the lock went with the process.
    const after = await runBeacon(['users', 'list'], { BEACON_DATA_DIR: folder });
    assert.equal(after.code, 0, after.stderr);
  } finally {
    server.kill('SIGKILL');
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('a refused import at the command line is audited: who, which file, and why', async () => {
  const bad = path.join(dataDir, 'bad-figures.csv');
  fs.writeFileSync(
    bad,
    [
      'entity_type,entity_code,entity_name,indicator,period,value',
      'la,851,Portsmouth,KS1RWM_Expected_STD,2016,forty',
    ].join('\n'),
  );
  const refused = await runBeacon(['import', 'values-template', bad], env);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /bad-figures\.csv was not imported; nothing was changed/);
  // The embedded database the command used, opened once the command has finished with it.
  const database = await openDatabase({ dataDir: path.join(dataDir, 'pgdata') });
  try {
    const [entry] = await queryRows<{
      actor_label: string;
      entity_id: string;
      after: { file: string; problems: number };
    }>(
      database.db,
      sql`select actor_label, entity_id, after from audit_log where action = 'import.refused' order by id desc limit 1`,
    );
    assert.match(entry?.actor_label ?? '', /^cli:/);
    assert.deepEqual(
      [entry?.entity_id, entry?.after.file, entry?.after.problems],
      ['values-template', 'bad-figures.csv', 1],
    );
  } finally {
    await database.close();
  }
});
