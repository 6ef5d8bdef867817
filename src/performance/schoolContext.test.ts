import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { assertImportRefused, scratchFiles, testOperator } from '../app/testing.ts';
import { createServices, type Services } from '../app/services.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { establishments } from '../schools/schema.ts';
import { contextBenchmarks, indicatorValues as values } from './schema.ts';
import { externalFile } from './externalData.ts';
import type { Database } from '../db/client.ts';

// DfE's 2018/19 performance-tables files for every school in England (../shared/data/external/
// dfe-perf-tables-2018-19-national/SOURCE.md): the January 2019 census and 2018/19 absence. The
// register holds the first 200 schools of the census; the rest are set aside, each with its line.
const censusFile = externalFile('dfe-perf-tables-2018-19-national/england_census.csv');
const absenceFile = externalFile('dfe-perf-tables-2018-19-national/england_abs.csv');

function urnsOf(file: string, column: string, first: number): number[] {
  const [header = '', ...lines] = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const at = header.split(',').indexOf(column);
  return lines.slice(0, first).map((line) => Number(line.split(',')[at]));
}

async function register(db: Database, urns: readonly number[]): Promise<void> {
  await db.insert(establishments).values(
    urns.map((urn) => ({
      urn,
      name: `School ${String(urn)}`,
      laCode: '201',
      laName: 'City of London',
      phase: 'Primary',
      establishmentType: 'Community school',
    })),
  );
}

async function figure(db: Database, urn: number, key: string) {
  const [row] = await db
    .select({ value: values.value, suppression: values.suppression })
    .from(values)
    .where(and(eq(values.entityCode, String(urn)), eq(values.indicatorKey, key)));
  return row;
}

async function benchmark(db: Database, key: string, phase: 'PRI' | 'SEC' | 'SPE' | 'ALL') {
  const [row] = await db
    .select()
    .from(contextBenchmarks)
    .where(and(eq(contextBenchmarks.indicatorKey, key), eq(contextBenchmarks.phase, phase)));
  return row;
}

const valueCount = async (db: Database) => (await db.select({ n: count() }).from(values))[0]?.n ?? 0;

