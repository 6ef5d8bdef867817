import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { createServices, type Services } from '../app/services.ts';
import { scratchFiles, testOperator, csvRows } from '../app/testing.ts';
import { ImportFailedError, silentProgress } from '../kernel/importFiles.ts';
import { externalFile } from './externalData.ts';

// The national school-level extracts (dfe-school-level-national-2016-2018/SOURCE.md), imported whole
// through `perf-tables` and checked against the file read here with papaparse.
const dictionary = externalFile('dfe-lait/raw/lait_data_dictionary.csv');
const ks2 = externalFile('dfe-school-level-national-2016-2018/csv/ks2_perf_2018.csv');
const ks4 = externalFile('dfe-school-level-national-2016-2018/csv/ks4_perf_2016.csv');
const skip = dictionary.skip || ks2.skip || ks4.skip;
const scratch = scratchFiles('school-results');

const read = csvRows;

describeOnDatabases('DfE national school-level results 2016–2018', (database) => {
  let services: Services;
  const count = async () =>
    (await queryRows<{ n: number }>(database().db, sql`select count(*)::int as n from indicator_values`))[0]
      ?.n;

  test('KS2 2018: every school’s non-blank figure is stored, "%" read as the number', { skip }, async () => {
    services = await createServices(database());
    assert.ok(dictionary.file && ks2.file);
    await services.performance.importLaitDictionary(testOperator, dictionary.file);
    const summary = await services.performance.importPerfTable(
      testOperator,
      ks2.file,
      undefined,
      silentProgress,
    );
    const rows = read(ks2.file);
    // The seven columns mapped; "Writing Meet Std" is grammar, punctuation and spelling, left out.
    const columns = [
      'Overall Meet Std',
      'Overall Exceed Std',
      'Reading Meet Std',
      'Maths Meet Std',
      'Reading Progress',
      'Writing Progress',
      'Maths Progress',
    ];
    const expected = rows.reduce((n, r) => n + columns.filter((c) => (r[c] ?? '').trim() !== '').length, 0);
    assert.equal(summary.added, expected);
    assert.equal(summary.rows, 16_364);
    const first = rows[0];
    assert.ok(first);
    const [stored] = await queryRows<{ value: number; denominator: number; judgement: string | null }>(
      database().db,
      sql`select value, denominator, published_judgement as judgement from indicator_values
          where indicator_key = 'KS2RWM_Expected_STD' and entity_type = 'school'
            and entity_code = ${first.URN} and period_end = 2018`,
    );
    assert.deepEqual(stored, {
      value: Number((first['Overall Meet Std'] ?? '').replace('%', '')),
      denominator: Number(first['KS2 Pupils']),
      judgement: null,
    });
    const [progress] = await queryRows<{ value: number; judgement: string }>(
      database().db,
      sql`select value, published_judgement as judgement from indicator_values
          where indicator_key = 'KS2R_Prog_VA' and entity_code = ${first.URN} and period_end = 2018`,
    );
    assert.deepEqual(progress, {
      value: Number(first['Reading Progress']),
      judgement: first['Reading Progress Desc'],
    });
    const again = await services.performance.importPerfTable(
      testOperator,
      ks2.file,
      undefined,
      silentProgress,
    );
    assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, expected]);
  });

  test('KS4 2016: the English and maths column is A*–C that year, stored as such', { skip }, async () => {
    assert.ok(ks4.file);
    await services.performance.importPerfTable(testOperator, ks4.file, undefined, silentProgress);
    const withFigure = read(ks4.file).filter((r) => (r['Eng Maths Grade 5'] ?? '').trim() !== '');
    const [counts] = await queryRows<{ ac: number; grade5: number }>(
      database().db,
      sql`select count(*) filter (where indicator_key = 'KS4_AC_EngMaths')::int as ac,
            count(*) filter (where indicator_key = 'EngMaths9-5' and period_end = 2016)::int as grade5
          from indicator_values where entity_type = 'school'`,
    );
    assert.deepEqual(counts, { ac: withFigure.length, grade5: 0 });
  });

  test('a malformed extract is refused with its lines, and nothing is written', { skip }, async () => {
    const header = 'URN,KS2 Pupils,Overall Meet Std,Reading Progress,Academic Year';
    const cases: [string, string[], RegExp][] = [
      [
        'bad-urn.csv',
        [header, '12345,20,50%,1.0,2018'],
        /line 2, column URN: "12345" is not a six-digit URN/,
      ],
      [
        'bad-year.csv',
        [header, '100000,20,50%,1.0,2017/18'],
        /line 2, column Academic Year: "2017\/18" is not a year/,
      ],
      [
        'bad-value.csv',
        [header, '100000,20,lots,1.0,2018'],
        /line 2, column Overall Meet Std: The value "lots"/,
      ],
      [
        'repeat.csv',
        [header, '100000,20,50%,1.0,2018', '100000,21,51%,1.1,2018'],
        /line 3, column URN: Repeats school 100000/,
      ],
    ];
    const before = await count();
    for (const [name, lines, expected] of cases) {
      const file = scratch.write(name, lines.join('\n'));
      await assert.rejects(
        services.performance.importPerfTable(testOperator, file, undefined, silentProgress),
        (error: unknown) => error instanceof ImportFailedError && expected.test(error.message),
        name,
      );
    }
    const given = scratch.write('year-given.csv', [header, '100000,20,50%,1.0,2018'].join('\n'));
    await assert.rejects(
      services.performance.importPerfTable(testOperator, given, 2019, silentProgress),
      /rows are for 2018, not 2019 as given/,
    );
    assert.equal(await count(), before);
  });
});
