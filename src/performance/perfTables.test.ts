import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { createServices, type Services } from '../app/services.ts';
import { notificationsOf, testOperator, csvRows } from '../app/testing.ts';
import { users } from '../access/schema.ts';
import { ImportFailedError, silentProgress } from '../kernel/importFiles.ts';
import { externalFile } from './externalData.ts';
import { perfTableLayouts } from './imports/perfTables.ts';
import { resultsArrived } from './notices.ts';

const dictionary = externalFile('dfe-lait/raw/lait_data_dictionary.csv');
const ks2 = externalFile('dfe-perf-tables-hampshire-surrey/ks2/2018-2019_850_ks2final.csv');
const ks4Surrey = externalFile('dfe-perf-tables-hampshire-surrey/ks4/2018-2019_936_ks4final.csv');
const ks4National = externalFile('dfe-perf-tables-2018-19-national/england_ks4provisional.csv');
const skip = dictionary.skip || ks2.skip || ks4Surrey.skip || ks4National.skip;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-perf-'));

const read = csvRows;

describeOnDatabases('DfE performance tables', (database) => {
  let services: Services;
  const stored = (indicator: string, type: string, code: string, group = 'all') =>
    queryRows<{
      value: number | null;
      suppression: string | null;
      ci_lower: number | null;
      status: string;
      denominator: number | null;
    }>(
      database().db,
      sql`select value, suppression, ci_lower, status, denominator from indicator_values
          where indicator_key = ${indicator} and entity_type = ${type} and entity_code = ${code}
            and pupil_group = ${group} and period_end = 2019`,
    );

  test(
    'Hampshire KS2 2018/19: every figure in the file is stored, LA and England rows too',
    { skip },
    async () => {
      services = await createServices(database());
      assert.ok(dictionary.file && ks2.file);
      await services.performance.importLaitDictionary(testOperator, dictionary.file);
      // The head of a school in the file, and of one not in it: only the first hears its results are in.
      const inFile = read(ks2.file).find((r) => r.RECTYPE === '1')?.URN;
      await database()
        .db.insert(users)
        .values([
          {
            email: 'head@hants.example.gov.uk',
            name: 'Head',
            role: 'school_user',
            schoolUrn: Number(inFile),
          },
          { email: 'head@elsewhere.example.gov.uk', name: 'Head', role: 'school_user', schoolUrn: 100000 },
        ]);
      const summary = await services.performance.importPerfTable(
        testOperator,
        ks2.file,
        undefined,
        silentProgress,
      );
      const rows = read(ks2.file);
      const layout = perfTableLayouts[0];
      assert.ok(layout);
      // Independent count: every non-blank mapped cell of every school, LA and state-funded England row.
      const expected = rows
        .filter((r) => ['1', '2', '3', '5'].includes(r.RECTYPE ?? ''))
        .reduce((n, r) => n + layout.measures.filter((m) => (r[m.column] ?? '').trim() !== '').length, 0);
      assert.equal(summary.added, expected);
      assert.equal(summary.rejected.length, 1);
      assert.deepEqual(await notificationsOf(services, 'head@hants.example.gov.uk'), [
        'Key stage 2 results for 2018/19 are in Beacon for your school',
      ]);
      assert.deepEqual(await notificationsOf(services, 'head@elsewhere.example.gov.uk'), []);
      // SOURCE.md: Hampshire's KS2 RWM 2019 is 68, the same as LAIT; England state-funded 65.
      assert.equal((await stored('KS2RWM_Expected_STD', 'la', '850'))[0]?.value, 68);
      assert.equal((await stored('KS2RWM_Expected_STD', 'england', '970'))[0]?.value, 65);
      const school = rows.find((r) => r.RECTYPE === '1' && /^-?\d/.test(r.READPROG_LOWER ?? ''));
      assert.ok(school?.URN);
      const [progress] = await stored('KS2R_Prog_VA', 'school', school.URN);
      assert.deepEqual(
        [progress?.value, progress?.ci_lower],
        [Number(school.READPROG), Number(school.READPROG_LOWER)],
      );
      // The groups seed 000's gaps are between, each with its own count: disadvantaged pupils here.
      const grouped = rows.find((r) => r.RECTYPE === '1' && /^\d+%$/.test(r.PTRWM_EXP_FSM6CLA1A ?? ''));
      assert.ok(grouped?.URN);
      const [disadvantaged] = await stored('KS2RWM_Expected_STD', 'school', grouped.URN, 'disadvantaged');
      assert.deepEqual(
        [disadvantaged?.value, disadvantaged?.denominator],
        [parseFloat(grouped.PTRWM_EXP_FSM6CLA1A ?? ''), Number(grouped.TFSM6CLA1A)],
      );
      const suppressed = rows.find((r) => r.RECTYPE === '1' && r.PTRWM_EXP === 'SUPP');
      assert.ok(suppressed?.URN);
      assert.deepEqual(
        (await stored('KS2RWM_Expected_STD', 'school', suppressed.URN))[0]?.suppression,
        'SUPP',
      );
    },
  );

  test('a provisional national file never replaces Surrey’s final figures', { skip }, async () => {
    assert.ok(ks4Surrey.file && ks4National.file);
    await services.performance.importPerfTable(testOperator, ks4Surrey.file, undefined, silentProgress);
    const national = await services.performance.importPerfTable(
      testOperator,
      ks4National.file,
      2019,
      silentProgress,
    );
    assert.equal(national.updated, 0);
    const surreySchool = read(ks4Surrey.file).find((r) => r.RECTYPE === '1' && /^\d/.test(r.ATT8SCR ?? ''));
    assert.ok(surreySchool?.URN);
    const [a8] = await stored('AVG_Attain8_Score', 'school', surreySchool.URN);
    assert.deepEqual([a8?.value, a8?.status], [Number(surreySchool.ATT8SCR), 'final']);
    const las = await queryRows<{ n: number }>(
      database().db,
      sql`select count(*) as n from indicator_values where indicator_key = 'AVG_Attain8_Score' and entity_type = 'la'
          and pupil_group = 'all' and period_end = 2019`,
    );
    // Every LA row with a figure (five LAs have a blank: nothing published).
    assert.equal(
      las[0]?.n,
      read(ks4National.file).filter((r) => r.RECTYPE === '4' && (r.ATT8SCR ?? '').trim() !== '').length,
    );
  });

  test(
    'Progress 8 keeps DfE’s own band, and no band where DfE withheld it (P8_BANDING)',
    { skip },
    async () => {
      assert.ok(ks4National.file);
      const rows = read(ks4National.file);
      // DfE banded the unrounded score: these print as 0.50 and DfE says "well above average" (band 1).
      for (const urn of ['100849', '138267']) {
        const row = rows.find((r) => r.URN === urn);
        assert.deepEqual([row?.P8MEA, row?.P8_BANDING], ['0.5', '1']);
        const results = await services.results.schoolResults(
          { urn: Number(urn), name: 'A school', laCode: row?.LEA ?? '', laName: 'Its LA' },
          { threshold: 0, seesSmallCohorts: true },
        );
        const progress = results.stages.find((stage) => stage.id === 'ks4')?.progress[0];
        assert.deepEqual(
          [progress?.band, progress?.bandBasis, progress?.confidenceInterval],
          ['well above average', 'published', { lower: Number(row?.P8CILOW), upper: Number(row?.P8CIUPP) }],
        );
        assert.match(
          progress?.words ?? '',
          /^well above average \(Progress 8 band\); 95% confidence interval 0\.\d\d to 0\.\d\d$/,
        );
      }
      // Schools with a score whose band DfE withheld (UTCs, studio schools, 13–18 schools): counted
      // from the file, each stored with DfE's code and shown with no band.
      const withheld = rows.filter(
        (r) => ['1', '2'].includes(r.RECTYPE ?? '') && r.P8_BANDING === 'SUPP' && /^-?\d/.test(r.P8MEA ?? ''),
      );
      assert.equal(withheld.length, 124);
      const storedWithheld = await queryRows<{ n: number }>(
        database().db,
        sql`select count(*) as n from indicator_values where indicator_key = 'AVG_Prog8_Score'
          and entity_type = 'school' and published_judgement = 'SUPP' and value is not null`,
      );
      assert.equal(storedWithheld[0]?.n, withheld.length);
      const first = withheld[0];
      const results = await services.results.schoolResults(
        { urn: Number(first?.URN), name: 'A school', laCode: first?.LEA ?? '', laName: 'Its LA' },
        { threshold: 0, seesSmallCohorts: true },
      );
      const progress = results.stages.find((stage) => stage.id === 'ks4')?.progress[0];
      assert.deepEqual([progress?.band, progress?.bandBasis], [null, 'withheld']);
      assert.match(progress?.words ?? '', /^band withheld by DfE \(SUPP\)/);
    },
  );

  const broken: { name: string; edit: (lines: string[]) => string[]; period?: number; says: RegExp }[] = [
    {
      name: '2018-2019_850_ks2final-cut.csv',
      edit: (l) => l.slice(0, -3),
      says: /no England \(state-funded\) row, record type 5: .* may be truncated/,
    },
    {
      name: '2018-2019_850_ks2final-rectype.csv',
      edit: (l) => [l[0] ?? '', `9${(l[1] ?? '').slice(1)}`, ...l.slice(2)],
      says: /Record type "9" is not one DfE uses/,
    },
    { name: 'ks2-no-year.csv', edit: (l) => l, says: /Give the year with --period/ },
    {
      name: '2018-2019_not-a-table.csv',
      edit: () => ['URN,NAME', '100000,School'],
      says: /Not a KS2 or KS4 performance table/,
    },
  ];
  for (const b of broken) {
    test(`${b.name}: refused, nothing written`, { skip }, async () => {
      assert.ok(ks2.file);
      const lines = fs.readFileSync(ks2.file, 'utf8').split('\n');
      const file = path.join(folder, b.name);
      fs.writeFileSync(file, b.edit(lines).join('\n'));
      const before = await queryRows<{ n: number }>(
        database().db,
        sql`select count(*) as n from indicator_values`,
      );
      await assert.rejects(
        services.performance.importPerfTable(testOperator, file, b.period, silentProgress),
        (error: unknown) => {
          assert.ok(error instanceof ImportFailedError);
          assert.ok(
            error.problems.some((p) => b.says.test(p.message)),
            JSON.stringify(error.problems.slice(0, 3)),
          );
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

// What a school is told arrived: DfE's key stage and the academic years of the file (SPEC C2).
const arrivedCases = [
  { layout: 'KS2', years: [2019], says: 'Key stage 2 results for 2018/19' },
  { layout: 'KS4', years: [2018, 2019], says: 'Key stage 4 results for 2017/18 and 2018/19' },
];
for (const c of arrivedCases)
  test(`a school is told of ${c.says}`, () => {
    assert.equal(resultsArrived(c.layout, c.years), c.says);
  });
