import path from 'node:path';
import { run } from 'node:test';
import { tap } from 'node:test/reporters';
import { browserFiles, databaseFiles, processFiles, unitFiles } from './files.ts';
import { ensureEmptyDatabaseTemplate } from '../src/db/template.ts';

// Runs the listed test files and prints TAP (its closing `# pass` / `# fail` lines are what CI reads).
// In CI it also fails the run unless the PostgreSQL suites and the Chromium suites really ran.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const groups: Record<string, string[]> = {
  unit: [...unitFiles],
  db: [...databaseFiles, ...processFiles],
  e2e: [...browserFiles],
};
const files = (only ? (groups[only] ?? []) : Object.values(groups).flat()).map((f) => path.resolve(f));
if (files.length === 0) {
  console.error(`No test files for --only ${only ?? ''}`);
  process.exit(2);
}

// Each test's embedded database starts from the migrated template rather than running initdb.
await ensureEmptyDatabaseTemplate();

const passedSuites = { postgres: 0, chromium: 0 };
let failed = 0;
let passed = 0;

const stream = run({ files, concurrency: 2, timeout: 10 * 60_000 });
stream.on('test:pass', (event) => {
  if (event.details.type === 'suite') {
    if (event.name.endsWith('[postgres]')) passedSuites.postgres += 1;
    if (event.name.endsWith('[chromium]')) passedSuites.chromium += 1;
  } else passed += 1;
});
stream.on('test:fail', (event) => {
  if (event.details.type !== 'suite') failed += 1;
});
stream.compose(tap).pipe(process.stdout);

await new Promise<void>((resolve) => {
  stream.on('close', resolve);
});
await new Promise<void>((resolve) => {
  process.stdout.write('', () => {
    resolve();
  });
});

const requireAll = process.env.CI === 'true' && only === undefined;
console.log(`# suites passed on PostgreSQL: ${passedSuites.postgres}; in Chromium: ${passedSuites.chromium}`);
if (requireAll && passedSuites.postgres === 0) {
  console.log('# CI: the PostgreSQL suites did not run');
  process.exitCode = 1;
}
if (requireAll && passedSuites.chromium === 0) {
  console.log('# CI: the Chromium suites did not run');
  process.exitCode = 1;
}
if (failed > 0 || passed === 0) process.exitCode = 1;
