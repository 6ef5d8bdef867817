import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { createServices, type Services } from '../app/services.ts';
import { testOperator } from '../app/testing.ts';
import { ImportFailedError, silentProgress } from '../kernel/importFiles.ts';
import { formatFigure } from './compare/numbers.ts';
import { templateOptional, templateRequired } from './imports/valuesTemplate.ts';

const example = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../docs/templates/values-template.csv',
);
test('the template’s guide describes every column the import reads', () => {
  const guide = fs.readFileSync(path.join(path.dirname(example), '..', 'values-template.md'), 'utf8');
  const described = [...guide.matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((m) =>
    [...(m[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((c) => c[1]),
  );
  assert.deepEqual(new Set(described), new Set([...templateRequired, ...templateOptional]));
});

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-template-'));
const write = (name: string, content: string) => {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
};
const dictionary = write(
  'dictionary.csv',
  [
    'Measure_short,Measure,Topic,Polarity,y_axis_name,dps,Year_Type,No_Quartile,Description',
    'KS2RWM_Expected_STD,KS2 RWM expected,Key Stage 2,High,% achieving expected level,NA,Academic Year,NA,x',
    'KS2W_Teacher_Assess,KS2 writing expected,Key Stage 2,High,% achieving expected level,NA,Academic Year,NA,x',
    'KS2R_Prog_VA,KS2 reading progress,Key Stage 2,High,Score per pupil,NA,Academic Year,NA,x',
  ].join('\n'),
);

const header =
  'entity_type,entity_code,entity_name,indicator,period,group,value,numerator,denominator,ci_lower,ci_upper,published_rank,published_rank_of,published_judgement,published_decimals';
// Each bad row, the column Beacon must name and what it must say.
const badRows: { row: string; column: string; says: RegExp; decimals?: string }[] = [
  {
    row: 'la,851,,KS2RWM_Expected_STD,2016,all,47.6,,,,,,,',
    decimals: 'seven',
    column: 'published_decimals',
    says: /"seven" is not a number of decimal places from 0 to 4/,
  },
  {
    row: 'la,851,,KS2RWM_Expected_STD,2016,all,47.6,,,,,=x,150,',
    column: 'published_rank',
    says: /"=x" is not a number/,
  },
  {
    row: 'county,851,,KS2RWM_Expected_STD,2016,all,47.6,,,,,,,',
    column: 'entity_type',
    says: /not one of la, region, england, school/,
  },
  {
    row: 'la,8510,,KS2RWM_Expected_STD,2016,all,47.6,,,,,,,',
    column: 'entity_code',
    says: /not a three-digit/,
  },
  {
    row: 'la,123,,KS2RWM_Expected_STD,2016,all,47.6,,,,,,,',
    column: 'entity_name',
    says: /123 is not a known area/,
  },
  {
    row: 'school,999999,,KS2RWM_Expected_STD,2016,all,47.6,,,,,,,',
    column: 'entity_code',
    says: /no school with URN 999999/,
  },
  {
    row: 'la,851,,KS9_Made_Up,2016,all,47.6,,,,,,,',
    column: 'indicator',
    says: /Unknown indicator "KS9_Made_Up"/,
  },
  { row: 'la,851,,KS2RWM_Expected_STD,sixteen,all,47.6,,,,,,,', column: 'period', says: /not a period/ },
  {
    row: 'la,851,,KS2RWM_Expected_STD,2016,All Pupils,47.6,,,,,,,',
    column: 'group',
    says: /not a pupil group code/,
  },
  {
    row: 'la,851,,KS2RWM_Expected_STD,2016,all,147.6,,,,,,,',
    column: 'value',
    says: /147.6 is not a percentage from 0 to 100/,
  },
  {
    row: 'la,851,,KS2RWM_Expected_STD,2016,all,forty,,,,,,,',
    column: 'value',
    says: /neither a number nor one of DfE/,
  },
  {
    row: 'la,851,,KS2RWM_Expected_STD,2016,all,47.6,120,100,,,,,',
    column: 'numerator',
    says: /numerator 120 is more than the denominator 100/,
  },
  {
    row: 'la,851,,KS2R_Prog_VA,2016,all,-1.6,,,-2.1,,,,',
    column: 'ci_upper',
    says: /both ends of the confidence interval/,
  },
  {
    row: 'la,851,,KS2R_Prog_VA,2016,all,-1.6,,,-1.0,-0.2,,,',
    column: 'value',
    says: /outside its confidence interval/,
  },
  {
    row: 'la,851,,KS2RWM_Expected_STD,2016,all,47.6,,,,,151,150,',
    column: 'published_rank',
    says: /Rank 151 out of 150 is not a rank/,
  },
  {
    row: 'la,851,,KS2R_Prog_VA,2016,all,-1.6,,,,,,,quite low',
    column: 'published_judgement',
    says: /"quite low" is not one of/,
  },
];

describeOnDatabases('values template', (database) => {
  let services: Services;

  test('seed 001’s figures import; the gaps and the published rank come out as the seed prints them', async () => {
    services = await createServices(database());
    await services.performance.importLaitDictionary(testOperator, dictionary);
    const summary = await services.performance.importValuesTemplate(testOperator, example, silentProgress);
    assert.deepEqual([summary.rows, summary.added], [6, 6]);
    const rwm = await services.results.areaSeries('851', 'KS2RWM_Expected_STD', 'all');
    const y2016 = rwm.periods.find((p) => p.period === 2016);
    assert.ok(y2016);
    // Seed 001: 47.6 against 53, "joint 140th out of 150", gap -5.4; provisional.
    assert.deepEqual(
      [y2016.value, y2016.national, y2016.rank, y2016.n, y2016.rankSource, y2016.status],
      [47.6, 53, 140, 150, 'published', 'provisional'],
    );
    assert.equal(formatFigure(y2016.gap, 1), '-5.4');
    const writing = await services.results.areaSeries('851', 'KS2W_Teacher_Assess', 'all');
    // Seed 001: writing 72.6 against a national shown as 74 gives -1.7, from the stored 74.3.
    assert.equal(formatFigure(writing.periods[0]?.national ?? null, 0), '74');
    assert.equal(formatFigure(writing.periods[0]?.gap ?? null, 1), '-1.7');
    const [progress] = await queryRows<{ published_judgement: string; ci_lower: number | null }>(
      database().db,
      sql`select published_judgement, ci_lower from indicator_values where indicator_key = 'KS2R_Prog_VA'`,
    );
    assert.deepEqual(progress, { published_judgement: 'significantly below', ci_lower: null });
  });

  test('the same figures as an XLSX workbook are read the same: nothing changes', async () => {
    const rows = Papa.parse<string[]>(fs.readFileSync(example, 'utf8'), { skipEmptyLines: true }).data;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('values');
    for (const row of rows)
      sheet.addRow(
        row.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) && row !== rows[0] ? Number(cell) : cell)),
      );
    const file = path.join(folder, 'values.xlsx');
    await workbook.xlsx.writeFile(file);
    const summary = await services.performance.importValuesTemplate(testOperator, file, silentProgress);
    assert.deepEqual([summary.added, summary.updated, summary.unchanged], [0, 0, 6]);
  });

  test('a file that is not a workbook is refused', async () => {
    const file = write('broken.xlsx', 'not a zip');
    await assert.rejects(
      services.performance.importValuesTemplate(testOperator, file, silentProgress),
      /not an Excel workbook/,
    );
  });

  for (const bad of badRows) {
    test(`a bad ${bad.column}: ${String(bad.says)}; nothing written`, async () => {
      const count = async () =>
        (await queryRows<{ n: number }>(database().db, sql`select count(*) as n from indicator_values`))[0]
          ?.n;
      const before = await count();
      const file = write(
        `bad-${bad.column}.csv`,
        `${header}\nla,851,,KS2RWM_Expected_STD,2017,all,50,,,,,,,,\n${bad.row},${bad.decimals ?? ''}\n`,
      );
      await assert.rejects(
        services.performance.importValuesTemplate(testOperator, file, silentProgress),
        (error: unknown) => {
          assert.ok(error instanceof ImportFailedError);
          const problem = error.problems.find((p) => bad.says.test(p.message));
          assert.ok(problem, JSON.stringify(error.problems));
          assert.deepEqual([problem.line, problem.column], [3, bad.column]);
          return true;
        },
      );
      assert.equal(await count(), before);
    });
  }
});
