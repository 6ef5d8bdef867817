import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { addUser, buildTestApp, pageText, testOperator, Visitor } from '../app/testing.ts';
import type { Services } from '../app/services.ts';

// Tokens fit for machines: narrower than their account, expiring, shown once, their last use
// recorded, and managed on the web by their owner and by administrators.
describeOnDatabases('API tokens', (database) => {
  let app: FastifyInstance;
  let services: Services;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const auditCount = async () => (await services.audit.list({ page: 1, pageSize: 1 })).total;
  const tokenRows = async () =>
    (await queryRows<{ n: number }>(database().db, sql`select count(*)::int as n from api_tokens`))[0]?.n;

  test('a read-only token reads and is refused any change with 403', async () => {
    ({ app, services } = await buildTestApp(database()));
    await addUser(services, { email: 'officer@la.example' });
    await addUser(services, { email: 'admin@la.example', role: 'admin' });
    const { token } = await services.tokens.create(testOperator, 'officer@la.example', {
      name: 'Dashboard',
      readOnly: true,
    });
    assert.equal(
      (await app.inject({ url: '/api/v1/notifications', headers: bearer(token) })).statusCode,
      200,
    );
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: bearer(token),
    });
    assert.equal(write.statusCode, 403);
    assert.equal(
      write.json<{ detail: string }>().detail,
      'This token may only read: it cannot change anything.',
    );
  });

  test('a token past its expiry gets 401 saying when it expired', async () => {
    const { token, id } = await services.tokens.create(testOperator, 'officer@la.example', {
      name: 'Old',
      readOnly: false,
      expiresInDays: 30,
    });
    // Made some time ago, say: its expiry has passed.
    await database().db.execute(
      sql`update api_tokens set expires_at = '2026-01-31T12:00:00Z' where id = ${id}`,
    );
    const expired = await app.inject({ url: '/api/v1/me', headers: bearer(token) });
    assert.equal(expired.statusCode, 401);
    assert.match(expired.json<{ detail: string }>().detail, /expired on 2026-01-31: make a new one/);
    const listed = (await services.tokens.list()).find((t) => t.id === id);
    assert.equal(listed?.state, 'expired');
  });

  test('a token limited to named permissions may use only those', async () => {
    const { token } = await services.tokens.create(testOperator, 'officer@la.example', {
      name: 'Register only',
      readOnly: true,
      permissions: ['schools:read'],
    });
    assert.equal((await app.inject({ url: '/api/v1/schools', headers: bearer(token) })).statusCode, 200);
    assert.equal((await app.inject({ url: '/api/v1/me', headers: bearer(token) })).statusCode, 200);
    const plans = await app.inject({ url: '/api/v1/plans', headers: bearer(token) });
    assert.equal(plans.statusCode, 403);
    assert.match(plans.json<{ detail: string }>().detail, /^This token may not read /);
  });

  test('a token cannot be given a permission its account lacks, nor make a wider token', async () => {
    const before = await tokenRows();
    const { token: own } = await services.tokens.create(testOperator, 'officer@la.example', {
      name: 'Own',
      readOnly: false,
    });
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: bearer(own),
      payload: { name: 'Wider', readOnly: false, permissions: ['users:manage'] },
    });
    assert.equal(refused.statusCode, 400);
    const [problem] = refused.json<{ errors: { pointer: string; message: string }[] }>().errors;
    assert.equal(problem?.pointer, '/permissions');
    assert.equal(
      problem.message,
      'Choose only what the account may do: it may not add, change and disable accounts',
    );

    const { token: narrow } = await services.tokens.create(testOperator, 'officer@la.example', {
      name: 'Narrow',
      readOnly: false,
      permissions: ['plans:edit'],
    });
    const minted = await app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: bearer(narrow),
      payload: { name: 'Everything', readOnly: false },
    });
    assert.equal(minted.statusCode, 403);
    assert.equal(await tokenRows(), (before ?? 0) + 2, 'only the two made by the operator');
  });

  test('a token’s last use is recorded', async () => {
    const { token, id } = await services.tokens.create(testOperator, 'officer@la.example', {
      name: 'Used',
      readOnly: true,
    });
    const used = () => services.tokens.list().then((all) => all.find((t) => t.id === id)?.lastUsedAt);
    assert.equal(await used(), null);
    await app.inject({ url: '/api/v1/me', headers: bearer(token) });
    assert.ok(await used());
  });

  test('a person makes a token on their account page, sees it once, and revokes it', async () => {
    const officer = new Visitor(app);
    await officer.signIn('officer@la.example');
    const csrf = await officer.csrfToken('/account/tokens/new');
    const auditBefore = await auditCount();
    const missing = await officer.postForm('/account/tokens/new', { _csrf: csrf, name: ' ' });
    assert.equal(missing.statusCode, 400);
    assert.match(pageText(missing.body), /Say what the token is for/);
    assert.match(pageText(missing.body), /Say whether the token may change things/);
    assert.equal(await auditCount(), auditBefore, 'a refused form changes nothing');

    const made = await officer.postForm('/account/tokens/new', {
      _csrf: csrf,
      name: 'Power BI dashboard',
      access: 'read',
      permissions: ['schools:read', 'performance:read'],
      expires: '30',
    });
    assert.equal(made.statusCode, 200);
    const token = /<code id="token">(bcn_[\w-]+)<\/code>/.exec(made.body)?.[1];
    assert.ok(token, 'the new token is shown');
    assert.match(pageText(made.body), /may only read, limited to 2 permissions, and stops working on/);
    assert.equal((await app.inject({ url: '/api/v1/schools', headers: bearer(token) })).statusCode, 200);

    const account = await officer.get('/account');
    assert.match(pageText(account.body), /Power BI dashboard/);
    assert.ok(!account.body.includes(token), 'never shown again');
    const id = (await services.tokens.list()).find((t) => t.name === 'Power BI dashboard')?.id;
    const revoked = await officer.postForm(`/account/tokens/${String(id)}/revoke`, { _csrf: csrf });
    assert.equal(revoked.statusCode, 303);
    assert.equal((await app.inject({ url: '/api/v1/schools', headers: bearer(token) })).statusCode, 401);
    const actions = (await services.audit.list({ page: 1, pageSize: 2 })).rows.map((r) => r.action);
    assert.deepEqual(actions.sort(), ['token.create', 'token.revoke']);
  });

  test('a person cannot revoke another’s token; an administrator sees and revokes any', async () => {
    const { id } = await services.tokens.create(testOperator, 'admin@la.example', {
      name: 'Admin’s',
      readOnly: true,
    });
    const officer = new Visitor(app);
    await officer.signIn('officer@la.example');
    const csrf = await officer.csrfToken('/account');
    const before = await auditCount();
    assert.equal(
      (await officer.postForm(`/account/tokens/${String(id)}/revoke`, { _csrf: csrf })).statusCode,
      404,
    );
    assert.equal((await officer.get('/admin/tokens')).statusCode, 403);
    assert.equal(await auditCount(), before);

    const admin = new Visitor(app);
    await admin.signIn('admin@la.example');
    const page = await admin.get('/admin/tokens');
    assert.match(pageText(page.body), /Power BI dashboard .*officer \(officer@la\.example\)/);
    const adminCsrf = await admin.csrfToken('/admin/tokens');
    const officersToken = (await services.tokens.list()).find(
      (t) => t.email === 'officer@la.example' && t.state === 'works',
    );
    const revoke = await admin.postForm(`/admin/tokens/${String(officersToken?.id)}/revoke`, {
      _csrf: adminCsrf,
    });
    assert.equal(revoke.statusCode, 303);
    assert.equal((await services.tokens.list()).find((t) => t.id === officersToken?.id)?.state, 'revoked');
  });
});
