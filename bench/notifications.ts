import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { count, eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { createServices } from '../src/app/services.ts';
import { silentProgress } from '../src/kernel/importFiles.ts';
import { queryRows } from '../src/db/client.ts';
import { emailOutbox, notifications, users } from '../src/access/schema.ts';
import { smtpMailer } from '../src/access/notifications/mailer.ts';
import { sendPending } from '../src/access/notifications/outbox.ts';
import { onEachDatabase, timed, type BenchDatabase } from './databases.ts';
import { benchOperator as operator, laitFiles, nationalSchoolsDir as national } from './data.ts';

// Notifications at the scale of one national import: DfE's KS2 results for every school in England
// (ks2_perf_2018.csv) imported where 10,000 schools each have a head with an account, so the import
// tells 10,000 people their results are in, in its own transaction. Measured: the import with them
// against the same import where no one has an account (goal: notifying adds under 10%), and the
// outbox worker's send rate to an SMTP server in this process.

const people = 10_000;
const results = path.join(national, 'ks2_perf_2018.csv');

type Row = {
  database: string;
  without: number;
  with: number;
  told: number;
  queued: number;
  sent: number;
  sendSeconds: number;
};

async function prepared(database: BenchDatabase, withPeople: boolean) {
  const services = await createServices(database);
  await services.performance.importLaitDictionary(operator, laitFiles.dictionary);
  await services.register.importSpine(
    operator,
    path.join(national, 'england_spine_2017-2018.csv'),
    silentProgress,
  );
  if (withPeople) {
    // The first 10,000 open primary schools of the register, in URN order, each with its head.
    const schools = await queryRows<{ urn: number }>(
      database.db,
      sql`select urn from establishments where phase_group = 'Primary' and closed_on is null
          order by urn limit ${people}`,
    );
    for (let at = 0; at < schools.length; at += 2000)
      await database.db.insert(users).values(
        schools.slice(at, at + 2000).map((s) => ({
          email: `head.${String(s.urn)}@school.example.gov.uk`,
          name: `Head of ${String(s.urn)}`,
          role: 'school_user' as const,
          schoolUrn: s.urn,
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
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function measure(database: BenchDatabase, withPeople: boolean): Promise<Partial<Row>> {
  const seconds = await importTime(database, withPeople);
  if (!withPeople) return { database: database.label, without: seconds };
  const [[told], [queued]] = await Promise.all([
    database.db.select({ n: count() }).from(notifications),
    database.db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, 'pending')),
  ]);
  const sending = await sendRate(database);
  return {
    with: seconds,
    told: told?.n ?? 0,
    queued: queued?.n ?? 0,
    sent: sending.sent,
    sendSeconds: sending.seconds,
  };
}

export async function notificationsBench(): Promise<void> {
  const without = await onEachDatabase((database) => measure(database, false));
  const withPeople = await onEachDatabase((database) => measure(database, true));
  const rows = without.map((w, i) => ({ ...w, ...withPeople[i] }) as Row);
  const f = (n: number) => n.toFixed(2);
  console.log(
    `\nNotifications: DfE's KS2 2018 results for England, ${people.toLocaleString('en-GB')} heads told.\n`,
  );
  console.log(
    '| database | import, no one to tell (s) | import, telling them (s) | told | emails queued | added by telling | sent | send time (s) | emails a second |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.database} | ${f(r.without)} | ${f(r.with)} | ${String(r.told)} | ${String(r.queued)} | ${((r.with / r.without - 1) * 100).toFixed(1)}% | ${String(r.sent)} | ${f(r.sendSeconds)} | ${(r.sent / r.sendSeconds).toFixed(0)} |`,
    );
}
