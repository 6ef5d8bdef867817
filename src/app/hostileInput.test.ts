import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, Visitor } from './testing.ts';
import { loadDemo } from '../demo/load.ts';
import { demoAccounts } from '../demo/accounts.ts';

// No request may stop the server or get a 500: hostile values go through every parameter of every
// route (path, query string and body, as each route's schema names them), and the server must
// answer each with a 4xx or a page, and still answer /health after.

const hostile: Record<string, string> = {
  'a carriage return': '/\r',
  'a line feed': '/\n',
  'a CR LF and a header': '/\r\nSet-Cookie: x=1',
  'a NUL byte': 'a\u0000',
  'a character beyond Latin-1': '/Ŵ',
  'an emoji': '/🙂',
  'a very long value': `/${'a'.repeat(20_000)}`,
  'a path traversal': '../../../../etc/passwd',
  'a huge number': '99999999999999999999999999',
  'a tab then another site': '/\t/evil.example',
};

const admin = demoAccounts.find((a) => a.role === 'admin');
const school = demoAccounts.find((a) => a.role === 'school_user');

describeOnDatabases('hostile input', (database) => {
  let app: FastifyInstance;
  let base: string;
  let adminVisitor: Visitor;
  let adminToken: string;

  before(async () => {
    // One visitor tries every route many times: more than a person's allowance a minute.
    const built = await buildTestApp(database(), { BEACON_API_REQUESTS_PER_MINUTE: '100000' });
    app = built.app;
    await loadDemo(built.services);
    adminVisitor = new Visitor(app);
    await adminVisitor.signIn(admin?.email ?? '', admin?.password);
    adminToken = await adminVisitor.csrfToken('/');
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await app.close();
  });

  const alive = async () => (await fetch(`${base}/health`)).status;

  test('every parameter that reaches a header, through a real connection: answered, and the server lives', async () => {
    const signedIn = new Visitor(app);
    await signedIn.signIn(school?.email ?? '', school?.password);
    for (const [name, value] of Object.entries(hostile)) {
      const v = encodeURIComponent(value);
      const attempts: { what: string; response: () => Promise<Response> }[] = [
        {
          what: 'returnTo, signed in',
          response: () =>
            fetch(`${base}/sign-in?returnTo=${v}`, {
              headers: { cookie: signedIn.sessionCookie },
              redirect: 'manual',
            }),
        },
        {
          what: 'returnTo, before signing in',
          response: () => fetch(`${base}/sign-in?returnTo=${v}`, { redirect: 'manual' }),
        },
        {
          what: 'returnTo, at the moment of signing in',
          response: async () => {
            const visitor = new Visitor(app);
            const token = await visitor.csrfToken('/sign-in');
            return fetch(`${base}/sign-in`, {
              method: 'POST',
              redirect: 'manual',
              headers: {
                cookie: visitor.sessionCookie,
                'content-type': 'application/x-www-form-urlencoded',
              },
              body: new URLSearchParams({
                _csrf: token,
                email: school?.email ?? '',
                password: school?.password ?? '',
                returnTo: value,
              }).toString(),
            });
          },
        },
        {
          what: 'single sign-on returnTo',
          response: () => fetch(`${base}/sign-in/sso?returnTo=${v}`, { redirect: 'manual' }),
        },
        {
          what: 'a signed-out visit remembered for after sign-in',
          response: () => fetch(`${base}/schools/${v}`, { redirect: 'manual' }),
        },
        {
          what: 'a download named after its LA',
          response: () =>
            fetch(`${base}/concern/report.xlsx?la=${v}`, {
              headers: { cookie: adminVisitor.sessionCookie },
              redirect: 'manual',
            }),
        },
        {
          what: 'a redirect to an LA’s results',
          response: () =>
            fetch(`${base}/areas?la=${v}`, {
              headers: { cookie: adminVisitor.sessionCookie },
              redirect: 'manual',
            }),
        },
      ];
      for (const attempt of attempts) {
        const response = await attempt.response();
        assert.ok(response.status < 500, `${attempt.what} with ${name}: ${String(response.status)}`);
        const location = response.headers.get('location');
        if (location !== null) {
          assert.ok(location.startsWith('/'), `${attempt.what} with ${name} went to ${location}`);
          assert.ok(!location.startsWith('//'), `${attempt.what} with ${name} went to ${location}`);
        }
        assert.equal(await alive(), 200, `the server after ${attempt.what} with ${name}`);
      }
    }
  });

  test('every route’s every parameter with every hostile value: no 500, and the server lives', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const route of app.registeredRoutes) {
      // Signing out would end the administrator's session for the rest of the sweep.
      if (route.method === 'HEAD' || route.url === '/sign-out' || route.url === '/assets/*') continue;
      for (const [name, value] of Object.entries(hostile)) {
        const v = encodeURIComponent(value);
        const url = route.url.replace(/:\w+/g, v);
        const query = route.queryFields.map((f) => `${f}=${v}`).join('&');
        const body = Object.fromEntries(route.bodyFields.filter((f) => f !== '_csrf').map((f) => [f, value]));
        const response = await app.inject({
          method: route.method as 'GET',
          url: query ? `${url}?${query}` : url,
          headers: {
            cookie: adminVisitor.sessionCookie,
            ...(route.method === 'GET' ? {} : { 'x-csrf-token': adminToken }),
            ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }),
          },
          ...(route.method === 'GET' ? {} : { payload: JSON.stringify(body) }),
        });
        sent += 1;
        if (response.statusCode >= 500)
          failures.push(`${route.method} ${route.url} with ${name}: ${String(response.statusCode)}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(sent > 500, `only ${String(sent)} requests sent`);
    assert.equal(await alive(), 200);
  });

  test('a broken multipart body is a clear 400, not a 500', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/admin/imports',
      headers: {
        cookie: adminVisitor.sessionCookie,
        'x-csrf-token': adminToken,
        'content-type': 'multipart/form-data; boundary=----broken',
      },
      payload: '------broken\r\nContent-Disposition: form-data; name="kind"\r\n\r\nlait\u0000',
    });
    assert.equal(response.statusCode, 400);
    assert.equal(await alive(), 200);
  });

  test('a NUL in an address is a 400 with a message a person can act on', async () => {
    for (const url of ['/trusts/%00', '/schools?q=a%00', '/api/v1/indicators/%00']) {
      const response = await adminVisitor.get(url);
      assert.equal(response.statusCode, 400, url);
      assert.match(response.body, /NUL character/, url);
    }
  });
});
