import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp } from './testing.ts';
import { apiTwins, isDownload } from './apiTwins.ts';

const changes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describeOnDatabases('the API is the web’s twin', (database) => {
  let app: FastifyInstance;

  test('every page and every form has its API twin, or says why not', async () => {
    ({ app } = await buildTestApp(database()));
    const web = app.registeredRoutes.filter(
      (r) =>
        r.method !== 'HEAD' && r.permission !== 'public' && !r.url.startsWith('/api/') && !isDownload(r.url),
    );
    assert.ok(web.length > 100, `only ${String(web.length)} web routes`);
    const missing = web.map((r) => `${r.method} ${r.url}`).filter((key) => !(key in apiTwins));
    assert.deepEqual(missing, [], 'web routes with no twin named in src/app/apiTwins.ts');
  });

  test('each named twin is an API route; a change’s twin asks for the same permission', async () => {
    const routes = new Map(app.registeredRoutes.map((r) => [`${r.method} ${r.url}`, r]));
    for (const [webKey, twin] of Object.entries(apiTwins)) {
      const page = routes.get(webKey);
      assert.ok(page, `${webKey} is named but is not a route`);
      if (typeof twin !== 'string') continue;
      const api = routes.get(twin);
      assert.ok(api, `${webKey}: its twin ${twin} is not a route`);
      assert.ok(twin.split(' ')[1]?.startsWith('/api/v1/'), `${twin} is not in the API`);
      if (changes.has(page.method))
        assert.equal(api.permission, page.permission, `${webKey} and ${twin} ask for different permissions`);
    }
  });

  test('every change on the web is a change in the API', () => {
    for (const [webKey, twin] of Object.entries(apiTwins)) {
      if (typeof twin !== 'string' || !changes.has(webKey.split(' ')[0] ?? '')) continue;
      assert.ok(changes.has(twin.split(' ')[0] ?? ''), `${webKey}'s twin ${twin} changes nothing`);
    }
  });
});
