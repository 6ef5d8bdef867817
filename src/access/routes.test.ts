import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { addUser, buildTestApp, testPassword, Visitor } from '../app/testing.ts';
import type { Services } from '../app/services.ts';
import { safeReturnTo } from './routes.ts';

const genericFailure = /The email address or password is not right/;

// Only paths on this site are followed after sign-in (an open redirect would help phishing).
for (const [input, expected] of [
  ['/schools/1?x=1', '/schools/1?x=1'],
  ['https://evil.example/', '/'],
  ['//evil.example/', '/'],
  ['/\\evil.example', '/'],
  // A browser drops tabs and line breaks from a URL: "/\t/evil.example" is "//evil.example" to it.
  ['/\t/evil.example', '/'],
  ['/\n/evil.example', '/'],
  ['/x/..//evil.example', '/'],
  // What is followed is always a valid header: line breaks dropped, other characters encoded.
  ['/\n', '/'],
  ['/Ŵ', '/%C5%B4'],
  ['/schools?q=a b', '/schools?q=a%20b'],
  [undefined, '/'],
] as const) {
  test(`returnTo ${String(input)} → ${expected}`, () => {
    assert.equal(safeReturnTo(input), expected);
  });
}

describeOnDatabases('sign-in, sessions and CSRF', (database) => {
  let app: FastifyInstance;
  let services: Services;
  const auditActions = async () =>
    (await queryRows<{ action: string }>(database().db, sql`select action from audit_log order by id`)).map(
      (r) => r.action,
    );

  test('signing in with the right password starts a session and is audited', async () => {
    ({ app, services } = await buildTestApp(database()));
    await addUser(services, { email: 'officer@la.example', role: 'officer' });
    const visitor = new Visitor(app);
    const response = await visitor.signIn('officer@la.example');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/');
    const home = await visitor.get('/');
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /You are signed in as officer/);
    assert.ok((await auditActions()).includes('user.signIn'));
  });

  test('a wrong password and an unknown email get the same message and status (no enumeration)', async () => {
    const wrong = await new Visitor(app).signIn('officer@la.example', 'not the password');
    const unknown = await new Visitor(app).signIn('nobody@la.example', 'not the password');
    for (const response of [wrong, unknown]) {
      assert.equal(response.statusCode, 401);
      assert.match(response.body, genericFailure);
      assert.match(response.body, /govuk-error-summary/);
    }
    assert.equal(
      wrong.body.replace(/(value|nonce)="[^"]*"/g, ''),
      unknown.body.replace(/(value|nonce)="[^"]*"/g, ''),
    );
  });

  test('empty fields re-render with 400 and an error summary linking to each field', async () => {
    const visitor = new Visitor(app);
    const token = await visitor.csrfToken();
    const response = await visitor.postForm('/sign-in', { _csrf: token, email: '', password: '' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /href="#email">Enter your email address/);
    assert.match(response.body, /href="#password">Enter your password/);
    assert.match(response.body, /<title>Error: Sign in/);
  });

  test('a locked account is refused with the same message, even with the right password', async () => {
    await addUser(services, { email: 'locked@la.example' });
    for (let i = 0; i < 5; i++) await new Visitor(app).signIn('locked@la.example', 'wrong password here');
    const response = await new Visitor(app).signIn('locked@la.example', testPassword);
    assert.equal(response.statusCode, 401);
    assert.match(response.body, genericFailure);
  });

  test('a disabled account is refused, and an open session of it stops working', async () => {
    await addUser(services, { email: 'leaver@la.example' });
    const visitor = new Visitor(app);
    await visitor.signIn('leaver@la.example');
    assert.equal((await visitor.get('/api/v1/me')).statusCode, 200);
    await services.users.disable(
      { userId: null, label: 'test', role: 'admin', schoolUrn: null, trustId: null },
      'leaver@la.example',
    );
    assert.equal((await visitor.get('/api/v1/me')).statusCode, 401);
    assert.equal((await new Visitor(app).signIn('leaver@la.example')).statusCode, 401);
  });

  test('an expired session is treated as signed out: pages redirect to sign-in, the API answers 401', async () => {
    await addUser(services, { email: 'sleepy@la.example' });
    const visitor = new Visitor(app);
    await visitor.signIn('sleepy@la.example');
    await database().db.execute(sql`update sessions set expires_at = now() - interval '1 minute'`);
    const page = await visitor.get('/schools');
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, '/sign-in?returnTo=%2Fschools');
    const api = await visitor.get('/api/v1/me');
    assert.equal(api.statusCode, 401);
    assert.equal(api.headers['content-type'], 'application/problem+json; charset=utf-8');
  });

  test('a form without a CSRF token, or with a forged one, is refused with 403 and changes nothing', async () => {
    const visitor = new Visitor(app);
    await visitor.get('/sign-in');
    const before = await auditActions();
    const missing = await visitor.postForm('/sign-in', {
      email: 'officer@la.example',
      password: testPassword,
    });
    assert.equal(missing.statusCode, 403);
    assert.match(missing.body, /The form has expired or did not come from Beacon/);
    const forged = await visitor.postForm('/sign-in', {
      _csrf: 'forged-token',
      email: 'officer@la.example',
      password: testPassword,
    });
    assert.equal(forged.statusCode, 403);
    assert.equal((await visitor.get('/api/v1/me')).statusCode, 401);
    assert.deepEqual(await auditActions(), before);
  });

  test('a token from one session does not work in another', async () => {
    const alice = new Visitor(app);
    const token = await alice.csrfToken();
    const mallory = new Visitor(app);
    await mallory.get('/sign-in');
    const response = await mallory.postForm('/sign-in', {
      _csrf: token,
      email: 'officer@la.example',
      password: testPassword,
    });
    assert.equal(response.statusCode, 403);
  });

  test('signing out ends the session and is audited', async () => {
    const visitor = new Visitor(app);
    await visitor.signIn('officer@la.example');
    const token = await visitor.csrfToken('/');
    const response = await visitor.postForm('/sign-out', { _csrf: token });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/sign-in?signedOut=1');
    assert.equal((await visitor.get('/api/v1/me')).statusCode, 401);
    assert.ok((await auditActions()).includes('user.signOut'));
  });

  test('sign-in is rate-limited per address', async () => {
    let last = 0;
    for (let i = 0; i < 12; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/sign-in',
        remoteAddress: '10.9.9.9',
        payload: {},
      });
      last = response.statusCode;
    }
    assert.equal(last, 429);
  });

  test('a made-up X-Forwarded-For does not dodge the limit; a configured proxy’s is believed', async () => {
    const attempts = async (target: FastifyInstance, from: string) => {
      let last = 0;
      for (let i = 0; i < 12; i++) {
        const response = await target.inject({
          method: 'POST',
          url: '/sign-in',
          remoteAddress: from,
          headers: { 'x-forwarded-for': `203.0.113.${String(i + 1)}` },
          payload: {},
        });
        last = response.statusCode;
      }
      return last;
    };
    assert.equal(await attempts(app, '10.9.9.10'), 429);
    const behindProxy = await buildTestApp(database(), { BEACON_TRUSTED_PROXIES: '10.8.0.0/16' });
    assert.notEqual(await attempts(behindProxy.app, '10.8.0.1'), 429);
    await behindProxy.app.close();
  });

  test('sign-in is limited per account too, whatever address the attempts come from', async () => {
    await addUser(services, { email: 'target@la.example', role: 'officer' });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      statuses.push(
        (await new Visitor(app).signIn('target@la.example', 'a wrong password guess')).statusCode,
      );
    }
    assert.deepEqual([statuses[0], statuses[19], statuses[20]], [401, 401, 429]);
  });

  test('the audit log page lists changes and filters them', async () => {
    await addUser(services, { email: 'admin@la.example', role: 'admin' });
    const admin = new Visitor(app);
    await admin.signIn('admin@la.example');
    const all = await admin.get('/admin/audit');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /user\.add/);
    const filtered = await admin.get('/admin/audit?action=user.disable');
    assert.match(filtered.body, /1 entry/);
    assert.match(filtered.body, /leaver@la\.example/);
    const bad = await admin.get('/admin/audit?from=2026-02-31');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#from"/);
  });
});
