import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, scratchFiles, testOperator } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { importKinds } from '../app/modules.ts';
import { externalFile } from '../performance/externalData.ts';
import { indicatorValues, statisticalNeighbours } from '../performance/schema.ts';
import { auditLog } from '../access/schema.ts';
import {
  importFolder,
  neighbourSetFromName,
  periodFromPath,
  planFolder,
  readFolder,
  recogniseKind,
} from './folder.ts';

// `beacon import dfe-folder`: files recognised by their columns, put in the order one needs
// another, each imported all-or-nothing; an unknown file listed, a broken one refused and named.

const periods = [
  { name: 'ks2/2018-2019_850_ks2final.csv', expected: 2019, why: 'DfE’s performance-table file name' },
  {
    name: 'dfe-perf-tables-2018-19-national/england_census.csv',
    expected: 2019,
    why: 'a folder named for 2018-19',
  },
  {
    name: 'dfe-school-level-national-2016-2018/csv/ks2_perf_2016.csv',
    expected: undefined,
    why: 'two years apart say no year',
  },
  { name: 'england_ks4provisional.csv', expected: undefined, why: 'no year at all' },
  { name: '1999-00/england_abs.csv', expected: 2000, why: 'a century turned' },
];
for (const c of periods) {
  test(`the year of ${c.name} is ${String(c.expected)} (${c.why})`, () => {
    assert.equal(periodFromPath(c.name), c.expected);
  });
}

test('the statistical-neighbour model is the year in the file name (DfE’s sn_may_2025)', () => {
  assert.equal(neighbourSetFromName('csv/statistical_neighbours_may_2025_tidy.csv'), '2025');
  assert.equal(neighbourSetFromName('neighbours.csv'), undefined);
});

const headers = [
  {
    header: ['Short Desc', 'Data item', 'Years', 'LA and Regions', 'Values', 'LA Number', 'Region'],
    kind: 'lait',
    source: 'lait_bds_long_all_measures.csv',
  },
  { header: ['URN', 'Rating', 'Inspection Date'], kind: 'ofsted', source: 'ofsted_ratings_2018.csv' },
  {
    header: ['RECTYPE', 'LEA', 'URN', 'DESTPUP'],
    kind: null,
    source: 'england_ks4-pupdest.csv: DfE’s columns, but no layout Beacon reads',
  },
  { header: ['la_code', 'la_name'], kind: null, source: 'la_code_list.csv' },
];
for (const c of headers) {
  test(`a file with the columns of ${c.source} is ${c.kind ?? 'not recognised'}`, () => {
    assert.equal(recogniseKind(importKinds, c.header)?.key ?? null, c.kind);
  });
}

const dictionary = externalFile('dfe-lait/raw/lait_data_dictionary.csv');
const neighbours = externalFile('dfe-lait/csv/statistical_neighbours_may_2025_tidy.csv');

describeOnDatabases('importing a folder of DfE files', (database) => {
  let services: Services;
  let close: () => Promise<void>;
  const folder = scratchFiles('dfe-folder');

  before(async () => {
    const built = await buildTestApp(database());
    services = built.services;
    close = () => built.app.close();
    if (!dictionary.file || !neighbours.file) return;
    fs.mkdirSync(path.join(folder.folder, 'lait'), { recursive: true });
    fs.copyFileSync(dictionary.file, path.join(folder.folder, 'lait', 'lait_data_dictionary.csv'));
    fs.copyFileSync(
      neighbours.file,
      path.join(folder.folder, 'lait', 'statistical_neighbours_may_2025_tidy.csv'),
    );
    folder.write('notes.txt', 'What we downloaded, and when.');
    // LAIT's columns, and a value that is not a number: refused whole.
    folder.write(
      'lait_values_broken.csv',
      'Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n' +
        'KS2RWM_Expected_STD,KS2 RWM,2016,Portsmouth,47.6,851,South East\n' +
        'KS2RWM_Expected_STD,KS2 RWM,2016,Southampton,forty,852,South East\n',
    );
  });
  after(async () => {
    await close();
  });

  test(
    'known files in order, the unknown listed, the broken refused and named; the rest imported',
    { skip: dictionary.skip || neighbours.skip },
    async () => {
      const { planned, unrecognised } = planFolder(importKinds, readFolder(folder.folder));
      assert.deepEqual(
        planned.map((p) => [p.name, p.kind.key, p.fields]),
        [
          [path.join('lait', 'lait_data_dictionary.csv'), 'lait-dictionary', {}],
          ['lait_values_broken.csv', 'lait', {}],
          [path.join('lait', 'statistical_neighbours_may_2025_tidy.csv'), 'neighbours', { set: '2025' }],
        ],
      );
      assert.deepEqual(unrecognised, ['notes.txt']);

      const results = await importFolder(
        services,
        testOperator,
        planned,
        () => silentProgress,
        async () => undefined,
      );
      assert.deepEqual(
        results.map((r) => [r.name, r.outcome]),
        [
          [path.join('lait', 'lait_data_dictionary.csv'), 'imported'],
          ['lait_values_broken.csv', 'refused'],
          [path.join('lait', 'statistical_neighbours_may_2025_tidy.csv'), 'imported'],
        ],
      );
      const refused = results[1];
      assert.ok(refused?.outcome === 'refused');
      assert.match(refused.problems.join(' '), /line 3/);
      const { db } = services.database;
      const [lait] = await db
        .select({ n: count() })
        .from(indicatorValues)
        .where(eq(indicatorValues.indicatorKey, 'KS2RWM_Expected_STD'));
      assert.equal(lait?.n, 0, 'nothing of the refused file is imported');
      const [sets] = await db
        .select({ n: count() })
        .from(statisticalNeighbours)
        .where(eq(statisticalNeighbours.setName, '2025'));
      assert.ok((sets?.n ?? 0) > 1000);
      const [audited] = await db
        .select({ n: count() })
        .from(auditLog)
        .where(eq(auditLog.action, 'import.lait'));
      assert.equal(audited?.n, 0);
    },
  );
});
