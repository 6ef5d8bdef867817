import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { count, eq } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, scratchFiles, testOperator, Visitor } from '../app/testing.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { loadDemo } from '../demo/load.ts';
import { auditLog } from '../access/schema.ts';
import { establishments } from '../schools/schema.ts';
import { readPdf } from './pdf/reading.testing.ts';

// Seed 000, 5.2: an annual performance letter to each school, from a template the council edits.
// Harbourside Primary (990001) had five pupils at the end of key stage 2 in 2017/18: its letter goes
// to the school, so it says what the school's own users see ("x"), whoever produces it.
const figures = [
  'entity_type,entity_code,indicator,period,value,denominator,ci_lower,ci_upper',
  'school,990001,KS2RWM_Expected_STD,2017,55,30,,',
  'school,990001,KS2RWM_Expected_STD,2018,60,5,,',
  'england,970,KS2RWM_Expected_STD,2017,61,,,',
  'england,970,KS2RWM_Expected_STD,2018,64,,,',
];

const letterText = (html: string) =>
  (/<div class="beacon-letter">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describeOnDatabases('annual performance letters', (database) => {
  let app: FastifyInstance;
  let officer: Visitor;
  let school: Visitor;
  const audits = async () => (await database().db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    await loadDemo(built.services);
    const file = scratchFiles('letters').write('figures.csv', `${figures.join('\n')}\n`);
    await built.services.performance.importValuesTemplate(testOperator, file, silentProgress);
    officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
    school = new Visitor(app);
    await school.signIn('school@beacon.example', 'demo-school-password');
  });

  after(async () => {
    await app.close();
  });

  test('a template with a merge field Beacon does not know is refused, naming it and its line', async () => {
    const before = await audits();
    const token = await officer.csrfToken('/letters');
    const refused = await officer.postForm('/letters', {
      _csrf: token,
      body: 'Dear {{school}},\n\nTo {{headteacher}}',
      signedBy: 'A. Officer',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Line 3: \{\{headteacher\}\} is not a merge field Beacon knows/);
    assert.equal(await audits(), before, 'nothing saved, nothing audited');
    assert.match((await officer.get('/letters')).body, /This is Beacon’s suggested letter/);
  });

  test('the council’s own words, saved and audited, make every school’s letter', async () => {
    const token = await officer.csrfToken('/letters');
    const saved = await officer.postForm('/letters', {
      _csrf: token,
      body: 'To {{school}} (URN {{urn}}), {{year}}.\n\n{{results}}\n\n{{strengths}}\n\n{{areas}}\n\n<b>{{officer}}</b>',
      signedBy: 'Jo Bloggs, School Improvement Manager',
    });
    assert.equal(saved.statusCode, 303);
    const [entry] = await database()
      .db.select()
      .from(auditLog)
      .where(eq(auditLog.action, 'letter.templateSaved'));
    assert.equal(entry?.entityId, '851');
    const letter = letterText((await officer.get('/schools/990001/letter')).body);
    assert.match(letter, /To Harbourside Primary School \(URN 990001\), 2017\/18\./);
    // Typed text is text: the council's <b> shows as written, escaped.
    assert.match(letter, /&lt;b&gt;Jo Bloggs, School Improvement Manager&lt;\/b&gt;/);
  });

  test('the letter says what the school sees: its five-pupil figure is x, even to the officer producing it', async () => {
    const letter = letterText((await officer.get('/schools/990001/letter')).body);
    assert.match(letter, /Reading, writing and maths: expected standard \(%\): x; England 64/);
    assert.doesNotMatch(letter, /\b60\b/);
  });

  test('a school reads its own letter, as a page and a PDF, and no other school’s', async () => {
    assert.equal((await school.get('/schools/990001/letter')).statusCode, 200);
    const pdf = await school.get('/schools/990001/letter.pdf');
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match((await readPdf(pdf.rawPayload)).text, /Harbourside Primary School \(URN 990001\)/);
    assert.equal((await school.get('/schools/990003/letter')).statusCode, 403);
    assert.equal((await school.get('/schools/990003/letter.pdf')).statusCode, 403);
    assert.equal((await school.get('/letters/851.zip')).statusCode, 403);
  });

  test('every open school in an LA, one PDF each in a ZIP', async () => {
    await database()
      .db.insert(establishments)
      .values(
        [100000, 100001].map((urn) => ({
          urn,
          name: `City School ${String(urn)}`,
          laCode: '201',
          laName: 'City of London',
          phase: 'Primary',
          establishmentType: 'Community school',
        })),
      );
    const response = await officer.get('/letters/201.zip');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/zip');
    const zip = await JSZip.loadAsync(response.rawPayload);
    const names = Object.keys(zip.files).sort();
    assert.deepEqual(names, ['100000-city-school-100000.pdf', '100001-city-school-100001.pdf']);
    const first = await zip.file(names[0] ?? '')?.async('uint8array');
    assert.ok(first);
    assert.match((await readPdf(first)).text, /To City School 100000 \(URN 100000\)/);
  });
});
