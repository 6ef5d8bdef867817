import path from 'node:path';
import { createServices } from '../src/app/services.ts';
import { silentProgress } from '../src/kernel/importFiles.ts';
import { median, onEachDatabase, timed, type BenchDatabase } from './databases.ts';
import { benchOperator as operator, loadLait, nationalSchoolsDir as national } from './data.ts';

// P6: the desk-top review of every open school in England, with DfE's school list, Ofsted's
// inspection history, LAIT (England's figures) and every school's KS2 and KS4 results for 2017 and
// 2018 loaded: the review as at 1 December 2018 weighs the two latest years.
const asAt = '2018-12-01';

type Row = { database: string; england: number; schools: number; oneLa: number; flagged: number };

async function load(database: BenchDatabase): Promise<void> {
  const services = await createServices(database);
  await loadLait(services);
  await services.register.importSpine(
    operator,
    path.join(national, 'england_spine_2017-2018.csv'),
    silentProgress,
  );
  await services.register.importOfsted(
    operator,
    path.join(national, 'ofsted_ratings_2018.csv'),
    silentProgress,
  );
  for (const file of ['ks2_perf_2017.csv', 'ks2_perf_2018.csv', 'ks4_perf_2017.csv', 'ks4_perf_2018.csv']) {
    await services.performance.importPerfTable(
      operator,
      path.join(national, file),
      undefined,
      silentProgress,
    );
  }
}

async function measure(database: BenchDatabase): Promise<Row> {
  await load(database);
  const services = await createServices(database);
  const england: number[] = [];
  const oneLa: number[] = [];
  let schools = 0;
  let flagged = 0;
  for (let i = 0; i < 5; i++) {
    const run = await timed(() => services.concern.review(null, asAt));
    england.push(run.seconds);
    schools = run.result.entries.length;
    flagged = run.result.entries.filter((e) => e.proposedCategory !== 'minimum').length;
    oneLa.push((await timed(() => services.concern.review('851', asAt))).seconds);
  }
  return { database: database.label, england: median(england), schools, oneLa: median(oneLa), flagged };
}

export async function reviewBench(): Promise<void> {
  const rows = await onEachDatabase(measure);
  console.log(`\nP6: desk-top review as at ${asAt} (median of 5).\n`);
  console.log(
    '| database | every open school in England (s) | schools | proposed above minimum | Portsmouth (s) |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.database} | ${r.england.toFixed(2)} | ${r.schools.toLocaleString('en-GB')} | ${r.flagged.toLocaleString('en-GB')} | ${r.oneLa.toFixed(2)} |`,
    );
  }
}
