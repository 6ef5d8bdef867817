import { eq } from 'drizzle-orm';
import { establishments } from '../src/schools/schema.ts';
import { createServices } from '../src/app/services.ts';
import { silentProgress } from '../src/kernel/importFiles.ts';
import { importKinds } from '../src/app/modules.ts';
import { externalDataDir } from '../src/performance/externalData.ts';
import { importFolder, planFolder, readFolder } from '../src/imports/folder.ts';
import { median, onEachDatabase, timed, type BenchDatabase } from './databases.ts';
import { addUser, buildTestApp, Visitor } from '../src/app/testing.ts';
import type { Role } from '../src/access/roles.ts';
import { benchOperator as operator } from './data.ts';

// `beacon import dfe-folder` on ../shared/data/external against the sum of the same files imported
// one at a time, each on a new database (SPEC's goal: no slower than that sum).

type Row = { database: string; files: number; separate: number };

async function measure(database: BenchDatabase): Promise<Row> {
  const { planned } = planFolder(importKinds, readFolder(externalDataDir()));
  const services = await createServices(database);
  let separate = 0;
  for (const file of planned) {
    const run = await timed(() => file.kind.run(services, operator, file.file, file.fields, silentProgress));
    separate += run.seconds;
  }
  return { database: database.label, files: planned.length, separate };
}

/**
 * The home page for each role once the national data is in: server time (inject, no network), the
 * median of 20 after one to warm the caches. Goal: under 150 ms on PostgreSQL.
 */
async function homePages(database: BenchDatabase): Promise<Record<string, number>> {
  const { app, services } = await buildTestApp(database);
  const [school] = await database.db
    .select({ urn: establishments.urn })
    .from(establishments)
    .where(eq(establishments.laCode, '851'))
    .limit(1);
  const roles: { role: Role; extra?: { schoolUrn?: number } }[] = [
    { role: 'admin' },
    { role: 'officer' },
    { role: 'board_member' },
    { role: 'action_owner' },
    { role: 'system_leader' },
    { role: 'school_user', extra: { schoolUrn: school?.urn ?? 0 } },
  ];
  const times: Record<string, number> = {};
  for (const { role, extra } of roles) {
    const email = `${role}@bench.example`;
    await addUser(services, { email, role, ...extra });
    const visitor = new Visitor(app);
    await visitor.signIn(email);
    await visitor.get('/');
    const runs: number[] = [];
    for (let i = 0; i < 20; i++) runs.push((await timed(() => visitor.get('/'))).seconds);
    times[role] = median(runs) * 1000;
  }
  await app.close();
  return times;
}

async function measureFolder(
  database: BenchDatabase,
): Promise<{ seconds: number; home: Record<string, number> }> {
  const { planned } = planFolder(importKinds, readFolder(externalDataDir()));
  const services = await createServices(database);
  const run = await timed(() => importFolder(services, operator, planned, () => silentProgress));
  const refused = run.result.filter((r) => r.outcome === 'refused');
  if (refused.length > 0) throw new Error(`refused: ${refused.map((r) => r.name).join(', ')}`);
  return { seconds: run.seconds, home: await homePages(database) };
}

export async function dfeFolderBench(): Promise<void> {
  const separate = await onEachDatabase(measure);
  const folder = await onEachDatabase(measureFolder);
  console.log('\ndfe-folder: every recognised file of ../shared/data/external, on a new database each time');
  console.log('| database | files | separate imports (sum) | dfe-folder | ratio (goal ≤ 1.0) |');
  console.log('| --- | --- | --- | --- | --- |');
  separate.forEach((row, i) => {
    const total = folder[i]?.seconds ?? 0;
    console.log(
      `| ${row.database} | ${String(row.files)} | ${row.separate.toFixed(1)} s | ${total.toFixed(1)} s | ${(total / row.separate).toFixed(2)} |`,
    );
  });
  console.log('\nThe home page on that data, server time, median of 20 (goal: under 150 ms on PostgreSQL)');
  console.log('| database | ' + Object.keys(folder[0]?.home ?? {}).join(' | ') + ' |');
  folder.forEach((row, i) => {
    console.log(
      `| ${separate[i]?.database ?? ''} | ${Object.values(row.home)
        .map((ms) => `${ms.toFixed(0)} ms`)
        .join(' | ')} |`,
    );
  });
}
