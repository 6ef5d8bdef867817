import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { createServices, type Services } from '../src/app/services.ts';
import { loadDemo } from '../src/demo/load.ts';
import type { Role } from '../src/access/roles.ts';
import { fromRoot } from '../src/kernel/paths.ts';
import { openDatabase } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { server, untilServing, type BenchDatabase } from './databases.ts';
import { benchOperator as operator } from './data.ts';

// `npm run bench -- load`: a council's morning. People across the roles sign in and each reads a
// realistic sequence of pages and API calls, one every 5–10 s, against Beacon as deployed (the
// build in dist/, NODE_ENV=production) on PostgreSQL; then the embedded database with fewer people.
// Then a stress run with no think time finds the rate at which p95 passes 1 s, against /health's
// rate measured the same way. The load generator shares the machine's cores with Beacon.

const password = 'load test password for everyone';
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 300);

/** What each role reads in a morning, in order, again and again. */
const journeys: Record<string, { role: Role; share: number; pages: string[] }> = {
  officer: {
    role: 'officer',
    share: 0.35,
    pages: [
      '/',
      '/concern',
      '/schools',
      '/schools/990001',
      '/landscape',
      '/areas/851/results/2016',
      '/plans',
      '/plans/1',
      '/actions/1',
      '/concern/report',
      '/api/v1/plans/1',
    ],
  },
  school: {
    role: 'school_user',
    share: 0.25,
    pages: ['/', '/schools/990001', '/schools/990001/results', '/api/v1/schools/990001'],
  },
  board: {
    role: 'board_member',
    share: 0.15,
    pages: ['/', '/concern/report', '/plans', '/plans/1', '/plans/1/kpi-report', '/areas/851/results/2016'],
  },
  owner: { role: 'action_owner', share: 0.15, pages: ['/', '/my-actions', '/plans/1', '/actions/1'] },
  // The trust leader's own trust and its first academy (the demonstration's DEMO-T1).
  trust: {
    role: 'trust_leader',
    share: 0.05,
    pages: ['/', '/schools', '/trusts/DEMO-T1', '/schools/990003'],
  },
  admin: { role: 'admin', share: 0.05, pages: ['/admin/users', '/admin/audit', '/admin/imports', '/plans'] },
};

/** A page kind: the path with its identifiers taken out, so /plans/1 and /plans/2 are one kind. */
const kindOf = (url: string) =>
  url
    .split('/')
    .map((part) => (/\d/.test(part) && part !== 'v1' ? ':id' : part))
    .join('/');

type Person = { journey: string; cookie: string; address: string };
type Sample = { kind: string; ms: number; ok: boolean };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

