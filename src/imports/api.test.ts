import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as wait } from 'node:timers/promises';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { addUser, buildTestApp, multipart, testOperator } from '../app/testing.ts';
import type { Services } from '../app/services.ts';
import { importRuns } from './schema.ts';
import { cutOff } from './runs.ts';

// Uploads through the API: the upload page's kinds, checks and words, as problem+json.
const example = fs.readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/templates/values-template.csv'),
  'utf8',
);
const dictionary = [
  'Measure_short,Measure,Topic,Polarity,y_axis_name,dps,Year_Type,No_Quartile,Description',
  'KS2RWM_Expected_STD,RWM,Key Stage 2,High,%,NA,Academic Year,NA,x',
  'KS2W_Teacher_Assess,W,Key Stage 2,High,%,NA,Academic Year,NA,x',
  'KS2R_Prog_VA,R,Key Stage 2,High,Score,NA,Academic Year,NA,x',
].join('\n');

type Problem = {
  detail: string;
  errors: { field: string; pointer: string; line?: number; column?: string; message: string }[];
};

describeOnDatabases('imports through the API', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let token: string;
  const values = async () =>
    (await queryRows<{ n: number }>(database().db, sql`select count(*)::int as n from indicator_values`))[0]
      ?.n;

  async function send(
    fields: Record<string, string>,
    file?: { name: string; content: string; type?: string },
    headers: Record<string, string> = {},
  ) {
    const body = multipart(fields, file);
    return app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { authorization: `Bearer ${token}`, 'content-type': body.contentType, ...headers },
      payload: body.payload,
    });
  }

  test('a small file is imported while the client waits, with its summary', async () => {
    ({ app, services } = await buildTestApp(database()));
    await addUser(services, { email: 'analyst@la.example', role: 'officer' });
    ({ token } = await services.tokens.create(testOperator, 'analyst@la.example', {
      name: 'Nightly feed',
      readOnly: false,
    }));
    const kinds = await app.inject({
      url: '/api/v1/imports/kinds',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.ok(kinds.json<{ key: string }[]>().some((k) => k.key === 'values-template'));
    assert.equal(
      (await send({ kind: 'lait-dictionary' }, { name: 'dictionary.csv', content: dictionary })).statusCode,
      200,
    );
    const response = await send({ kind: 'values-template' }, { name: 'values.csv', content: example });
    assert.equal(response.statusCode, 200);
    const { summary } = response.json<{ summary: { file: string; added: number } }>();
    assert.deepEqual([summary.file, summary.added], ['values.csv', 6]);
    assert.equal(await values(), 6);
  });

  test('a refused file is a 400 problem with every problem’s line and column; nothing changes', async () => {
    const response = await send(
      { kind: 'values-template' },
      { name: 'bad.csv', content: example.replace('47.6', 'forty') },
    );
    assert.equal(response.statusCode, 400);
    assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
    const problem = response.json<Problem>();
    assert.equal(problem.detail, 'bad.csv was not imported: nothing was changed.');
    assert.deepEqual(
      problem.errors.map((e) => [e.pointer, e.line, e.column]),
      [['/file', 2, 'value']],
    );
    assert.equal(await values(), 6);
  });

  test('a file sent as the wrong kind gets the upload page’s words', async () => {
    const response = await send({ kind: 'gias' }, { name: 'figures.csv', content: example });
    assert.equal(response.statusCode, 400);
    assert.equal(
      response.json<Problem>().errors[0]?.message,
      'This file has the columns of “Beacon values template”, not “GIAS establishments”. Choose “Beacon values template” as the kind of file and import it again.',
    );
  });

  test('no kind and no file: each field’s problem, pointed to', async () => {
    const response = await send({});
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      response.json<Problem>().errors.map((e) => [e.pointer, e.message]),
      [
        ['/kind', 'Choose what kind of file this is'],
        ['/file', 'Choose a file to upload'],
      ],
    );
  });

  const forged = [
    { why: 'the CSV as the body', contentType: 'text/csv', payload: example },
    {
      why: 'JSON naming a file',
      contentType: 'application/json',
      payload: '{"kind":"gias","file":"/etc/passwd"}',
    },
    { why: 'multipart with no boundary', contentType: 'multipart/form-data', payload: 'kind=gias' },
  ];
  for (const c of forged)
    test(`a forged Content-Type (${c.why}) is refused in words and changes nothing`, async () => {
      const before = await values();
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        headers: { authorization: `Bearer ${token}`, 'content-type': c.contentType },
        payload: c.payload,
      });
      assert.ok([400, 415].includes(response.statusCode), `${c.why}: ${String(response.statusCode)}`);
      assert.match(response.json<Problem>().detail, /multipart\/form-data|could not be read/);
      assert.equal(await values(), before);
    });

  test('a binary file declared as CSV is refused as a file, not a crash', async () => {
    const response = await send(
      { kind: 'values-template' },
      { name: 'photo.csv', content: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', type: 'text/csv' },
    );
    assert.equal(response.statusCode, 400);
    assert.match(response.json<Problem>().detail, /photo\.csv was not imported: nothing was changed/);
  });

  test('sent with Prefer: respond-async, it is answered 202 with a run to poll until it ends', async () => {
    const response = await send(
      { kind: 'values-template' },
      { name: 'later.csv', content: example.replace('47.6', '48.1') },
      { prefer: 'respond-async' },
    );
    assert.equal(response.statusCode, 202);
    const { status } = response.json<{ status: string }>();
    assert.equal(response.headers.location, status);
    let run: { state: string; summary: { updated: number } | null } | undefined;
    for (let i = 0; i < 100 && run?.state !== 'imported'; i++) {
      await wait(50);
      run = (await app.inject({ url: status, headers: { authorization: `Bearer ${token}` } })).json();
    }
    assert.equal(run?.state, 'imported');
    assert.equal(run.summary?.updated, 1);
  });

  test('a run left running by a stopped process is reported cut off', async () => {
    const [row] = await database()
      .db.insert(importRuns)
      .values({ kind: 'gias', file: 'x.csv', bytes: 1, pid: 2 ** 22 + 4321 })
      .returning({ id: importRuns.id });
    const run = await app.inject({
      url: `/api/v1/imports/${String(row?.id)}`,
      headers: { authorization: `Bearer ${token}` },
    });
    assert.deepEqual(
      [
        run.json<{ state: string }>().state,
        run.json<{ problems: { message: string }[] }>().problems[0]?.message,
      ],
      ['failed', cutOff],
    );
  });

  test('a read-only token may not import', async () => {
    const readOnly = await services.tokens.create(testOperator, 'analyst@la.example', {
      name: 'Read',
      readOnly: true,
    });
    const body = multipart({ kind: 'values-template' }, { name: 'values.csv', content: example });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { authorization: `Bearer ${readOnly.token}`, 'content-type': body.contentType },
      payload: body.payload,
    });
    assert.equal(response.statusCode, 403);
  });
});
