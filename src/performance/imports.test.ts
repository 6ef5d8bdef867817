import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { createServices, type Services } from '../app/services.ts';
import { assertImportRefused, scratchFiles, testOperator, type RefusedFile } from '../app/testing.ts';
import { silentProgress } from '../kernel/importFiles.ts';

const { write } = scratchFiles('lait');

const dictionaryHeader =
  'Measure_short,Measure,Topic,Polarity,y_axis_name,dps,Year_Type,No_Quartile,Description';
const dictionary = write(
  'dictionary.csv',
  [
    dictionaryHeader,
    'KS2RWM_Expected_STD,KS2 RWM expected,Key Stage 2,High,% achieving expected level,NA,Academic Year,NA,RWM',
    'TotAbs,Total School Absence,All Pupil Absence & Exclusions,Low,% half days missed,2,Academic Year,NA,Absence',
  ].join('\n'),
);
const valuesHeader = 'Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region';
const goodRows = [
  'KS2RWM_Expected_STD,RWM,2019,Portsmouth,58,851,South East',
  'KS2RWM_Expected_STD,,2019,Southampton,61,852,South East',
  'KS2RWM_Expected_STD,,2019,England,65,970,NA',
  'TotAbs,Absence,2019,Portsmouth,4.9000000000000004,851,South East',
  'TotAbs,,2019,Southampton,-,852,South East',
];
const good = write('good.csv', [valuesHeader, ...goodRows].join('\n'));

// Each bad file, the problem Beacon must name, and where.
const badFiles: RefusedFile[] = [
  {
    name: 'unknown-indicator.csv',
    content: [valuesHeader, goodRows[0], 'NotAMeasure,,2019,Portsmouth,5,851,South East'].join('\n'),
    problem: /Unknown indicator "NotAMeasure"/,
    line: 3,
    column: 'Short Desc',
  },
  {
    name: 'not-a-number.csv',
    content: [valuesHeader, 'TotAbs,,2019,Portsmouth,four,851,South East'].join('\n'),
    problem: /"four" is neither a number nor one of DfE/,
    line: 2,
    column: 'Values',
  },
  {
    name: 'bad-period.csv',
    content: [valuesHeader, 'TotAbs,,19/20,Portsmouth,4.1,851,South East'].join('\n'),
    problem: /"19\/20" is not a period/,
    line: 2,
    column: 'Years',
  },
  {
    name: 'duplicate.csv',
    content: [valuesHeader, goodRows[0], goodRows[0]].join('\n'),
    problem: /Repeats KS2RWM_Expected_STD for LA 851 in 2019, already on line 2/,
    line: 3,
  },
  {
    name: 'truncated.csv',
    content: [valuesHeader, goodRows[0], 'TotAbs,,2019,Portsm'].join('\n'),
    problem: /Has 4 fields where the header has 7: the file may be truncated/,
    line: 3,
  },
  {
    name: 'missing-column.csv',
    content: [
      'Short Desc,Data item,Years,LA and Regions,LA Number,Region',
      'TotAbs,,2019,Portsmouth,851,South East',
    ].join('\n'),
    problem: /Missing column "Values"/,
    line: 1,
  },
  {
    name: 'windows-1252.csv',
    content: Buffer.concat([
      Buffer.from(`${valuesHeader}\nTotAbs,,2019,`),
      Buffer.from([0x50, 0xf6]),
      Buffer.from(',4.1,851,South East\n'),
    ]),
    problem: /not UTF-8/,
    line: 2,
  },
  { name: 'empty.csv', content: '', problem: /The file is empty/ },
  { name: 'header-only.csv', content: `${valuesHeader}\n`, problem: /a header but no rows/ },
  {
    name: 'bad-la.csv',
    content: [valuesHeader, 'TotAbs,,2019,Portsmouth,4.1,85,South East'].join('\n'),
    problem: /"85" is not a three-digit LA number/,
    line: 2,
    column: 'LA Number',
  },
];

