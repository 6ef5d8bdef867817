import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, Visitor } from './testing.ts';
import { loadDemo } from '../demo/load.ts';
import { demoAccounts } from '../demo/accounts.ts';
import { roleHasPermission } from './permissions.ts';
import { roles, type Role } from '../access/roles.ts';
import { routeSamples, type Target } from './routeSamples.testing.ts';

// Every route × every role × its own and another school or trust, with the status each must get.
// The routes come from the app's own route table; each needs a row in routeSamples.ts, so a route
// added without one fails here. What a role may do comes from the one role → permission table; a
// school user and a trust leader are then held to their own school or trust by the scope rules.

const scopedRoles: ReadonlySet<Role> = new Set(['school_user', 'trust_leader']);

/** The status a role must get: refused without the permission, or outside its scope; else the row's. */
function expected(role: Role, permission: Parameters<typeof roleHasPermission>[1], sample: Target) {
  if (!roleHasPermission(role, permission)) return 403;
  if (sample.target === 'other' && scopedRoles.has(role)) return sample.otherStatus ?? 403;
  return sample.statusFor?.[role] ?? sample.status;
}

describeOnDatabases('authorisation matrix', (database) => {
  let app: FastifyInstance;
  const visitors = new Map<Role, Visitor>();
  const tokens = new Map<Role, string>();

  before(async () => {
    // One visitor tries every route many times: more than a person's allowance a minute.
    const built = await buildTestApp(database(), { BEACON_API_REQUESTS_PER_MINUTE: '100000' });
    app = built.app;
    await loadDemo(built.services);
    for (const account of demoAccounts) {
      const visitor = new Visitor(app);
      await visitor.signIn(account.email, account.password);
      visitors.set(account.role, visitor);
      tokens.set(account.role, await visitor.csrfToken('/'));
    }
  });

  // The app holds Chromium once a PDF is printed: closed, the test file can end.
  after(async () => {
    await app.close();
  });

  test('every route has a row of samples, and every row names a route', () => {
    const routes = new Set(
      app.registeredRoutes.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`),
    );
    const missing = [...routes].filter((r) => !(r in routeSamples));
    assert.deepEqual(missing, [], 'routes without a row in routeSamples.ts');
    const stale = Object.keys(routeSamples).filter((r) => !routes.has(r));
    assert.deepEqual(stale, [], 'rows in routeSamples.ts for routes that no longer exist');
  });

  test('each role gets the status the permission table and its scope say, on every route', async () => {
    const wrong: string[] = [];
    let checked = 0;
    const requests = app.registeredRoutes
      .filter((route) => route.method !== 'HEAD' && route.permission !== 'public')
      .flatMap((route) =>
        (routeSamples[`${route.method} ${route.url}`] ?? []).map((sample) => ({ route, sample })),
      )
      .sort((a, b) => Number(a.sample.endsSession ?? false) - Number(b.sample.endsSession ?? false));
    for (const { route, sample } of requests) {
      {
        for (const role of roles) {
          const visitor = visitors.get(role);
          assert.ok(visitor);
          const url = sample.url(role);
          const response = await app.inject({
            method: route.method as 'GET',
            url,
            headers: {
              cookie: visitor.sessionCookie,
              ...(route.method === 'GET' ? {} : { 'x-csrf-token': tokens.get(role) ?? '' }),
              ...(sample.body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            ...(sample.body === undefined ? {} : { payload: JSON.stringify(sample.body) }),
          });
          checked += 1;
          const want = expected(role, route.permission, sample);
          if (response.statusCode !== want)
            wrong.push(
              `${role} ${route.method} ${url} (${sample.target}): ${response.statusCode}, not ${want}`,
            );
        }
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(checked > 500, `only ${String(checked)} requests checked`);
  });
});
