import assert from 'node:assert/strict';
import { pointerTo } from '../app/plugins/errors.ts';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { addUser, buildTestApp, testOperator, Visitor } from '../app/testing.ts';
import type { Services } from '../app/services.ts';

describeOnDatabases('JSON API', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let adminToken: string;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  test('a bearer token acts as its account', async () => {
    ({ app, services } = await buildTestApp(database()));
    await addUser(services, { email: 'admin@la.example', role: 'admin' });
    adminToken = (await services.tokens.create(testOperator, 'admin@la.example')).token;
    const response = await app.inject({ url: '/api/v1/me', headers: bearer(adminToken) });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json<{ email: string; role: string }>().email, 'admin@la.example');
  });

  test('an admin creates a user through the API; it is validated, audited and presented without secrets', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: bearer(adminToken),
      payload: {
        email: 'SIM@la.example',
        name: 'School improvement manager',
        role: 'officer',
        password: 'a long enough password',
      },
    });
    assert.equal(response.statusCode, 201);
    const body = response.json<Record<string, unknown>>();
    assert.equal(body.email, 'sim@la.example');
    assert.equal(body.passwordHash, undefined);
    assert.ok(!JSON.stringify(body).includes('argon2'));
    const audit = await app.inject({ url: '/api/v1/audit?action=user.add', headers: bearer(adminToken) });
    assert.ok(
      audit
        .json<{ entries: { after: { email: string } }[] }>()
        .entries.some((e) => e.after.email === 'sim@la.example'),
    );
  });

  const badRequests: { why: string; payload: string; contentType: string; status: number; detail: RegExp }[] =
    [
      {
        why: 'malformed JSON',
        payload: '{"email": "x@la.example",',
        contentType: 'application/json',
        status: 400,
        detail: /not valid JSON/,
      },
      {
        why: 'a missing field',
        payload: '{"email":"x@la.example"}',
        contentType: 'application/json',
        status: 400,
        detail: /not valid/,
      },
      {
        why: 'an unknown role',
        payload: '{"email":"x@la.example","name":"X","role":"mayor","password":"a long enough password"}',
        contentType: 'application/json',
        status: 400,
        detail: /not valid/,
      },
      {
        why: 'a body that is not JSON',
        payload: 'email=x',
        contentType: 'text/plain',
        status: 400,
        detail: /not valid/,
      },
    ];
  for (const c of badRequests) {
    test(`${c.why} gets ${c.status} problem+json and creates nothing`, async () => {
      const before = (await services.users.list()).length;
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { ...bearer(adminToken), 'content-type': c.contentType },
        payload: c.payload,
      });
      assert.equal(response.statusCode, c.status);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      const problem = response.json<{ status: number; title: string; detail: string; instance: string }>();
      assert.equal(problem.status, c.status);
      assert.equal(problem.instance, '/api/v1/users');
      assert.match(problem.detail, c.detail);
      assert.equal((await services.users.list()).length, before);
    });
  }

  test('each field at fault is named with a JSON Pointer into the body, with the page’s own words', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: bearer(adminToken),
      payload: { email: 'not an address', name: 'Sam', role: 'officer' },
    });
    assert.equal(response.statusCode, 400);
    const problem = response.json<{ errors: { field: string; pointer: string; message: string }[] }>();
    const email = problem.errors.find((e) => e.field === 'email');
    assert.equal(email?.pointer, '/email');
  });

  test('a token past its allowance a minute gets 429 with Retry-After; another token does not', async () => {
    const limited = await buildTestApp(database(), { BEACON_API_REQUESTS_PER_MINUTE: '3' });
    try {
      const other = (await services.tokens.create(testOperator, 'admin@la.example')).token;
      const me = (token: string) => limited.app.inject({ url: '/api/v1/me', headers: bearer(token) });
      for (let i = 0; i < 3; i++) assert.equal((await me(adminToken)).statusCode, 200);
      const refused = await me(adminToken);
      assert.equal(refused.statusCode, 429);
      assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
      const wait = Number(refused.headers['retry-after']);
      assert.ok(wait >= 1 && wait <= 60, `Retry-After ${String(wait)}`);
      assert.match(
        refused.json<{ detail: string }>().detail,
        /More than 3 requests a minute: try again in \d+ seconds/,
      );
      assert.equal((await me(other)).statusCode, 200, 'each token has its own allowance');
    } finally {
      await limited.app.close();
    }
  });

  test('a wrong, malformed or revoked token gets 401 with WWW-Authenticate', async () => {
    const { token, id } = await services.tokens.create(testOperator, 'sim@la.example');
    assert.equal((await app.inject({ url: '/api/v1/me', headers: bearer(token) })).statusCode, 200);
    const revoke = await app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${id}`,
      headers: bearer(adminToken),
    });
    assert.equal(revoke.statusCode, 204);
    for (const authorization of [
      `Bearer ${token}`,
      'Bearer bcn_madeup',
      'Basic YWRtaW46YWRtaW4=',
      'Bearer',
    ]) {
      const response = await app.inject({ url: '/api/v1/me', headers: { authorization } });
      assert.equal(response.statusCode, 401, authorization);
      assert.match(String(response.headers['www-authenticate']), /^Bearer/);
    }
  });

  test('a session-authenticated change through the API needs the CSRF header', async () => {
    const visitor = new Visitor(app);
    await visitor.signIn('admin@la.example');
    const payload = { email: 'sim@la.example', name: 'Case system', readOnly: false };
    const without = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: visitor.sessionCookie },
      payload,
    });
    assert.equal(without.statusCode, 403);
    const token = await visitor.csrfToken('/');
    const withHeader = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: visitor.sessionCookie, 'x-csrf-token': token },
      payload,
    });
    assert.equal(withHeader.statusCode, 201);
  });

  test('revoking a token that does not exist is 404 and writes no audit row', async () => {
    const before = (await services.audit.list({ page: 1, pageSize: 1 })).total;
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/v1/tokens/99999',
      headers: bearer(adminToken),
    });
    assert.equal(response.statusCode, 404);
    assert.equal((await services.audit.list({ page: 1, pageSize: 1 })).total, before);
  });
});

// RFC 6901: a pointer's segments are separated by "/", with "~" written "~0" and "/" written "~1".
const pointers = [
  { field: 'email', pointer: '/email' },
  { field: 'yearGroups.Primary', pointer: '/yearGroups/Primary' },
  { field: 'a/b~c', pointer: '/a~1b~0c' },
  { field: '', pointer: '' },
];
for (const c of pointers)
  test(`the field “${c.field}” is pointed to as “${c.pointer}”`, () => {
    assert.equal(pointerTo(c.field), c.pointer);
  });
