import { createServices } from '../src/app/services.ts';
import { silentProgress } from '../src/kernel/importFiles.ts';
import { rankEverything } from '../src/performance/bulkRankings.ts';
import { rankEverythingInto } from './rankInto.ts';
import { parsePeriod } from '../src/performance/periods.ts';
import { embedded, median, server, timed, type BenchDatabase } from './databases.ts';
import { benchOperator as operator, laitFiles } from './data.ts';
import { keyedFloor, rawCopy } from './copy.ts';
import { duckdbRanks, type DuckRank } from './duckdb.ts';
import { registerBench } from './register.ts';
import { reviewBench } from './review.ts';
import { pollBench, resultsBench } from './results.ts';
import { memoryBench } from './memory.ts';
import { loadBench } from './load.ts';
import { startupBench } from './startup.ts';
import { lettersBench, pdfBench } from './pdf.ts';
import { supportBench } from './support.ts';
import { collectionBench } from './collection.ts';
import { dfeFolderBench } from './dfeFolder.ts';
import { notificationsBench } from './notifications.ts';

// npm run bench: P1 (LAIT import against a raw COPY) and P2 (every rank and band against DuckDB),
// on the embedded database and on PostgreSQL, with DfE's real LAIT files; then the schools
// register's imports and searches (bench/register.ts) and P6, the desk-top review of England
// (bench/review.ts), and P3, the LA results summary under load (bench/results.ts).
// Then the imports' memory (bench/memory.ts), then a council's morning under load (bench/load.ts). `npm run bench -- lait`, `-- register`,
// `-- review`, `-- results`, `-- memory`, `-- startup`, `-- load`, `-- support` (bench/support.ts), `-- collection` (bench/collection.ts), `-- dfe-folder` (bench/dfeFolder.ts), `-- notifications` (bench/notifications.ts), `-- poll` (an API client polling with If-None-Match, bench/results.ts) or `-- pdf` (P5, bench/pdf.ts) runs only
// that part; `-- letters` runs only P5's letters for Hampshire.
const { values: valuesFile, dictionary: dictionaryFile } = laitFiles;
const repeats = 5;

type Result = {
  database: string;
  copy: number;
  floor: number;
  bulkFloor: number;
  importFirst: number;
  importAgain: number;
  ranks: number;
  ranksToNode: number;
  rankedRows: number;
};

async function measure(database: BenchDatabase): Promise<{ result: Result; ranks: Map<string, string> }> {
  const services = await createServices(database);
  await services.performance.importLaitDictionary(operator, dictionaryFile);
  const copies: number[] = [];
  for (let i = 0; i < 3; i++) copies.push(await rawCopy(database, valuesFile));
  const floors: number[] = [];
  const bulkFloors: number[] = [];
  for (let i = 0; i < 3; i++) floors.push(await keyedFloor(database, valuesFile, 'live'));
  for (let i = 0; i < 3; i++) bulkFloors.push(await keyedFloor(database, valuesFile, 'bulk'));
  const first = await timed(() => services.performance.importLait(operator, valuesFile, silentProgress));
  const again = await timed(() => services.performance.importLait(operator, valuesFile, silentProgress));
  const rankTimes: number[] = [];
  const transferTimes: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const run = await timed(() => database.db.transaction((tx) => rankEverythingInto(tx, 'every_rank')));
    rankTimes.push(run.seconds);
  }
  let rows: Awaited<ReturnType<typeof rankEverything>> = [];
  for (let i = 0; i < repeats; i++) {
    const run = await timed(() => rankEverything(database.db));
    transferTimes.push(run.seconds);
    rows = run.result;
  }
  const ranks = new Map(
    rows.map((r) => [`${r.indicator_key}|${r.period_end}|${r.entity_code}`, `${r.rank}|${r.band ?? ''}`]),
  );
  return {
    result: {
      database: database.label,
      copy: median(copies),
      floor: median(floors),
      bulkFloor: median(bulkFloors),
      importFirst: first.seconds,
      importAgain: again.seconds,
      ranks: median(rankTimes),
      ranksToNode: median(transferTimes),
      rankedRows: rows.length,
    },
    ranks,
  };
}

function disagreements(duck: DuckRank[], beacon: Map<string, string>): number {
  let differ = 0;
  for (const r of duck) {
    const period = parsePeriod(r.years);
    if (!period) continue;
    if (beacon.get(`${r.key}|${period.end}|${r.la}`) !== `${r.rank}|${r.band ?? ''}`) differ += 1;
  }
  return differ + Math.abs(beacon.size - duck.length);
}

async function performanceBench(): Promise<void> {
  const duckTimes: number[] = [];
  let duckRows: DuckRank[] = [];
  for (let i = 0; i < repeats; i++) {
    const run = await duckdbRanks(valuesFile, dictionaryFile);
    duckTimes.push(run.seconds);
    duckRows = run.rows;
  }
  const duck = median(duckTimes);

  const results: Result[] = [];
  for (const open of [embedded, server]) {
    const database = await open();
    try {
      const { result, ranks } = await measure(database);
      results.push(result);
      console.log(
        `${result.database}: ${result.rankedRows} ranked values; ${disagreements(duckRows, ranks)} differ from DuckDB's`,
      );
    } finally {
      await database.drop();
    }
  }

  const f = (n: number) => n.toFixed(2);
  console.log(
    `\nLAIT all measures: 641,070 rows. DuckDB ranks and bands from the CSV: ${f(duck)} s (median of ${repeats}).\n`,
  );
  console.log(
    '| database | raw COPY (s) | bulk-keyed floor (s) | COPY ÷ bulk floor | keyed floor (s) | COPY ÷ floor | Beacon import (s) | P1 ratio COPY ÷ import | floor ÷ import | re-import (s) | P2 ranks in the database (s) | P2 ratio ÷ DuckDB | ranks read into Node (s) |',
  );
  console.log(`|${' --- |'.repeat(13)}`);
  for (const r of results) {
    console.log(
      `| ${r.database} | ${f(r.copy)} | ${f(r.bulkFloor)} | ${f(r.copy / r.bulkFloor)} | ${f(r.floor)} | ${f(r.copy / r.floor)} | ${f(r.importFirst)} | ${f(r.copy / r.importFirst)} | ${f(r.floor / r.importFirst)} | ${f(r.importAgain)} | ${f(r.ranks)} | ${f(r.ranks / duck)} | ${f(r.ranksToNode)} |`,
    );
  }
}

const only = process.argv[2];
if (only === undefined || only === 'lait') await performanceBench();
if (only === undefined || only === 'register') await registerBench();
if (only === undefined || only === 'review') await reviewBench();
if (only === undefined || only === 'results') await resultsBench();
if (only === undefined || only === 'memory') await memoryBench();
if (only === undefined || only === 'startup') await startupBench();
if (only === undefined || only === 'load') await loadBench();
if (only === undefined || only === 'pdf') await pdfBench();
if (only === undefined || only === 'support') await supportBench();
if (only === undefined || only === 'collection') await collectionBench();
if (only === undefined || only === 'dfe-folder') await dfeFolderBench();
if (only === undefined || only === 'notifications') await notificationsBench();
if (only === undefined || only === 'poll') await pollBench();
if (only === 'letters') await lettersBench();