async function startBeacon(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [fromRoot('bin', 'beacon.js'), 'serve'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      BEACON_DEMO: '0',
      NODE_ENV: 'production',
      BEACON_SESSION_SECRET: randomBytes(32).toString('hex'),
      // A person's allowance a minute is not what is measured here.
      BEACON_API_REQUESTS_PER_MINUTE: '10000000',
      // Each person comes from their own address, as a council's staff do behind its proxy.
      BEACON_TRUSTED_PROXIES: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${String(port)}`;
  return untilServing(base, child);
}

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

async function signIn(base: string, email: string, address: string): Promise<string> {
  const headers = { 'x-forwarded-for': address };
  const form = await fetch(`${base}/sign-in`, { headers });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const response = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, cookie: cookiesOf(form), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .at(-1);
  if (response.status !== 303 || !session) throw new Error(`Signing in answered ${String(response.status)}`);
  return session;
}

/** Person n's account in a role: a school user of the demonstration's school, a trust leader of its trust. */
async function addPerson(services: Services, n: number, role: Role): Promise<string> {
  const email = `person${String(n)}@load.example`;
  await services.users.add(operator, {
    name: `Person ${String(n)}`,
    email,
    role,
    password,
    ...(role === 'school_user' ? { schoolUrn: 990001 } : {}),
    ...(role === 'trust_leader' ? { trustId: 'DEMO-T1' } : {}),
  });
  return email;
}

/** People for each journey, in its share of `count`, each with an account of their own. */
async function makePeople(services: Services, base: string, count: number): Promise<Person[]> {
  const people: Person[] = [];
  const names = Object.keys(journeys);
  let n = 0;
  for (const journey of names) {
    const { role, share } = journeys[journey] ?? { role: 'officer', share: 0 };
    const wanted = journey === names.at(-1) ? count - people.length : Math.round(count * share);
    for (let i = 0; i < wanted; i++, n++) {
      const email = await addPerson(services, n, role);
      const address = `10.${String(n >> 16)}.${String((n >> 8) & 255)}.${String(n & 255)}`;
      people.push({ journey, cookie: await signIn(base, email, address), address });
    }
  }
  return people;
}

async function visit(base: string, person: Person, url: string): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(base + url, {
      headers: { cookie: person.cookie, 'x-forwarded-for': person.address },
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return { kind: kindOf(url), ms: performance.now() - started, ok: response.status === 200 };
  } catch {
    return { kind: kindOf(url), ms: performance.now() - started, ok: false };
  }
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0);

/** Each person reads their journey's pages in turn with think time until the time is up. */
async function morning(base: string, people: readonly Person[], forSeconds: number, think: boolean) {
  const samples: Sample[] = [];
  const until = performance.now() + forSeconds * 1000;
  await Promise.all(
    people.map(async (person, i) => {
      const pages = journeys[person.journey]?.pages ?? ['/'];
      let step = i % pages.length;
      // Spread the first requests over the first think time, as people arrive over a morning.
      if (think) await new Promise((resolve) => setTimeout(resolve, Math.random() * 5000));
      while (performance.now() < until) {
        samples.push(await visit(base, person, pages[step % pages.length] ?? '/'));
        step += 1;
        if (think) await new Promise((resolve) => setTimeout(resolve, 5000 + Math.random() * 5000));
      }
    }),
  );
  return samples;
}

function report(title: string, samples: readonly Sample[], forSeconds: number) {
  console.log(`\n${title}: ${String(samples.length)} requests in ${String(forSeconds)} s`);
  console.log('| page kind | requests | errors | p50 ms | p95 ms | p99 ms |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const kinds = [...new Set(samples.map((s) => s.kind))].sort();
  let worstP95 = 0;
  for (const kind of kinds) {
    const mine = samples.filter((s) => s.kind === kind);
    const times = mine.map((s) => s.ms).sort((a, b) => a - b);
    const p95 = percentile(times, 0.95);
    worstP95 = Math.max(worstP95, p95);
    console.log(
      `| ${kind} | ${String(mine.length)} | ${String(mine.filter((s) => !s.ok).length)} | ${percentile(times, 0.5).toFixed(0)} | ${p95.toFixed(0)} | ${percentile(times, 0.99).toFixed(0)} |`,
    );
  }
  const errors = samples.filter((s) => !s.ok).length;
  console.log(`errors ${String(errors)}; worst page kind's p95 ${worstP95.toFixed(0)} ms`);
  return { errors, worstP95 };
}

/** Closed loops with no think time at rising concurrency: the best rate while p95 stays within 1 s. */
async function stress(
  base: string,
  people: readonly Person[],
  pick: (person: Person, step: number) => string,
) {
  let capacity = 0;
  const levels = [2, 5, 10, 20, 40, 80];
  for (const concurrency of levels) {
    const crowd = Array.from({ length: concurrency }, (_, i) => people[i % people.length]).filter(
      (person): person is Person => person !== undefined,
    );
    const samples: Sample[] = [];
    const until = performance.now() + 15_000;
    await Promise.all(
      crowd.map(async (person, i) => {
        let step = i;
        while (performance.now() < until) samples.push(await visit(base, person, pick(person, step++)));
      }),
    );
    const times = samples.map((s) => s.ms).sort((a, b) => a - b);
    const rate = samples.length / 15;
    const p95 = percentile(times, 0.95);
    const errors = samples.filter((s) => !s.ok).length;
    console.log(
      `  ${String(concurrency)} at once: ${rate.toFixed(0)} req/s, p95 ${p95.toFixed(0)} ms, errors ${String(errors)}`,
    );
    if (p95 > 1000 || errors > 0) break;
    capacity = Math.max(capacity, rate);
  }
  return capacity;
}

/** The demonstration on a new PostgreSQL database, and Beacon serving it. */
async function onPostgres(database: BenchDatabase) {
  const services = await createServices(database);
  await loadDemo(services);
  const started = await startBeacon({ DATABASE_URL: database.url ?? '' });
  return { started, services };
}

export async function loadBench(): Promise<void> {
  console.log(
    `\nThe morning: ${String(seconds)} s with think time (one page every 5–10 s); Beacon as built, NODE_ENV=production`,
  );
  // PostgreSQL: 200 people, then the stress runs.
  const postgres = await server();
  const { started, services } = await onPostgres(postgres);
  try {
    const people = await makePeople(services, started.base, 200);
    const onPostgres = report(
      `PostgreSQL, ${String(people.length)} people`,
      await morning(started.base, people, seconds, true),
      seconds,
    );
    console.log('\nStress, mixed pages, no think time:');
    const pagesCapacity = await stress(started.base, people, (person, step) => {
      const pages = journeys[person.journey]?.pages ?? ['/'];
      return pages[step % pages.length] ?? '/';
    });
    console.log('Stress, /health, the same way:');
    const healthCapacity = await stress(started.base, people, () => '/health');
    console.log(
      `\nStress capacity ${pagesCapacity.toFixed(0)} req/s against /health's ${healthCapacity.toFixed(0)}: ratio ${(pagesCapacity / healthCapacity).toFixed(2)} (goal ≥ 0.33); 200 people: errors ${String(onPostgres.errors)} (goal 0), worst p95 ${onPostgres.worstP95.toFixed(0)} ms (goal < 300)`,
    );
  } finally {
    started.child.kill('SIGTERM');
    await new Promise((resolve) => started.child.once('close', resolve));
    await postgres.drop();
  }

  // The embedded database: 50 people, in a data folder Beacon holds alone.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-load-'));
  const setup = await openDatabase({ dataDir: path.join(folder, 'pgdata') });
  await migrateDatabase(setup);
  const setupServices = await createServices(setup);
  await loadDemo(setupServices);
  // Accounts are made before Beacon starts: the folder is Beacon's alone once it runs.
  const count = 50;
  const accounts: { email: string; journey: string; address: string }[] = [];
  const names = Object.keys(journeys);
  for (let n = 0; n < count; n++) {
    const journey = names[n % names.length] ?? 'officer';
    const role = journeys[journey]?.role ?? 'officer';
    const email = await addPerson(setupServices, n, role);
    accounts.push({ email, journey, address: `10.1.0.${String(n + 1)}` });
  }
  await setup.close();
  const embeddedStart = await startBeacon({ BEACON_DATA_DIR: folder });
  try {
    const people: Person[] = [];
    for (const account of accounts) {
      people.push({
        journey: account.journey,
        address: account.address,
        cookie: await signIn(embeddedStart.base, account.email, account.address),
      });
    }
    const onPglite = report(
      `PGlite (embedded), ${String(people.length)} people`,
      await morning(embeddedStart.base, people, seconds, true),
      seconds,
    );
    console.log(
      `\nEmbedded database, 50 people: errors ${String(onPglite.errors)}, worst p95 ${onPglite.worstP95.toFixed(0)} ms (goal < 500)`,
    );
  } finally {
    embeddedStart.child.kill('SIGTERM');
    await new Promise((resolve) => embeddedStart.child.once('close', resolve));
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
