import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, after, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, scratchFiles, testOperator, Visitor } from '../app/testing.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { loadDemo } from '../demo/load.ts';
import { establishments } from './schema.ts';
import { externalFile } from '../performance/externalData.ts';
import { quintileCutPoints, quintileWords } from '../performance/compare/quintiles.ts';
import { readPdf } from '../reports/pdf/reading.testing.ts';

// A school profile from real context: URN 100000, a state-funded primary school in the City of
// London, with DfE's January 2019 census and 2018/19 absence (../shared/data/external/
// dfe-perf-tables-2018-19-national). Its results are a council's own, through the values template.
const census = externalFile('dfe-perf-tables-2018-19-national/england_census.csv');
const absence = externalFile('dfe-perf-tables-2018-19-national/england_abs.csv');

/** Every school's figure in a column of a DfE file, read directly: the fifths the page must use. */
function columnValues(file: string, column: string): number[] {
  const [header = '', ...lines] = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const names = header.split(',');
  const at = names.indexOf(column);
  const urnAt = names.indexOf('URN');
  return lines
    .map((line) => line.split(','))
    .filter((cells) => /^\d{6}$/.test(cells[urnAt] ?? '') && (cells[at] ?? '').trim() !== '')
    .map((cells) => Number(cells[at]))
    .filter((v) => Number.isFinite(v) && v >= 0 && v <= 100);
}

const results = [
  'entity_type,entity_code,indicator,period,value,denominator,ci_lower,ci_upper',
  'school,100000,KS2RWM_Expected_STD,2018,66,40,,',
  'school,100000,KS2RWM_Expected_STD,2019,72,41,,',
  'school,100000,KS2R_Prog_VA,2019,-3.5,,-5.1,-1.9',
  'england,970,KS2RWM_Expected_STD,2018,64,,,',
  'england,970,KS2RWM_Expected_STD,2019,65,,,',
  'england,970,KS2R_Prog_VA,2019,0,,,',
];

describeOnDatabases('a school profile', (database) => {
  let app: FastifyInstance;
  let officer: Visitor;

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    await loadDemo(built.services);
    await database().db.insert(establishments).values({
      urn: 100000,
      name: 'Sir John Cass’s Foundation Primary School',
      laCode: '201',
      laName: 'City of London',
      phase: 'Primary',
      establishmentType: 'Voluntary aided school',
    });
    const file = scratchFiles('profile').write('results.csv', `${results.join('\n')}\n`);
    await built.services.performance.importValuesTemplate(testOperator, file, silentProgress);
    if (census.file && absence.file) {
      await built.services.performance.importSchoolContext(
        testOperator,
        census.file,
        'census',
        2019,
        silentProgress,
      );
      await built.services.performance.importSchoolContext(
        testOperator,
        absence.file,
        'absence',
        2019,
        silentProgress,
      );
    }
    officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
  });

  after(async () => {
    await app.close();
  });

  test(
    'context beside England’s primary schools, banded by the fifths of every school',
    { skip: census.skip || absence.skip },
    async () => {
      assert.ok(census.file && absence.file);
      const page = await officer.get('/schools/100000/profile');
      assert.equal(page.statusCode, 200);
      const text = page.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      // Census line 2: 16.2% FSM in the last six years; England's primary schools 23.0% (its NAT PRI row).
      const fsmBand = quintileWords(16.2, quintileCutPoints(columnValues(census.file, 'PNUMFSMEVER')));
      assert.ok(fsmBand);
      assert.match(
        text,
        new RegExp(
          `Pupils eligible for free school meals in the last six years \\(disadvantaged\\) \\(%\\) 2018/19 16\\.2 23\\.0 ${fsmBand}`,
        ),
      );
      // Absence line 2: 2.6% of sessions; England's primary schools 4.0%.
      const absenceBand = quintileWords(2.6, quintileCutPoints(columnValues(absence.file, 'PERCTOT')));
      assert.match(
        text,
        new RegExp(`Overall absence \\(% of sessions\\) 2018/19 2\\.6 4\\.0 ${String(absenceBand)}`),
      );
      assert.match(text, /Pupils on roll 285 \(school census, 2018\/19\)/);
    },
  );

  test('strengths and areas for development, each from a figure on the page', async () => {
    const page = await officer.get('/schools/100000/profile');
    const section = (heading: string) =>
      (new RegExp(`<h2[^>]*>${heading}</h2>([\\s\\S]*?)<h2`).exec(page.body)?.[1] ?? '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    // 72% against England's 65%: 7 points better, from 2 points (66 against 64) the year before. Reading progress −3.5, interval −5.1 to −1.9: wholly
    // below 0, so significantly below the national average (SPEC "Rules").
    assert.match(
      section('Strengths'),
      /Reading, writing and maths: expected standard \(%\): 72 in 2018\/19, above England, and the gap has widened from 2 to 7 points/,
    );
    assert.match(section('Strengths'), /From: Reading, writing and maths: expected standard \(%\), 2018\/19/);
    assert.match(
      section('Areas for development'),
      /Reading progress score: −3\.50, significantly below the national average/,
    );
    assert.doesNotMatch(section('Strengths'), /progress/i);
  });

  test('the profile as a PDF says the same, and another school’s user gets neither', async () => {
    const pdf = await officer.get('/schools/100000/profile.pdf');
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const read = await readPdf(pdf.rawPayload);
    const text = read.text.replace(/\s+/g, ' ');
    assert.match(text, /Strengths/);
    assert.match(text, /72 in 2018\/19, above England, and the gap has widened from 2 to 7 points/);
    assert.match(text, /Figures as at 2018\/19/);
    assert.ok(read.outline.includes('Areas for development'));
    const school = new Visitor(app);
    await school.signIn('school@beacon.example', 'demo-school-password');
    assert.equal((await school.get('/schools/100000/profile')).statusCode, 403);
    const refused = await school.get('/schools/100000/profile.pdf');
    assert.equal(refused.statusCode, 403);
    assert.notEqual(refused.headers['content-type'], 'application/pdf');
  });
});
