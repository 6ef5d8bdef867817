import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { databaseTargets } from '../db/testing.ts';
import { runBeacon } from '../cli/testing.ts';

// An import's memory does not grow with its file: a values template far larger than the process
// may hold in its heap is imported whole, and a bad row near its end still refuses all of it.
// Read whole, as before, a 40 MB CSV took over a gigabyte (LAIT's 40 MB file peaked at 1.19 GiB:
// its text, then every cell as a string); streamed, the import fits in a 128 MB heap. The file is
// made here, row by row.

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-bounded-'));
after(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

const heapLimit = '--max-old-space-size=128';
const fileBytes = 40 * 1024 * 1024;

/** A valid values template of about `bytes`: every LA number × five measures × four years × groups. */
async function writeTemplate(file: string, bytes: number, badRowNearEnd = false): Promise<number> {
  const out = fs.createWriteStream(file);
  const write = (text: string) =>
    out.write(text)
      ? Promise.resolve()
      : new Promise<void>((resolve) =>
          out.once('drain', () => {
            resolve();
          }),
        );
  await write('entity_type,entity_code,entity_name,indicator,period,group,value,numerator,denominator\n');
  const keys = ['KS2RWM_Expected_STD', 'KS2R_Expected_STD', 'KS2M_Expected_STD', 'KS2W_Teacher_Assess'];
  let written = 0;
  let rows = 0;
  for (let group = 0; written < bytes; group++) {
    for (const key of keys) {
      for (let la = 201; la <= 938; la++) {
        for (let year = 2016; year <= 2019; year++) {
          const value =
            badRowNearEnd && written > bytes * 0.95 && rows % 1000 === 7 ? 'lots' : String(rows % 97);
          const line = `la,${String(la)},Area ${String(la)},${key},${String(year)},g${String(group)},${value},${String(rows % 50)},50\n`;
          await write(line);
          written += line.length;
          rows += 1;
        }
      }
    }
  }
  await new Promise<void>((resolve) =>
    out.end(() => {
      resolve();
    }),
  );
  return rows;
}

const dictionary = [
  'Measure_short,Measure,Topic,Polarity,y_axis_name,dps,Year_Type,No_Quartile,Description',
  'KS2RWM_Expected_STD,RWM,Key Stage 2,High,%,NA,Academic Year,NA,x',
  'KS2R_Expected_STD,R,Key Stage 2,High,%,NA,Academic Year,NA,x',
  'KS2M_Expected_STD,M,Key Stage 2,High,%,NA,Academic Year,NA,x',
  'KS2W_Teacher_Assess,W,Key Stage 2,High,%,NA,Academic Year,NA,x',
].join('\n');

for (const target of databaseTargets()) {
  void describe(`an import in bounded memory [${target.kind}]`, () => {
    let env: Record<string, string>;
    let drop = async () => undefined as unknown;

    test('a values template larger than the heap imports in one pass; a bad row near its end changes nothing', async () => {
      if (target.kind === 'postgres' && target.adminUrl) {
        const name = `beacon_bounded_${randomBytes(4).toString('hex')}`;
        const admin = new pg.Client({ connectionString: target.adminUrl });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const url = new URL(target.adminUrl);
        url.pathname = `/${name}`;
        env = { DATABASE_URL: url.href };
        drop = async () => {
          const cleanup = new pg.Client({ connectionString: target.adminUrl });
          await cleanup.connect();
          await cleanup.query(`drop database if exists ${name} with (force)`);
          await cleanup.end();
        };
      } else {
        env = { BEACON_DATA_DIR: path.join(folder, 'data') };
      }
      try {
        fs.writeFileSync(path.join(folder, 'dictionary.csv'), dictionary);
        const migrated = await runBeacon(['migrate'], env);
        assert.equal(migrated.code, 0, migrated.stderr);
        const imported = await runBeacon(
          ['import', 'lait-dictionary', path.join(folder, 'dictionary.csv')],
          env,
        );
        assert.equal(imported.code, 0, imported.stderr);

        const bad = path.join(folder, 'bad.csv');
        await writeTemplate(bad, fileBytes, true);
        const refused = await runBeacon(['import', 'values-template', bad], {
          ...env,
          NODE_OPTIONS: heapLimit,
        });
        assert.equal(refused.code, 1, refused.stderr);
        assert.match(refused.stderr, /bad\.csv was not imported; nothing was changed/);
        assert.match(refused.stderr, /line \d+, column value: The value "lots" is neither a number/);
        fs.rmSync(bad);

        const good = path.join(folder, 'good.csv');
        const rows = await writeTemplate(good, fileBytes);
        const done = await runBeacon(['import', 'values-template', good], {
          ...env,
          NODE_OPTIONS: heapLimit,
        });
        assert.equal(done.code, 0, done.stderr);
        assert.match(done.stdout, new RegExp(`${String(rows)} rows read; ${String(rows)} added`));
        fs.rmSync(good);
      } finally {
        await drop();
      }
    });
  });
}
