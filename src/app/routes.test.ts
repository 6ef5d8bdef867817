import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { addUser, buildTestApp, testSchool, Visitor } from './testing.ts';
import { isPermission } from './permissions.ts';
import { registerAuthorisation } from './plugins/authorise.ts';
import type { Services } from './services.ts';
import { establishments, trusts } from '../schools/schema.ts';

test('a route that declares no permission stops the app from starting', async () => {
  const app = Fastify();
  registerAuthorisation(app, {} as Services);
  assert.throws(() => app.get('/undeclared', () => 'x'), /declares no permission/);
  await app.close();
});

describeOnDatabases('app shell and permissions', (database) => {
  let app: FastifyInstance;
  let services: Services;

  test('every registered route declares a permission from the role table', async () => {
    ({ app, services } = await buildTestApp(database()));
    assert.ok(app.registeredRoutes.length >= 15, `only ${app.registeredRoutes.length} routes registered`);
    for (const route of app.registeredRoutes) {
      assert.ok(isPermission(route.permission), `${route.method} ${route.url} has no valid permission`);
    }
    // Only what a person needs before signing in is public.
    const publicRoutes = app.registeredRoutes
      .filter((r) => r.permission === 'public')
      .map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(publicRoutes.filter((r) => !r.startsWith('HEAD')).sort(), [
      'GET /api/docs',
      'GET /api/v1/openapi.json',
      'GET /assets/*',
      'GET /health',
      'GET /ready',
      // A one-time link's holder sets their password before they can sign in.
      'GET /set-password/:token',
      'GET /sign-in',
      'GET /sign-in/sso',
      'GET /sign-in/sso/callback',
      'POST /set-password/:token',
      'POST /sign-in',
    ]);
  });

  test('every non-public route refuses an anonymous request', async () => {
    for (const route of app.registeredRoutes) {
      if (route.permission === 'public' || route.method === 'HEAD') continue;
      const url = route.url.replace(':urn', '990001').replace(':id', '1');
      const response = await app.inject({ method: route.method as 'GET', url });
      if (url.startsWith('/api/')) assert.equal(response.statusCode, 401, `${route.method} ${url}`);
      else
        assert.ok(
          [303, 403].includes(response.statusCode),
          `${route.method} ${url} gave ${response.statusCode}`,
        );
    }
  });

  test('/health says the process answers; /ready that the database answers with every migration', async () => {
    const response = await app.inject('/health');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok' });
    const ready = await app.inject('/ready');
    assert.equal(ready.statusCode, 200);
    assert.deepEqual(ready.json(), {
      status: 'ready',
      database: 'up',
      migrations: 'applied',
      databaseKind: database().kind,
    });
  });

  test('/ready says 503 while a migration is missing', async () => {
    const { db } = database();
    const [newest] = await queryRows<{ id: number }>(
      db,
      sql`select id from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    assert.ok(newest);
    await db.execute(
      sql`update drizzle.__drizzle_migrations set created_at = created_at - 1 where id = ${newest.id}`,
    );
    try {
      const ready = await app.inject('/ready');
      assert.equal(ready.statusCode, 503);
      assert.equal(ready.json<{ migrations: string }>().migrations, 'pending');
    } finally {
      await db.execute(
        sql`update drizzle.__drizzle_migrations set created_at = created_at + 1 where id = ${newest.id}`,
      );
    }
  });

  test('an unknown page gets the accessible 404 page; an unknown API path gets problem+json', async () => {
    const page = await app.inject('/no-such-page');
    assert.equal(page.statusCode, 404);
    assert.match(page.body, /<h1 class="govuk-heading-l">Page not found<\/h1>/);
    const api = await app.inject('/api/v1/no-such-thing');
    assert.equal(api.statusCode, 404);
    assert.equal(api.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(api.json<{ status: number }>().status, 404);
  });

  test('pages carry security headers and council branding, never the crown', async () => {
    const page = await app.inject('/sign-in');
    assert.match(String(page.headers['content-security-policy']), /script-src 'self' 'nonce-/);
    assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    // The old header agrees with frame-ancestors 'none', and no page is kept by a browser or proxy.
    assert.equal(page.headers['x-frame-options'], 'DENY');
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.equal((await app.inject('/api/v1/openapi.json')).headers['cache-control'], 'no-store');
    assert.match(page.body, /Portsmouth City Council/);
    assert.match(page.body, /Beacon/);
    assert.doesNotMatch(page.body, /Crown copyright|govuk-logo|crown/i);
  });

  test('a school user sees their own school and gets 403 for another', async () => {
    await database()
      .db.insert(trusts)
      .values({ id: 'T1', name: 'Trust One', groupType: 'Multi-academy trust' });
    await database()
      .db.insert(establishments)
      .values([
        testSchool,
        {
          urn: 116002,
          name: 'Other Primary',
          laCode: '851',
          laName: 'Portsmouth',
          phase: 'Primary',
          establishmentType: 'Academy converter',
          trustId: 'T1',
        },
      ]);
    await addUser(services, { email: 'head@own.example', role: 'school_user', schoolUrn: 116001 });
    const head = new Visitor(app);
    assert.equal((await head.signIn('head@own.example')).statusCode, 303);
    assert.equal((await head.get('/schools/116001')).statusCode, 200);
    const other = await head.get('/schools/116002');
    assert.equal(other.statusCode, 403);
    assert.doesNotMatch(other.body, /Other Primary/);
    assert.equal((await head.get('/api/v1/schools/116002')).statusCode, 403);
    const list = await head.get('/api/v1/schools');
    assert.deepEqual(
      list.json<{ schools: { urn: number }[] }>().schools.map((s) => s.urn),
      [116001],
    );
  });

  test('a trust leader sees only the trust’s schools', async () => {
    await addUser(services, { email: 'ceo@trust.example', role: 'trust_leader', trustId: 'T1' });
    const ceo = new Visitor(app);
    await ceo.signIn('ceo@trust.example');
    assert.equal((await ceo.get('/api/v1/schools/116002')).statusCode, 200);
    assert.equal((await ceo.get('/api/v1/schools/116001')).statusCode, 403);
  });

  test('a role without the permission gets 403 on pages and the API, and nothing changes', async () => {
    await addUser(services, { email: 'officer@la.example', role: 'officer' });
    const officer = new Visitor(app);
    await officer.signIn('officer@la.example');
    assert.equal((await officer.get('/admin/audit')).statusCode, 403);
    assert.equal((await officer.get('/api/v1/users')).statusCode, 403);
    const before = (await services.users.list()).length;
    const token = await officer.csrfToken('/');
    const post = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: officer.sessionCookie, 'x-csrf-token': token },
      payload: { email: 'sneaky@la.example', name: 'S', role: 'admin', password: 'a long enough password' },
    });
    assert.equal(post.statusCode, 403);
    assert.equal((await services.users.list()).length, before);
  });

  test('the OpenAPI document describes the /api/v1 routes only', async () => {
    const response = await app.inject('/api/v1/openapi.json');
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    assert.equal(document.openapi, '3.1.0');
    const paths = Object.keys(document.paths);
    for (const p of [
      '/api/v1/me',
      '/api/v1/users',
      '/api/v1/tokens',
      '/api/v1/tokens/{id}',
      '/api/v1/schools/{urn}',
      '/api/v1/audit',
    ]) {
      assert.ok(paths.includes(p), `${p} missing from ${paths.join(', ')}`);
    }
    assert.ok(paths.every((p) => p.startsWith('/api/v1/')));
  });
});

describeOnDatabases('when the database stops answering', (database) => {
  test('pages show the 500 page without a stack trace, the API answers problem+json, /ready says 503', async () => {
    const { app, services } = await buildTestApp(database());
    await addUser(services, { email: 'officer@la.example' });
    const visitor = new Visitor(app);
    await visitor.signIn('officer@la.example');
    await database().close();

    const page = await visitor.get('/schools');
    assert.equal(page.statusCode, 500);
    assert.match(page.body, /Sorry, there is a problem with the service/);
    assert.doesNotMatch(page.body, /\bat .*\.ts:\d+|Error:|node_modules/);

    const api = await visitor.get('/api/v1/schools');
    assert.equal(api.statusCode, 500);
    const problem = api.json<{ detail: string }>();
    assert.equal(problem.detail, 'Something went wrong in Beacon. It has been logged.');

    // Alive, but not ready: a load balancer stops sending people here; a process manager leaves it be.
    assert.equal((await app.inject('/health')).statusCode, 200);
    const ready = await app.inject('/ready');
    assert.equal(ready.statusCode, 503);
    assert.deepEqual(ready.json(), {
      status: 'unavailable',
      database: 'down',
      migrations: 'unknown',
      databaseKind: database().kind,
    });
  });
});

describeOnDatabases('an error page in development mode', (database) => {
  test('shows no stack trace, file path or SQL either: what broke is in the log', async () => {
    const { app, services } = await buildTestApp(database(), { NODE_ENV: 'development' });
    await addUser(services, { email: 'developer@la.example', role: 'admin' });
    const visitor = new Visitor(app);
    await visitor.signIn('developer@la.example');
    await database().close();
    const page = await visitor.get('/schools');
    assert.equal(page.statusCode, 500);
    assert.match(page.body, /Sorry, there is a problem with the service/);
    assert.doesNotMatch(page.body, /\bat .*\.ts:\d+|Error:|node_modules|\/src\/|select |beacon-stack/i);
  });
});

describeOnDatabases('addresses that cannot exist', (database) => {
  test('/schools/abc is a page not found, in words, not the validator’s; the API keeps its 400', async () => {
    const { app, services } = await buildTestApp(database());
    await addUser(services, { email: 'officer@la.example' });
    const visitor = new Visitor(app);
    await visitor.signIn('officer@la.example');
    for (const url of ['/schools/abc', '/schools/12.5/results', '/plans/x']) {
      const page = await visitor.get(url);
      assert.equal(page.statusCode, 404, url);
      assert.match(page.body, /Page not found/, url);
      assert.doesNotMatch(page.body, /Invalid input|params\/|NaN/, url);
    }
    const api = await visitor.get('/api/v1/schools/abc');
    assert.equal(api.statusCode, 400);
    await app.close();
  });
});