describeOnDatabases('performance imports', (database) => {
  let services: Services;
  const valueCount = async () =>
    (await queryRows<{ n: number }>(database().db, sql`select count(*) as n from indicator_values`))[0]?.n;
  const auditCount = async () =>
    (await queryRows<{ n: number }>(database().db, sql`select count(*) as n from audit_log`))[0]?.n;

  test('the dictionary fills the catalogue; values import with counts, codes kept, audited', async () => {
    services = await createServices(database());
    const catalogue = await services.performance.importLaitDictionary(testOperator, dictionary);
    assert.deepEqual([catalogue.added, catalogue.rows], [2, 2]);
    const summary = await services.performance.importLait(testOperator, good, silentProgress);
    assert.deepEqual(
      {
        rows: summary.rows,
        added: summary.added,
        updated: summary.updated,
        unchanged: summary.unchanged,
        removed: summary.removed,
      },
      { rows: 5, added: 5, updated: 0, unchanged: 0, removed: 0 },
    );
    const [absent] = await queryRows<{ value: number | null; suppression: string | null }>(
      database().db,
      sql`select value, suppression from indicator_values where indicator_key = 'TotAbs' and entity_code = '852'`,
    );
    assert.deepEqual(absent, { value: null, suppression: '-' });
    const audit = await services.audit.list({ action: 'import.lait', page: 1, pageSize: 5 });
    assert.deepEqual(
      audit.rows.map((r) => r.action),
      ['import.lait', 'import.laitDictionary'],
    );
  });

  test('importing the same file again changes nothing', async () => {
    const again = await services.performance.importLait(testOperator, good, silentProgress);
    assert.deepEqual([again.added, again.updated, again.unchanged, again.removed], [0, 0, 5, 0]);
  });

  test('a changed file updates, adds and removes exactly what changed', async () => {
    const changed = write(
      'changed.csv',
      [
        valuesHeader,
        goodRows[0],
        'KS2RWM_Expected_STD,,2019,Southampton,62,852,South East',
        goodRows[2],
        goodRows[3],
        'TotAbs,,2019,England,4.7,970,NA',
      ].join('\n'),
    );
    const summary = await services.performance.importLait(testOperator, changed, silentProgress);
    assert.deepEqual([summary.added, summary.updated, summary.unchanged, summary.removed], [1, 1, 3, 1]);
    await services.performance.importLait(testOperator, good, silentProgress);
  });

  test('a measure the dictionary lists twice is merged as LAIT reads it: no quartile if either entry says so', async () => {
    const repeated = write(
      'repeated.csv',
      [
        dictionaryHeader,
        'CINPermExclusion,% with a permanent exclusion,Children in Need,Low,% CIN,NA,Academic Year,N,x',
        'CINPermAbsent_3Term,% persistent absentees,Children in Need,Low,% CIN,NA,Academic Year,NA,x',
        'CINPermAbsent_3Term,% persistent absentees 3 Terms,All Pupil Absence & Exclusions,Low,% CIN,2,Academic Year,N,x',
      ].join('\n'),
    );
    const summary = await services.performance.importLaitDictionary(testOperator, repeated);
    assert.equal(summary.rejected.length, 1);
    assert.match(summary.rejected[0]?.reason ?? '', /listed again .* merged with its first entry/);
    const merged = await services.results.indicator('CINPermAbsent_3Term');
    assert.deepEqual(
      { title: merged.title, noQuartile: merged.noQuartile, decimalPlaces: merged.decimalPlaces },
      { title: '% persistent absentees', noQuartile: true, decimalPlaces: 2 },
    );
  });

  for (const bad of badFiles) {
    test(`${bad.name}: refused with a specific problem, nothing written`, async () => {
      const before = [await valueCount(), await auditCount()];
      const file = write(bad.name, bad.content);
      await assertImportRefused(services.performance.importLait(testOperator, file, silentProgress), bad);
      assert.deepEqual([await valueCount(), await auditCount()], before);
    });
  }
});