describeOnDatabases('school context from DfE’s census and absence files', (database) => {
  let services: Services | undefined;

  test(
    'the census: each registered school’s roll, FSM, EAL and SEN, the rest set aside',
    { skip: censusFile.skip },
    async () => {
      assert.ok(censusFile.file);
      const built = await createServices(database());
      services = built;
      await register(database().db, urnsOf(censusFile.file, 'URN', 200));
      const summary = await built.performance.importSchoolContext(
        testOperator,
        censusFile.file,
        'census',
        2019,
        silentProgress,
      );
      // 23,939 schools in the file (and England's three rows, by phase); 200 in the register.
      assert.equal(summary.rejected.length, 23_939 - 200);
      assert.match(summary.rejected[0]?.reason ?? '', /^URN \d{6} is not in the schools register$/);
      // Line 2: URN 100000, a state-funded primary in the City of London: 285 on roll, 16.2% FSM in
      // the last six years, 49.5% EAL, 17.5% SEN support, 1.8% EHC plans.
      const db = database().db;
      assert.equal((await figure(db, 100000, 'SCH_NOR'))?.value, 285);
      assert.equal((await figure(db, 100000, 'SCH_FSM6_PCT'))?.value, 16.2);
      assert.equal((await figure(db, 100000, 'SCH_EAL_PCT'))?.value, 49.5);
      assert.equal((await figure(db, 100000, 'SCH_SEN_SUPPORT_PCT'))?.value, 17.5);
      assert.equal((await figure(db, 100000, 'SCH_EHCP_PCT'))?.value, 1.8);
      // Line 3: URN 100001, an independent school, published "NA" for EAL: no value, kept as DfE's code.
      assert.deepEqual(await figure(db, 100001, 'SCH_EAL_PCT'), { value: null, suppression: 'NA' });
      // England's rows at the end of the file: state-funded primary schools 23% FSM in the last six
      // years and 21.2% EAL; special schools 98.3% with an EHC plan.
      const england = await benchmark(db, 'SCH_FSM6_PCT', 'PRI');
      assert.equal(england?.england, 23);
      assert.equal((await benchmark(db, 'SCH_EAL_PCT', 'PRI'))?.england, 21.2);
      assert.equal((await benchmark(db, 'SCH_EHCP_PCT', 'SPE'))?.england, 98.3);
      // The fifths are of every school in the file with a figure, not only the registered 200.
      const fifths = await benchmark(db, 'SCH_FSM6_PCT', 'ALL');
      assert.ok((fifths?.schools ?? 0) > 20_000, String(fifths?.schools));
      assert.ok(fifths?.q20 !== null && fifths?.q80 !== null && (fifths?.q20 ?? 0) < (fifths?.q80 ?? 0));
    },
  );

  test(
    'absence: overall and persistent absence for the registered schools',
    { skip: absenceFile.skip },
    async () => {
      assert.ok(absenceFile.file);
      assert.ok(services, 'the census test built the services');
      const summary = await services.performance.importSchoolContext(
        testOperator,
        absenceFile.file,
        'absence',
        2019,
        silentProgress,
      );
      assert.ok(summary.added > 0);
      // Line 2 of england_abs.csv: URN 100000, 2.6% of sessions missed, 3.4% persistent absentees.
      assert.equal((await figure(database().db, 100000, 'SCH_ABS_OVERALL'))?.value, 2.6);
      assert.equal((await figure(database().db, 100000, 'SCH_ABS_PERSISTENT'))?.value, 3.4);
      // England, state-funded primary schools: 4% of sessions missed, 8.2% persistent absentees.
      assert.equal((await benchmark(database().db, 'SCH_ABS_OVERALL', 'PRI'))?.england, 4);
      assert.equal((await benchmark(database().db, 'SCH_ABS_PERSISTENT', 'PRI'))?.england, 8.2);
    },
  );

  const files = scratchFiles('school-context');
  const header = 'URN,LA,ESTAB,SCHOOLTYPE,NOR,PNUMFSMEVER,PNUMEAL,PSENELK,PSENELSE';

  const refusals: { name: string; content: string; problem: RegExp; line: number; column?: string }[] = [
    {
      name: 'a missing column',
      content: `URN,LA,ESTAB,NOR,PNUMFSMEVER,PNUMEAL,PSENELSE\n100000,201,3614,285,16.2,49.5,1.8\n`,
      problem: /has no "PSENELK" column/,
      line: 1,
      column: 'PSENELK',
    },
    {
      name: 'a percentage over 100',
      content: `${header}\n100000,201,3614,State-funded primary,285,116.2,49.5,17.5,1.8\n`,
      problem: /116\.2 is not a percentage between 0 and 100/,
      line: 2,
      column: 'PNUMFSMEVER',
    },
    {
      name: 'a negative roll',
      content: `${header}\n100000,201,3614,State-funded primary,-5,16.2,49.5,17.5,1.8\n`,
      problem: /-5 is not a count of 0 or more/,
      line: 2,
      column: 'NOR',
    },
    {
      name: 'a URN that is not a URN',
      content: `${header}\n10000,201,3614,State-funded primary,285,16.2,49.5,17.5,1.8\n`,
      problem: /"10000" is not a six-digit URN/,
      line: 2,
      column: 'URN',
    },
    {
      name: 'a word where a figure goes',
      content: `${header}\n100000,201,3614,State-funded primary,285,sixteen,49.5,17.5,1.8\n`,
      problem: /The value/,
      line: 2,
      column: 'PNUMFSMEVER',
    },
  ];

  for (const refusal of refusals) {
    test(`refused, writing nothing: ${refusal.name}`, async () => {
      const built = services ?? (await createServices(database()));
      const before = await valueCount(database().db);
      const file = files.write(`${refusal.name.replaceAll(' ', '-')}.csv`, refusal.content);
      await assertImportRefused(
        built.performance.importSchoolContext(testOperator, file, 'census', 2019, silentProgress),
        { problem: refusal.problem, line: refusal.line, column: refusal.column },
      );
      assert.equal(await valueCount(database().db), before);
    });
  }
});
