import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { addUser, buildTestApp, pageText, testOperator, testSchool, Visitor } from './testing.ts';
import type { Services } from './services.ts';
import { establishments } from '../schools/schema.ts';
import { apiTwins, isDownload } from './apiTwins.ts';

const changes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describeOnDatabases('the API is the web’s twin', (database) => {
  let app: FastifyInstance;
  let services: Services;

  test('every page and every form has its API twin, or says why not', async () => {
    ({ app, services } = await buildTestApp(database()));
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

  // A form and its twin refuse the same input in the same words, and record the same change.
  type Pair = {
    what: string;
    form: { url: string; body: Record<string, string> };
    api: { url: string; body: Record<string, unknown> };
    good: Record<string, unknown>;
    refusals: string[];
    audit: string;
  };
  const pairs: Pair[] = [
    {
      what: 'soft intelligence about a school',
      form: {
        url: `/schools/${String(testSchool.urn)}/intelligence`,
        body: { kind: 'governance', notedOn: '2017-02-30', note: ' ' },
      },
      api: {
        url: `/api/v1/schools/${String(testSchool.urn)}/intelligence`,
        body: { kind: 'governance', notedOn: '2017-02-30', note: ' ' },
      },
      good: { kind: 'governance', notedOn: '2017-02-01', note: 'The chair of governors has resigned' },
      refusals: ['Enter a real date, with the day, month and year', 'Say what is known'],
      audit: 'concern.intelligenceRecorded',
    },
    {
      what: 'a support visit',
      form: {
        url: `/schools/${String(testSchool.urn)}/visits`,
        body: { visitOn: '2017-03-01', days: '0.3', purpose: '' },
      },
      api: {
        url: `/api/v1/schools/${String(testSchool.urn)}/visits`,
        body: { visitOn: '2017-03-01', days: 0.3, purpose: '' },
      },
      good: { visitOn: '2017-03-01', days: 1, purpose: 'Review of the maths action plan' },
      refusals: ['Give days in halves: 0.5, 1, 1.5 …', 'Say what the visit is for'],
      audit: 'concern.visitPlanned',
    },
  ];
  for (const pair of pairs)
    test(`${pair.what}: the form and the API refuse in the same words and audit the same change`, async () => {
      if (!(await services.schools.schoolExists(testSchool.urn)))
        await database().db.insert(establishments).values(testSchool);
      await addUser(services, { email: `officer-${pair.audit}@la.example` });
      const officer = new Visitor(app);
      await officer.signIn(`officer-${pair.audit}@la.example`);
      const csrf = await officer.csrfToken(`/schools/${String(testSchool.urn)}/concern`);
      const page = pageText((await officer.postForm(pair.form.url, { _csrf: csrf, ...pair.form.body })).body);
      const { token } = await services.tokens.create(testOperator, `officer-${pair.audit}@la.example`, {
        name: 'Twin',
        readOnly: false,
      });
      const headers = { authorization: `Bearer ${token}` };
      const refused = await app.inject({
        method: 'POST',
        url: pair.api.url,
        headers,
        payload: pair.api.body,
      });
      assert.equal(refused.statusCode, 400);
      const messages = refused.json<{ errors: { message: string }[] }>().errors.map((e) => e.message);
      for (const words of pair.refusals) {
        assert.ok(page.includes(words), `the page says “${words}”`);
        assert.ok(messages.includes(words), `the API says “${words}”: ${messages.join('; ')}`);
      }
      const made = await app.inject({ method: 'POST', url: pair.api.url, headers, payload: pair.good });
      assert.equal(made.statusCode, 201);
      const [entry] = (await services.audit.list({ action: pair.audit, page: 1, pageSize: 1 })).rows;
      assert.equal(entry?.actorLabel, `officer-${pair.audit.toLowerCase()}@la.example`);
    });
});
