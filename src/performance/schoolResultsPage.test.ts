import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, scratchFiles, testOperator, Visitor } from '../app/testing.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { loadDemo } from '../demo/load.ts';
import { readPdf } from '../reports/pdf/reading.testing.ts';
import { and, eq } from 'drizzle-orm';
import { indicatorValues } from './schema.ts';

// A school's results page over figures a council loads through the values template. In 2017/18
// Harbourside Primary (990001) had five pupils at the end of key stage 2: fewer than 6 (SPEC "Rules").
const header = 'entity_type,entity_code,indicator,period,value,denominator,ci_lower,ci_upper';
const figures = [
  'school,990001,KS2RWM_Expected_STD,2016,50,28,,',
  'school,990001,KS2RWM_Expected_STD,2017,55,30,,',
  'school,990001,KS2RWM_Expected_STD,2018,60,5,,',
  'school,990001,KS2R_Prog_VA,2017,-2.1,,-3.5,-0.7',
  'school,990001,KS2R_Prog_VA,2018,-1.2,,-3.4,1',
  'la,851,KS2RWM_Expected_STD,2018,58,,,',
  'england,970,KS2RWM_Expected_STD,2018,64,,,',
  'england,970,KS2R_Prog_VA,2018,0,,,',
];

describeOnDatabases('a school’s results page, with small cohorts suppressed by role', (database) => {
  let app: FastifyInstance;
  let built: Awaited<ReturnType<typeof buildTestApp>>;

  // The app holds Chromium once a PDF is printed: closed, the test file can end.
  after(async () => {
    await app.close();
  });

  const tableRows = (html: string, id: string): string[][] => {
    const table = new RegExp(`<table[^>]*id="table-${id}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
    return [...table.matchAll(/<tr class="govuk-table__row[^"]*">([\s\S]*?)<\/tr>/g)].slice(1).map((row) =>
      [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
        (c[1] ?? '')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    );
  };

  test('the figures load through the values template', async () => {
    built = await buildTestApp(database());
    app = built.app;
    await loadDemo(built.services);
    // The page is to hold this test's figures only: Harbourside's generated ones are cleared first.
    await built.services.database.db
      .delete(indicatorValues)
      .where(and(eq(indicatorValues.entityType, 'school'), eq(indicatorValues.entityCode, '990001')));
    const file = scratchFiles('school-results').write(
      'harbourside.csv',
      `${header}\n${figures.join('\n')}\n`,
    );
    const summary = await built.services.performance.importValuesTemplate(testOperator, file, silentProgress);
    assert.equal(summary.added, figures.length);
  });

  test('an officer sees every figure, its gap to England and its progress judged by its interval', async () => {
    const officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
    const page = await officer.get('/schools/990001/results');
    assert.equal(page.statusCode, 200);
    const results = tableRows(page.body, 'ks2-results');
    assert.deepEqual(results[0], [
      'Reading, writing and maths: expected standard (%)',
      '60',
      '58',
      '64',
      '−4 ▼ worse than England',
      '',
    ]);
    assert.deepEqual(results[1]?.slice(0, 2), ['Reading progress score', '−1.20']);
    assert.equal(results[1][5], 'Not significantly different from the national average');
    assert.match(
      page.body,
      /Reading, writing and maths: expected standard \(%\): 60 in 2017\/18, below England \(−4 points\)\./,
    );
    assert.match(
      page.body,
      /Reading progress score: −1\.20, not significantly different from the national average\./,
    );
    const trend = tableRows(page.body, 'ks2-trend');
    assert.deepEqual(trend[0], [
      'Reading, writing and maths: expected standard (%)',
      '50',
      '55',
      '60',
      '10 ▲ better than 2015/16',
    ]);
  });

  test('the school itself sees x for five pupils, and no gap or change that would give it away', async () => {
    const school = new Visitor(app);
    await school.signIn('school@beacon.example', 'demo-school-password');
    const page = await school.get('/schools/990001/results');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /fewer than 6 pupils/);
    assert.doesNotMatch(page.body, /Drafted sentences/);
    const results = tableRows(page.body, 'ks2-results');
    assert.deepEqual(results[0], [
      'Reading, writing and maths: expected standard (%)',
      'x',
      '58',
      '64',
      'x',
      '',
    ]);
    assert.deepEqual(results[1], ['Reading progress score', 'x', 'n/a', '0.00', 'x', 'x']);
    const trend = tableRows(page.body, 'ks2-trend');
    assert.deepEqual(trend[0]?.slice(1), ['50', '55', 'x', 'x']);
    // The download says no more than the page.
    const csv = await school.get('/schools/990001/results/download?table=ks2-results&format=csv');
    const rows = Papa.parse<string[]>(csv.body.trim()).data;
    assert.deepEqual(rows[1]?.slice(1, 3), ['', 'x']);
    assert.ok(!csv.body.includes('60'), 'the withheld figure is not in the file');
    // So does the PDF: the same x, and the figure for five pupils nowhere in it.
    const pdf = await school.get('/schools/990001/results.pdf');
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const read = await readPdf(pdf.rawPayload);
    assert.match(read.text, /Reading, writing and maths: expected\s+standard \(%\)\s*x\s*58\s*64\s*x/);
    assert.doesNotMatch(read.text, /\b60\b/);
    assert.match(read.text, /Figures as at 2017\/18 \(final\)/);
  });

  test('a school user cannot read another school’s results', async () => {
    const school = new Visitor(app);
    await school.signIn('school@beacon.example', 'demo-school-password');
    assert.equal((await school.get('/schools/990002/results')).statusCode, 403);
    assert.equal((await school.get('/schools/990002/results/download?format=xlsx')).statusCode, 403);
    const pdf = await school.get('/schools/990002/results.pdf');
    assert.equal(pdf.statusCode, 403);
    assert.notEqual(pdf.headers['content-type'], 'application/pdf');
  });

  test('the API gives the same: x for the school’s own user, and another school’s results refused', async () => {
    const services = built.services;
    const token = (await services.tokens.create(testOperator, 'school@beacon.example')).token;
    const get = (url: string) => app.inject({ url, headers: { authorization: `Bearer ${token}` } });
    const own = await get('/api/v1/schools/990001/results');
    assert.equal(own.statusCode, 200);
    const body = own.json<{ stages: { results: { rows: unknown[][] } }[] }>();
    assert.deepEqual(body.stages[0]?.results.rows[0]?.[1], { value: null, text: 'x' });
    assert.equal((await get('/api/v1/schools/990002/results')).statusCode, 403);
  });
});
