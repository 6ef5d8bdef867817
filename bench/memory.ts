import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../src/app/services.ts';
import { openDatabase } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { server, type BenchDatabase } from './databases.ts';
import { fromRoot } from '../src/kernel/paths.ts';
import { benchOperator, laitFiles } from './data.ts';

// Imports in bounded memory: the peak resident memory of a process that imports LAIT's 40 MB file,
// and a values template of about the same size and of five times it, made here. Flat means the 5×
// file peaks where the 1× file does.

// Each import is the command an operator runs, as built (`npm run build`): `beacon import KIND FILE`,
// with its peak resident memory read by GNU time; the anchor is `beacon migrate`, the same process
// opening the database and importing nothing.
const beacon = fromRoot('bin', 'beacon.js');

type Peak = { kind: string; rows: number; seconds: number; peakMiB: number };

function importInChild(kind: string, file: string, env: Record<string, string>): Promise<Peak> {
  const args = kind === 'none' ? ['migrate'] : ['import', kind, file, '--quiet'];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'peak %M', process.execPath, beacon, ...args], {
      env: { ...process.env, NODE_ENV: 'production', BEACON_SESSION_SECRET: 'x'.repeat(40), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const kib = Number(/peak (\d+)/.exec(err)?.[1]);
      if (code !== 0 || !Number.isFinite(kib))
        reject(new Error(`${args.join(' ')} exited ${String(code)}: ${err}`));
      else
        resolve({
          kind,
          rows: Number(/: (\d+) rows read/.exec(out)?.[1] ?? 0),
          seconds,
          peakMiB: kib / 1024,
        });
    });
  });
}

/** A values template of about `bytes`, every row a distinct figure, written as it is made. */
async function writeTemplate(file: string, bytes: number): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write('entity_type,entity_code,entity_name,indicator,period,group,value,numerator,denominator\n');
  const keys = ['KS2RWM_Expected_STD', 'KS2R_Expected_STD', 'KS2M_Expected_STD', 'KS2W_Teacher_Assess'];
  let written = 0;
  let n = 0;
  for (let group = 0; written < bytes; group++)
    for (const key of keys)
      for (let la = 201; la <= 938; la++)
        for (let year = 2016; year <= 2019; year++) {
          const line = `la,${String(la)},Area ${String(la)},${key},${String(year)},g${String(group)},${String(n % 97)},${String(n % 50)},50\n`;
          written += line.length;
          n += 1;
          if (!out.write(line))
            await new Promise<void>((resolve) =>
              out.once('drain', () => {
                resolve();
              }),
            );
        }
  await new Promise<void>((resolve) =>
    out.end(() => {
      resolve();
    }),
  );
}

/** An embedded data folder laid out as BEACON_DATA_DIR expects (its database in pgdata/). */
async function embeddedFolder(): Promise<BenchDatabase & { folder: string }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-bench-folder-'));
  const handle = await openDatabase({ dataDir: path.join(folder, 'pgdata') });
  await migrateDatabase(handle);
  return {
    ...handle,
    folder,
    label: 'PGlite (embedded, file-backed)',
    drop: async () => {
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function onDatabase(
  make: () => Promise<BenchDatabase & { folder?: string }>,
  files: { one: string; five: string },
) {
  const database = await make();
  await (
    await createServices(database)
  ).performance.importLaitDictionary(benchOperator, laitFiles.dictionary);
  await database.close();
  const env: Record<string, string> = database.url
    ? { DATABASE_URL: database.url }
    : { BEACON_DATA_DIR: database.folder ?? '' };
  const baseline = await importInChild('none', '', env);
  const lait = await importInChild('lait', laitFiles.values, env);
  const one = await importInChild('values-template', files.one, env);
  const five = await importInChild('values-template', files.five, env);
  await database.drop().catch(() => undefined);
  return { label: database.label, baseline, lait, one, five };
}

export async function memoryBench(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-bench-memory-'));
  const size = fs.statSync(laitFiles.values).size;
  const files = { one: path.join(folder, 'values-1x.csv'), five: path.join(folder, 'values-5x.csv') };
  await writeTemplate(files.one, size);
  await writeTemplate(files.five, size * 5);
  console.log(`\nImports in bounded memory: peak resident memory of one import in its own process`);
  console.log(`(LAIT ${(size / 1048576).toFixed(0)} MB; values templates of 1× and 5× that size)\n`);
  for (const make of [server, embeddedFolder]) {
    const r = await onDatabase(make, files);
    const mib = (p: Peak) => `${p.peakMiB.toFixed(0)} MiB (${p.rows} rows, ${p.seconds.toFixed(1)} s)`;
    console.log(r.label);
    console.log(`  anchor, the same process importing nothing: ${r.baseline.peakMiB.toFixed(0)} MiB`);
    console.log(`  LAIT values:              ${mib(r.lait)}`);
    console.log(`  values template, 1×:      ${mib(r.one)}`);
    console.log(`  values template, 5×:      ${mib(r.five)}`);
    console.log(`  5× ÷ 1× peak: ${(r.five.peakMiB / r.one.peakMiB).toFixed(2)} (flat is 1.00)`);
  }
  fs.rmSync(folder, { recursive: true, force: true });
}
