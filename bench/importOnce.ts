import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/kernel/config.ts';
import { createServices } from '../src/app/services.ts';
import { silentProgress } from '../src/kernel/importFiles.ts';
import { openDatabase } from '../src/db/client.ts';
import { benchOperator } from './data.ts';

// One import in a process of its own, for bench/memory.ts: the process's peak resident memory is
// then the import's. `none` opens the database and imports nothing, for the baseline.
const [kind = 'none', file = ''] = process.argv.slice(2);
const config = loadConfig();
const database = await openDatabase(config.database);
const services = await createServices(database);
const started = performance.now();
let rows = 0;
if (kind === 'lait') rows = (await services.performance.importLait(benchOperator, file, silentProgress)).rows;
if (kind === 'values-template')
  rows = (await services.performance.importValuesTemplate(benchOperator, file, silentProgress)).rows;
const seconds = (performance.now() - started) / 1000;
await database.close();
// maxRSS is in kibibytes.
console.log(JSON.stringify({ kind, rows, seconds, peakMiB: process.resourceUsage().maxRSS / 1024 }));
