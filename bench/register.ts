import path from 'node:path';
import { createServices } from '../src/app/services.ts';
import { silentProgress } from '../src/kernel/importFiles.ts';
import { median, onEachDatabase, timed, type BenchDatabase } from './databases.ts';
import { benchOperator as operator, nationalSchoolsDir as national } from './data.ts';

// The schools register's benchmark: DfE's national school list and Ofsted's inspection history,
// imported on each database (first time and again), then the searches the register page runs.
const spineFile = path.join(national, 'england_spine_2017-2018.csv');
const ofstedFile = path.join(national, 'ofsted_ratings_2018.csv');

const searches: { label: string; filters: Record<string, string> }[] = [
  { label: 'everything, first page', filters: {} },
  { label: 'name contains "saint"', filters: { q: 'saint' } },
  { label: 'one LA, primary, open', filters: { la: '851', phase: 'Primary', status: 'open' } },
  { label: 'requires improvement (grade 3) now', filters: { grade: '3' } },
];

type Row = {
  database: string;
  spine: number;
  spineAgain: number;
  ofsted: number;
  ofstedAgain: number;
  search: number[];
};

async function measure(database: BenchDatabase): Promise<Row> {
  const services = await createServices(database);
  const spine = await timed(() => services.register.importSpine(operator, spineFile, silentProgress));
  const spineAgain = await timed(() => services.register.importSpine(operator, spineFile, silentProgress));
  const ofsted = await timed(() => services.register.importOfsted(operator, ofstedFile, silentProgress));
  const ofstedAgain = await timed(() => services.register.importOfsted(operator, ofstedFile, silentProgress));
  const search: number[] = [];
  for (const { filters } of searches) {
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      runs.push(
        (await timed(() => services.schools.search(operator, filters, { offset: 0, limit: 50 }))).seconds,
      );
    }
    search.push(median(runs));
  }
  return {
    database: database.label,
    spine: spine.seconds,
    spineAgain: spineAgain.seconds,
    ofsted: ofsted.seconds,
    ofstedAgain: ofstedAgain.seconds,
    search,
  };
}

export async function registerBench(): Promise<void> {
  const rows = await onEachDatabase(measure);
  const f = (n: number) => n.toFixed(2);
  const perSecond = (n: number, s: number) => Math.round(n / s).toLocaleString('en-GB');
  console.log('\nSchools register: DfE school list (26,078 rows) and Ofsted history (60,134 rows).\n');
  console.log(
    '| database | school list (s) | rows/s | again (s) | Ofsted history (s) | rows/s | again (s) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.database} | ${f(r.spine)} | ${perSecond(26_078, r.spine)} | ${f(r.spineAgain)} | ${f(r.ofsted)} | ${perSecond(60_134, r.ofsted)} | ${f(r.ofstedAgain)} |`,
    );
  }
  console.log('\nSearch over all 26,078 schools (median of 7, ms):\n');
  console.log(`| search | ${rows.map((r) => r.database).join(' | ')} |`);
  console.log(`| --- | ${rows.map(() => '---').join(' | ')} |`);
  searches.forEach((s, i) => {
    console.log(`| ${s.label} | ${rows.map((r) => ((r.search[i] ?? 0) * 1000).toFixed(0)).join(' | ')} |`);
  });
}
