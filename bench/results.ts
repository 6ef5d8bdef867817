import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createServices, type Services } from '../src/app/services.ts';
import { server, untilServing } from './databases.ts';
import { benchOperator as operator, loadLait } from './data.ts';

// P3: the LA results summary page under 50 concurrent clients, against /health of the same server
// in the same run, on PostgreSQL with DfE's LAIT loaded. Beacon runs as it is deployed (`beacon
// serve`, its own process); the load comes from this one. The page is read by an officer signed in
// through the sign-in form, so every request carries a session as a browser's does.
const connections = 50;
const seconds = Number(process.env.P3_SECONDS ?? 10);
const page = '/areas/851/results/2019';
const password = 'bench bench bench bench';

/** Signs in as a browser does (the sign-in form, its CSRF token), and returns the session cookie. */
async function signIn(base: string, email: string, secret: string): Promise<string> {
  const form = await fetch(`${base}/sign-in`);
  const first = form.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const response = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: first, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password: secret }).toString(),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .at(-1);
  if (response.status !== 303 || !session) throw new Error(`Signing in answered ${String(response.status)}`);
  return session;
}

type Load = {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
};

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** autocannon's report has no 95th percentile, so every response time is kept and ranked here. */
async function load(
  base: string,
  url: string,
  cookie: string,
  options: { headers?: Record<string, string>; expect?: number } = {},
): Promise<Load> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base + url, connections, duration: seconds, headers: { cookie, ...options.headers } },
      (error, done) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(done);
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
  times.sort((a, b) => a - b);
  const failed = [...statuses].filter(([status]) => status !== (options.expect ?? 200));
  if (failed.length > 0) console.log(`${url}: answers other than 200: ${JSON.stringify(failed)}`);
  return {
    path: url,
    requestsPerSecond: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts + failed.reduce((n, [, count]) => n + count, 0),
  };
}

async function startBeacon(databaseUrl: string): Promise<{ base: string; child: ChildProcess }> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-p3-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      BEACON_DEMO: '0',
      BEACON_DATA_DIR: dataDir,
      // As deployed: templates compiled once, not on each request as in development.
      NODE_ENV: 'production',
      BEACON_SESSION_SECRET: randomBytes(32).toString('hex'),
      // The load is many clients behind one token: no allowance a minute stands in its way.
      BEACON_API_REQUESTS_PER_MINUTE: '10000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${String(port)}`;
  return untilServing(base, child);
}

/**
 * A Beacon on PostgreSQL with LAIT loaded and an officer's account, running as deployed, for the
 * measure; stopped before its database is dropped, so it has no connection cut from under it.
 */
async function onServingBeacon(
  measure: (base: string, services: Services, label: string) => Promise<void>,
): Promise<void> {
  const database = await server();
  let child: ChildProcess | undefined;
  try {
    const services = await createServices(database);
    await loadLait(services);
    await services.users.add(operator, {
      name: 'bench',
      email: 'bench@la.example',
      role: 'officer',
      password,
    });
    if (!database.url) throw new Error('These measures run on PostgreSQL');
    const started = await startBeacon(database.url);
    child = started.child;
    await measure(started.base, services, database.label);
  } finally {
    if (child?.exitCode === null) {
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    }
    await database.drop();
  }
}

export async function resultsBench(): Promise<void> {
  await onServingBeacon(async (base, _services, label) => {
    const cookie = await signIn(base, 'bench@la.example', password);
    const check = await fetch(base + page, { headers: { cookie }, redirect: 'manual' });
    if (check.status !== 200) throw new Error(`${page} answered ${String(check.status)}`);
    // Warm both paths, then measure each for the same time with the same clients.
    await load(base, '/health', cookie);
    await load(base, page, cookie);
    const health = await load(base, '/health', cookie);
    const summary = await load(base, page, cookie);
    const ratio = summary.requestsPerSecond / health.requestsPerSecond;
    console.log(
      `\nP3: ${page} against /health, ${String(connections)} clients for ${String(seconds)} s each, ${label}`,
    );
    console.table(
      [health, summary].map((l) => ({
        path: l.path,
        'requests/s': Math.round(l.requestsPerSecond),
        'p50 ms': l.p50,
        'p95 ms': l.p95,
        'p99 ms': l.p99,
        errors: l.errors,
      })),
    );
    console.log(
      `ratio ${ratio.toFixed(2)} of /health's requests per second (goal ≥ 0.33); p95 ${String(summary.p95)} ms (goal < 100 ms)`,
    );
  });
}

/**
 * A dashboard's poll of the results summary through the API, sending back the ETag it was given
 * (If-None-Match), against /health with the same token: the goal is at least 0.8 of /health's
 * requests per second while nothing has changed.
 */
export async function pollBench(): Promise<void> {
  await onServingBeacon(async (base, services) => {
    const { token } = await services.tokens.create(operator, 'bench@la.example');
    const api = '/api/v1/areas/851/results/2019';
    const bearer = { authorization: `Bearer ${token}` };
    const first = await fetch(base + api, { headers: bearer });
    const etag = first.headers.get('etag');
    if (first.status !== 200 || etag === null) throw new Error(`${api} answered ${String(first.status)}`);
    const polling = { headers: { ...bearer, 'if-none-match': etag }, expect: 304 };
    await load(base, '/health', '', { headers: bearer });
    await load(base, api, '', polling);
    const health = await load(base, '/health', '', { headers: bearer });
    const poll = await load(base, api, '', polling);
    const full = await load(base, api, '', { headers: bearer });
    console.log(
      `\nThe results summary polled through the API, ${String(connections)} clients for ${String(seconds)} s each`,
    );
    console.table(
      [
        { what: '/health', ...health },
        { what: 'poll, unchanged (304)', ...poll },
        { what: 'read in full (200)', ...full },
      ].map((l) => ({
        what: l.what,
        'requests/s': Math.round(l.requestsPerSecond),
        'p50 ms': l.p50,
        'p95 ms': l.p95,
        errors: l.errors,
      })),
    );
    console.log(
      `ratio ${(poll.requestsPerSecond / health.requestsPerSecond).toFixed(2)} of /health's (goal ≥ 0.8)`,
    );
  });
}
