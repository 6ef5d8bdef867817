import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { count, eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { createServices } from '../src/app/services.ts';
import { queryRows } from '../src/db/client.ts';
import { emailOutbox, notifications, users } from '../src/access/schema.ts';
import { smtpMailer } from '../src/access/notifications/mailer.ts';
import { sendPending } from '../src/access/notifications/outbox.ts';
import { deliverQueued } from '../src/access/notifications/notify.ts';
import { median, onEachDatabase, timed, type BenchDatabase } from './databases.ts';
import { schoolsIn, tellResultsArrived } from '../src/performance/notices.ts';
import { readSchoolResults } from '../src/performance/imports/schoolResults.ts';
import { performanceRepository } from '../src/performance/repository.ts';
import { parseCsv, readText, silentProgress } from '../src/kernel/importFiles.ts';
import { benchOperator as operator, laitFiles, nationalSchoolsDir as national } from './data.ts';

// Notifications at the scale of one national import: DfE's KS2 results for every school in England
// (ks2_perf_2018.csv) imported where 10,000 schools in it each have a head with an account, so the
// import tells 10,000 people their results are in. Measured: the import, which queues them in its
// own transaction, against the same import where no one has an account (goal: adds under 10%); the
// time to tell each of them just after; and the outbox worker's send rate to an SMTP server in this
// process.

const people = 10_000;
const results = path.join(national, 'ks2_perf_2018.csv');

type Row = {
  database: string;
  without: number;
  with: number;
  tellSeconds: number;
  step: number;
  told: number;
  queued: number;
  sent: number;
  sendSeconds: number;
};

/** The schools the file has figures for: those the import tells, read as the import reads them. */
async function schoolsWithFigures(database: BenchDatabase): Promise<number[]> {
  const table = parseCsv(results, readText(results), [], { shortRows: 'pad' });
  const known = await performanceRepository.knownIndicatorKeys(database.db);
  return schoolsIn(readSchoolResults(table, known).values);
}

async function prepared(database: BenchDatabase, withPeople: boolean) {
  const services = await createServices(database);
  await services.performance.importLaitDictionary(operator, laitFiles.dictionary);
  await services.register.importSpine(
    operator,
    path.join(national, 'england_spine_2017-2018.csv'),
    silentProgress,
  );
  if (withPeople) {
    // 10,000 schools of the register that the file has figures for, in URN order, each with its head.
    const withFigures = new Set(await schoolsWithFigures(database));
    const schools = (
      await queryRows<{ urn: number }>(database.db, sql`select urn from establishments order by urn`)
    )
      .filter((s) => withFigures.has(s.urn))
      .slice(0, people);
    // A head for each; a data lead too for as many as make 10,000 people.
    const accounts = [
      ...schools.map((s) => ({ urn: s.urn, who: 'head' })),
      ...schools.slice(0, Math.max(0, people - schools.length)).map((s) => ({ urn: s.urn, who: 'data' })),
    ];
    for (let at = 0; at < accounts.length; at += 2000)
      await database.db.insert(users).values(
        accounts.slice(at, at + 2000).map((a) => ({
          email: `${a.who}.${String(a.urn)}@school.example.gov.uk`,
          name: `${a.who} of ${String(a.urn)}`,
          role: 'school_user' as const,
          schoolUrn: a.urn,
        })),
      );
  }
  return services;
}

async function importTime(database: BenchDatabase, withPeople: boolean): Promise<number> {
  const services = await prepared(database, withPeople);
  const run = await timed(() =>
    services.performance.importPerfTable(operator, results, undefined, silentProgress),
  );
  return run.seconds;
}

/**
 * The step the import adds, alone: finding each school's people and queuing their notices, in a
 * transaction rolled back after (median of 5), so noise between two whole imports does not hide it.
 */
async function addedStep(database: BenchDatabase): Promise<number> {
  const urns = await schoolsWithFigures(database);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await database.db
      .transaction(async (tx) => {
        await tellResultsArrived(tx, urns, 'Key stage 2 results for 2017/18', `bench-${String(i)}`);
        times.push((performance.now() - started) / 1000);
        tx.rollback();
      })
      .catch(() => undefined);
  }
  return median(times);
}

async function sendRate(database: BenchDatabase): Promise<{ sent: number; seconds: number }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const mailer = smtpMailer(`smtp://127.0.0.1:${String(port)}`, 'Beacon <beacon@example.gov.uk>');
  try {
    const run = await timed(() =>
      sendPending(database.db, mailer, new URL('https://beacon.example.gov.uk'), {
        now: () => new Date(Date.now() + 60_000),
      }),
    );
    return { sent: Math.min(run.result.sent, received), seconds: run.seconds };
  } finally {
    mailer.close();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
}

async function measure(database: BenchDatabase, withPeople: boolean, all = false): Promise<Partial<Row>> {
  const seconds = await importTime(database, withPeople);
  if (!withPeople) return { database: database.label, without: seconds };
  if (!all) return { with: seconds };
  // The import queued them with its own change; the server's notification work tells each person.
  const telling = await timed(() => deliverQueued(database.db));
  const [[told], [queued]] = await Promise.all([
    database.db.select({ n: count() }).from(notifications),
    database.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, 'pending')),
  ]);
  const sending = await sendRate(database);
  return {
    with: seconds,
    step: await addedStep(database),
    tellSeconds: telling.seconds,
    told: told?.n ?? 0,
    queued: queued?.n ?? 0,
    sent: sending.sent,
    sendSeconds: sending.seconds,
  };
}

export async function notificationsBench(): Promise<void> {
  // Each import on a new database, three times each way, alternating: the medians are compared.
  const withouts: number[][] = [[], []];
  const withs: number[][] = [[], []];
  let first: Partial<Row>[] = [];
  for (let run = 0; run < 3; run++) {
    const without = await onEachDatabase((database) => measure(database, false));
    const withPeople = await onEachDatabase((database) => measure(database, true, run === 0));
    without.forEach((w, i) => withouts[i]?.push(w.without ?? 0));
    withPeople.forEach((w, i) => withs[i]?.push(w.with ?? 0));
    if (run === 0) first = without.map((w, i) => ({ ...w, ...withPeople[i] }));
  }
  const rows = first.map(
    (r, i) => ({ ...r, without: median(withouts[i] ?? []), with: median(withs[i] ?? []) }) as Row,
  );
  const f = (n: number) => n.toFixed(2);
  console.log(
    `\nNotifications: DfE's KS2 2018 results for England, ${people.toLocaleString('en-GB')} heads told.\n`,
  );
  console.log(
    '| database | import, no one to tell (s, median of 3) | import, queuing them (s, median of 3) | added to the import | the added step alone (s) | its share of the import | told, just after (s) | told | emails queued | sent | send time (s) | emails a second |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.database} | ${f(r.without)} | ${f(r.with)} | ${((r.with / r.without - 1) * 100).toFixed(1)}% | ${f(r.step)} | ${((r.step / r.without) * 100).toFixed(1)}% | ${f(r.tellSeconds)} | ${String(r.told)} | ${String(r.queued)} | ${String(r.sent)} | ${f(r.sendSeconds)} | ${(r.sent / r.sendSeconds).toFixed(0)} |`,
    );
}
