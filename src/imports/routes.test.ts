import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { addUser, buildTestApp, multipart, testSchool, Visitor } from '../app/testing.ts';
import { clearAbandonedUploads } from './upload.ts';
import type { Services } from '../app/services.ts';
import { establishments } from '../schools/schema.ts';

const example = fs.readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/templates/values-template.csv'),
  'utf8',
);

describeOnDatabases('admin upload page', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  const values = async () =>
    (await queryRows<{ n: number }>(database().db, sql`select count(*) as n from indicator_values`))[0]?.n;

  async function upload(
    visitor: Visitor,
    fields: Record<string, string>,
    file?: { name: string; content: string },
    withToken = true,
  ) {
    const token = withToken ? await visitor.csrfToken('/admin/imports') : undefined;
    const body = multipart({ ...(token ? { _csrf: token } : {}), ...fields }, file);
    return app.inject({
      method: 'POST',
      url: '/admin/imports',
      headers: { cookie: visitor.sessionCookie, 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  test('an officer uploads the values template and sees what was imported; it is audited', async () => {
    ({ app, services } = await buildTestApp(database()));
    await addUser(services, { email: 'officer@la.example', role: 'officer' });
    officer = new Visitor(app);
    await officer.signIn('officer@la.example');
    const page = await officer.get('/admin/imports');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /What kind of file is it\?/);
    const template = await officer.get('/admin/imports/values-template.csv');
    assert.equal(template.body, example);
    const dictionary = [
      'Measure_short,Measure,Topic,Polarity,y_axis_name,dps,Year_Type,No_Quartile,Description',
      'KS2RWM_Expected_STD,RWM,Key Stage 2,High,%,NA,Academic Year,NA,x',
      'KS2W_Teacher_Assess,W,Key Stage 2,High,%,NA,Academic Year,NA,x',
      'KS2R_Prog_VA,R,Key Stage 2,High,Score,NA,Academic Year,NA,x',
    ].join('\n');
    assert.equal(
      (await upload(officer, { kind: 'lait-dictionary' }, { name: 'dictionary.csv', content: dictionary }))
        .statusCode,
      200,
    );
    const response = await upload(
      officer,
      { kind: 'values-template' },
      { name: 'values-template.csv', content: example },
    );
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /values-template\.csv was imported/);
    assert.match(
      response.body,
      /Figures added\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*6\s*<\/dd>/,
    );
    assert.equal(await values(), 6);
    const audit = await services.audit.list({ action: 'import.valuesTemplate', page: 1, pageSize: 5 });
    assert.equal(audit.rows[0]?.actorLabel, 'officer@la.example');
  });

  test('a bad file is refused with every problem listed by line and column; nothing changes', async () => {
    const bad = example.replace('47.6', 'forty');
    const response = await upload(officer, { kind: 'values-template' }, { name: 'bad.csv', content: bad });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /bad\.csv was not imported: nothing was changed/);
    assert.match(
      response.body,
      /<td class="govuk-table__cell">2<\/td><td class="govuk-table__cell">value<\/td>/,
    );
    assert.equal(await values(), 6);
    // The problem is the file's content: no field of the form is marked, and the kind stays chosen.
    assert.doesNotMatch(response.body, /govuk-error-message/);
    assert.match(response.body, /value="values-template" checked/);
    // The refusal is audited: who tried which file as what, and why it was refused.
    const audit = await services.audit.list({ action: 'import.refused', page: 1, pageSize: 5 });
    const refused = audit.rows[0];
    assert.equal(refused?.actorLabel, 'officer@la.example');
    assert.equal(refused.entityId, 'values-template');
    const after = refused.after as { file: string; problems: number; firstProblems: { column?: string }[] };
    assert.deepEqual([after.file, after.problems, after.firstProblems[0]?.column], ['bad.csv', 1, 'value']);
  });

  test('a file chosen as the wrong kind says which kind it looks like, not every column expected', async () => {
    const response = await upload(officer, { kind: 'gias' }, { name: 'figures.csv', content: example });
    assert.equal(response.statusCode, 400);
    assert.match(
      response.body,
      /This file has the columns of “Beacon values template”, not “GIAS establishments”\. Choose “Beacon values template” as the kind of file and import it again\./,
    );
    assert.doesNotMatch(response.body, /Missing column/);
    assert.equal(await values(), 6);
  });

  test('no kind or no file re-renders the form with errors that link to the fields', async () => {
    const response = await upload(officer, {});
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /href="#kind-gias">Choose what kind of file this is/);
    assert.match(response.body, /href="#file">Choose a file to upload/);
    // Only the two fields at fault carry a message; the optional fields do not.
    assert.equal(response.body.match(/class="govuk-error-message"/g)?.length, 2);
  });

  test('a forged "file" field naming a server path is ignored: nothing is read or removed', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-victim-'));
    const victim = path.join(folder, 'keep.csv');
    fs.writeFileSync(victim, example);
    const response = await upload(officer, { kind: 'values-template', file: victim });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Choose a file to upload/);
    assert.ok(fs.existsSync(victim));
  });

  test('an upload leaves no file behind, and what a killed Beacon left is cleared at the next start', async () => {
    const ours = path.join(os.tmpdir(), 'beacon-uploads', String(process.pid));
    await upload(
      officer,
      { kind: 'values-template' },
      { name: 'again.csv', content: example.replace('47.6', 'x y') },
    );
    assert.deepEqual(fs.existsSync(ours) ? fs.readdirSync(ours) : [], []);
    // A process number above Linux's largest possible (4,194,304): that process is gone.
    const abandoned = path.join(os.tmpdir(), 'beacon-uploads', String(2 ** 22 + 4321));
    fs.mkdirSync(path.join(abandoned, 'upload-x'), { recursive: true });
    fs.writeFileSync(path.join(abandoned, 'upload-x', 'big.csv'), 'half an upload');
    const living = path.join(os.tmpdir(), 'beacon-uploads', String(process.ppid));
    fs.mkdirSync(living, { recursive: true });
    assert.ok(clearAbandonedUploads().includes(String(2 ** 22 + 4321)));
    assert.ok(!fs.existsSync(abandoned));
    assert.ok(fs.existsSync(living), 'a running process’s uploads are left alone');
    fs.rmSync(living, { recursive: true, force: true });
  });

  test('an upload without the CSRF token is refused', async () => {
    const response = await upload(
      officer,
      { kind: 'values-template' },
      { name: 'values-template.csv', content: example },
      false,
    );
    assert.equal(response.statusCode, 403);
  });

  test('an EES file imports with the mapping written on the page; a mapping it cannot read is explained', async () => {
    const tidy = [
      'time_period,time_identifier,geographic_level,old_la_code,breakdown,pt_rwm',
      '201819,Academic year,National,,Total,65',
      '201819,Academic year,Local authority,851,Total,58',
    ].join('\n');
    const mapping = 'indicator pt_rwm=KS2RWM_Expected_STD\ngroup-column breakdown\ngroup Total=all';
    const ok = await upload(officer, { kind: 'ees', mapping }, { name: 'ks2.csv', content: tidy });
    assert.equal(ok.statusCode, 200);
    assert.match(ok.body, /Figures added\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*2\s*<\/dd>/);
    const unreadable = await upload(
      officer,
      { kind: 'ees', mapping: 'pt_rwm is KS2' },
      { name: 'ks2.csv', content: tidy },
    );
    assert.equal(unreadable.statusCode, 400);
    assert.match(unreadable.body, /Line 1 of the mapping, &quot;pt_rwm is KS2&quot;, should read like/);
  });

  test('a school user may not import', async () => {
    await database().db.insert(establishments).values(testSchool);
    await addUser(services, { email: 'head@school.example', role: 'school_user', schoolUrn: 116001 });
    const head = new Visitor(app);
    await head.signIn('head@school.example');
    assert.equal((await head.get('/admin/imports')).statusCode, 403);
  });
});
