import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { createServices, type Services } from '../app/services.ts';
import { testOperator } from '../app/testing.ts';
import { ImportFailedError, silentProgress } from '../kernel/importFiles.ts';
import { eesPeriod, parseEesMapping, type EesMapping } from './imports/ees.ts';

// A tidy file in the shape of DfE's KS2 "regional, local authority and pupil characteristics"
// dataset on explore-education-statistics (made here: no EES file is in the shared data).
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-ees-'));
const header =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,pcon_code,breakdown,sex,pt_rwm_met_expected_standard,t_pupils';
const rows = [
  '201819,Academic year,National,E92000001,England,,,,,,,Total,Total,65,660000',
  '201819,Academic year,National,E92000001,England,,,,,,,Disadvantaged,Total,51,200000',
  '201819,Academic year,National,E92000001,England,,,,,,,Total,Boys,60,330000',
  '201819,Academic year,Regional,E92000001,England,E12000008,South East,,,,,Total,Total,66,90000',
  '201819,Academic year,Local authority,E92000001,England,E12000008,South East,851,E06000044,Portsmouth,,Total,Total,58,2000',
  '201819,Academic year,Local authority,E92000001,England,E12000008,South East,851,E06000044,Portsmouth,,Disadvantaged,Total,c,600',
  '201819,Academic year,Local authority,E92000001,England,E12000008,South East,851,E06000044,Portsmouth,,SEN support,Total,low,300',
  '201819,Academic year,Parliamentary constituency,E92000001,England,E12000008,South East,,,,E14000883,Total,Total,57,900',
];
const write = (name: string, lines: string[]) => {
  const file = path.join(folder, name);
  fs.writeFileSync(file, [header, ...lines].join('\n'));
  return file;
};
const mapping: EesMapping = {
  indicators: { pt_rwm_met_expected_standard: 'KS2RWM_Expected_STD' },
  filters: { sex: 'Total' },
  groupColumn: 'breakdown',
  groups: { Total: 'all', Disadvantaged: 'disadvantaged' },
};

// EES writes academic and financial years as "201819"; LAIT labels academic years by their end.
for (const [period, identifier, expected] of [
  ['201819', 'Academic year', { label: '2019', end: 2019 }],
  ['201920', 'Financial year', { label: '2019/20', end: 2020 }],
  ['2019', 'Calendar year', { label: '2019', end: 2019 }],
  ['201821', 'Academic year', null],
  ['201819', 'Spring term', null],
] as const) {
  test(`EES period ${period} (${identifier})`, () => {
    assert.deepEqual(eesPeriod(period, identifier), expected);
  });
}

describeOnDatabases('explore-education-statistics import', (database) => {
  let services: Services;
  const value = async (type: string, code: string, group: string) =>
    (
      await queryRows<{ value: number | null; suppression: string | null }>(
        database().db,
        sql`select value, suppression from indicator_values where indicator_key = 'KS2RWM_Expected_STD'
            and entity_type = ${type} and entity_code = ${code} and pupil_group = ${group} and period_end = 2019`,
      )
    )[0];

  test('England, the region, the LA and the groups asked for are stored; other rows set aside', async () => {
    services = await createServices(database());
    const dictionary = path.join(folder, 'dictionary.csv');
    fs.writeFileSync(
      dictionary,
      'Measure_short,Measure,Topic,Polarity,y_axis_name,dps,Year_Type,No_Quartile,Description\nKS2RWM_Expected_STD,RWM,Key Stage 2,High,%,NA,Academic Year,NA,x\n',
    );
    await services.performance.importLaitDictionary(testOperator, dictionary);
    const summary = await services.performance.importEes(
      testOperator,
      write('ks2.csv', rows),
      mapping,
      silentProgress,
    );
    assert.equal(summary.added, 5);
    assert.deepEqual(
      summary.rejected.map((r) => r.line),
      [8, 9],
    );
    assert.deepEqual(await value('england', '970', 'all'), { value: 65, suppression: null });
    assert.deepEqual(await value('england', '970', 'disadvantaged'), { value: 51, suppression: null });
    assert.deepEqual(await value('region', '989', 'all'), { value: 66, suppression: null });
    assert.deepEqual(await value('la', '851', 'disadvantaged'), { value: null, suppression: 'c' });
    const again = await services.performance.importEes(
      testOperator,
      write('ks2.csv', rows),
      mapping,
      silentProgress,
    );
    assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 5]);
  });

  const bad: { name: string; lines: string[]; mapping?: Partial<EesMapping>; says: RegExp; line: number }[] =
    [
      {
        name: 'no-filter',
        lines: rows,
        mapping: { filters: {} },
        says: /Repeats england 970 for 2019 \(all\), already on line 2: add a --filter/,
        line: 4,
      },
      {
        name: 'unknown-column',
        lines: rows,
        mapping: { indicators: { pt_made_up: 'KS2RWM_Expected_STD' } },
        says: /no column "pt_made_up"/,
        line: 1,
      },
      {
        name: 'unknown-indicator',
        lines: rows,
        mapping: { indicators: { pt_rwm_met_expected_standard: 'KS9_Nope' } },
        says: /Unknown indicator "KS9_Nope"/,
        line: 1,
      },
      {
        name: 'bad-period',
        lines: [rows[0]?.replace('201819', '2018-19') ?? ''],
        says: /"2018-19" \(Academic year\) is not a period/,
        line: 2,
      },
      {
        name: 'bad-la',
        lines: [rows[4]?.replace(',851,', ',85,') ?? ''],
        says: /"85" is not a three-digit LA number/,
        line: 2,
      },
      {
        name: 'bad-value',
        lines: [rows[0]?.replace(',65,', ',sixty,') ?? ''],
        says: /"sixty" is neither a number nor one of DfE/,
        line: 2,
      },
    ];
  for (const b of bad) {
    test(`${b.name}: refused with the line named, nothing written`, async () => {
      const before = await queryRows(database().db, sql`select count(*) as n from indicator_values`);
      await assert.rejects(
        services.performance.importEes(
          testOperator,
          write(`${b.name}.csv`, b.lines),
          { ...mapping, ...b.mapping },
          silentProgress,
        ),
        (error: unknown) => {
          assert.ok(error instanceof ImportFailedError);
          const problem = error.problems.find((p) => b.says.test(p.message));
          assert.ok(problem, JSON.stringify(error.problems));
          assert.equal(problem.line, b.line);
          return true;
        },
      );
      assert.deepEqual(
        await queryRows(database().db, sql`select count(*) as n from indicator_values`),
        before,
      );
    });
  }
});

test('the upload page’s mapping reads as the command’s options do', () => {
  const parsed = parseEesMapping(
    'indicator pt_rwm_met_expected_standard=KS2RWM_Expected_STD\nfilter sex=Total\n\ngroup-column breakdown\ngroup FSM eligible=fsm\n',
  );
  assert.deepEqual(parsed, {
    mapping: {
      indicators: { pt_rwm_met_expected_standard: 'KS2RWM_Expected_STD' },
      filters: { sex: 'Total' },
      groupColumn: 'breakdown',
      groups: { 'FSM eligible': 'fsm' },
    },
  });
  const wrong = parseEesMapping('indicator pt_rwm\nsomething else');
  assert.ok('problems' in wrong);
  assert.equal(wrong.problems.length, 2);
  assert.match(wrong.problems[0] ?? '', /Line 1 of the mapping, "indicator pt_rwm"/);
});
