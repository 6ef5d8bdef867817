import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, testOperator, Visitor } from '../app/testing.ts';
import { loadDemo } from '../demo/load.ts';
import type { Services } from '../app/services.ts';

type Count = { good: number; graded: number; percent: number | null };
type LandscapeBody = {
  la: { code: string; name: string };
  at: string;
  compareWith: string;
  openSchools: number;
  byPhase: { phaseGroup: string; n: number }[];
  academies: {
    n: number;
    percentOfSchools: number;
    inMultiAcademyTrusts: number;
    multiAcademyTrusts: number;
  };
  goodOrOutstanding: {
    byPhase: { phaseGroup: string; at: Count; compareWith: Count }[];
    total: { at: Count; compareWith: Count };
  };
};
type SchoolsBody = {
  total: number;
  page: number;
  pageSize: number;
  schools: { urn: number; name: string; currentGrade: number | null }[];
};

// The register's API and pages over the demonstration register, which is built from the seeds.
describeOnDatabases('schools register API and pages', (database) => {
  let app: FastifyInstance;
  let services: Services;
  const tokens: Record<string, string> = {};
  // The caller names the response shape it expects; the assertions then check it.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  async function get<T>(who: string, url: string): Promise<{ status: number; body: T }> {
    const response = await app.inject({ url, headers: { authorization: `Bearer ${tokens[who] ?? ''}` } });
    return { status: response.statusCode, body: response.json<T>() };
  }

  test('the demonstration register loads', async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    for (const who of ['officer', 'school', 'trust', 'board']) {
      tokens[who] = (await services.tokens.create(testOperator, `${who}@beacon.example`)).token;
    }
    const { body } = await get<SchoolsBody>('officer', '/api/v1/schools?pageSize=1');
    assert.equal(body.total, 63 + 94);
  });

  test('a page of 100,000 schools is given the largest page there is, and says what that is', async () => {
    const { status, body } = await get<SchoolsBody & { maxPageSize: number }>(
      'officer',
      '/api/v1/schools?pageSize=100000',
    );
    assert.equal(status, 200);
    assert.deepEqual([body.pageSize, body.maxPageSize], [500, 500]);
    assert.equal(body.schools.length, Math.min(500, body.total));
  });

  test('seed 003: Plymouth’s Ofsted table at September 2014 and September 2015, exactly', async () => {
    const { status, body } = await get<LandscapeBody>(
      'board',
      '/api/v1/landscape?la=879&at=2015-09-01&compareWith=2014-09-01',
    );
    assert.equal(status, 200);
    const rows = body.goodOrOutstanding.byPhase.map((r) => [
      r.phaseGroup,
      `${r.compareWith.good}/${r.compareWith.graded} = ${r.compareWith.percent}%`,
      `${r.at.good}/${r.at.graded} = ${r.at.percent}%`,
    ]);
    assert.deepEqual(rows, [
      ['Primary', '51/67 = 76%', '54/70 = 77%'],
      ['Secondary', '12/16 = 75%', '12/16 = 75%'],
      ['Special', '7/8 = 88%', '7/8 = 88%'],
    ]);
    const { at, compareWith } = body.goodOrOutstanding.total;
    assert.deepEqual([compareWith.good, compareWith.graded, compareWith.percent], [70, 91, 77]);
    assert.deepEqual([at.good, at.graded, at.percent], [73, 94, 78]);
  });

  test('seed 001: Portsmouth has a third academies, 21 of them in 11 MATs, and ten secondaries', async () => {
    const { body } = await get<LandscapeBody>('officer', '/api/v1/landscape?la=851&at=2016-09-01');
    assert.equal(body.compareWith, '2015-09-01');
    assert.deepEqual(body.academies, {
      n: 21,
      percentOfSchools: 33,
      inMultiAcademyTrusts: 21,
      multiAcademyTrusts: 11,
    });
    assert.equal(body.byPhase.find((p) => p.phaseGroup === 'Secondary')?.n, 10);
    const maintainedSecondariesRequiringImprovement = await get<SchoolsBody>(
      'officer',
      '/api/v1/schools?la=851&phase=Secondary&grade=3&pageSize=50',
    );
    const names = maintainedSecondariesRequiringImprovement.body.schools.map((s) => s.name);
    assert.equal(names.length, 3, names.join(', ')); // two maintained, one academy
    assert.equal(names.filter((n) => !n.endsWith('Academy')).length, 2);
  });

  test('search filters, pages and counts', async () => {
    const byName = await get<SchoolsBody>('officer', '/api/v1/schools?q=harbourside');
    assert.deepEqual(
      byName.body.schools.map((s) => s.urn),
      [990001],
    );
    const byUrn = await get<SchoolsBody>('officer', '/api/v1/schools?q=990004');
    assert.deepEqual(
      byUrn.body.schools.map((s) => s.name),
      ['Hilsea Lines Academy'],
    );
    const trust = await get<SchoolsBody>('officer', '/api/v1/schools?trust=DEMO-T1');
    assert.equal(trust.body.total, 4);
    const page1 = await get<SchoolsBody>('officer', '/api/v1/schools?la=879&pageSize=40');
    const page3 = await get<SchoolsBody>('officer', '/api/v1/schools?la=879&pageSize=40&page=3');
    assert.deepEqual([page1.body.total, page1.body.schools.length, page3.body.schools.length], [94, 40, 14]);
    assert.equal(new Set([...page1.body.schools, ...page3.body.schools].map((s) => s.urn)).size, 54);
    const closed = await get<SchoolsBody>('officer', '/api/v1/schools?status=closed');
    assert.equal(closed.body.total, 0);
    const bad = await get<{ detail?: string }>('officer', '/api/v1/schools?grade=5');
    assert.equal(bad.status, 400);
  });

  test('a school user sees only their own school; a trust leader only their trust', async () => {
    const own = await get<SchoolsBody>('school', '/api/v1/schools');
    assert.deepEqual(
      own.body.schools.map((s) => s.urn),
      [990001],
    );
    assert.equal((await get('school', '/api/v1/schools/990002')).status, 403);
    assert.equal((await get('school', '/api/v1/trusts/DEMO-T1')).status, 403);
    assert.equal((await get('school', '/api/v1/landscape?la=851')).status, 403);
    const trust = await get<SchoolsBody>('trust', '/api/v1/schools');
    assert.equal(trust.body.total, 4);
    assert.equal((await get('trust', '/api/v1/trusts/DEMO-T1')).status, 200);
    assert.equal((await get('trust', '/api/v1/trusts/DEMO-T2')).status, 403);
  });

  test('a school’s facts, trust history, links and inspections', async () => {
    const { status, body } = await get<{
      trust: { id: string } | null;
      memberships: { groupId: string; joinedOn: string | null }[];
      inspections: { inspectedOn: string; judgement: string }[];
      currentGrade: number | null;
    }>('officer', '/api/v1/schools/990004');
    assert.equal(status, 200);
    assert.equal(body.trust?.id, 'DEMO-T1');
    assert.equal(body.memberships[0]?.groupId, 'DEMO-T1');
    assert.equal(body.inspections.length, 2);
    assert.equal(body.currentGrade, 2);
    assert.equal((await get('officer', '/api/v1/schools/123456')).status, 404);
  });

  test('the landscape refuses an impossible date and an unknown LA', async () => {
    assert.equal((await get('officer', '/api/v1/landscape?la=851&at=2015-02-30')).status, 400);
    assert.equal((await get('officer', '/api/v1/landscape?la=85')).status, 400);
    assert.equal((await get('officer', '/api/v1/landscape?la=999')).status, 404);
  });

  test('the pages: search, school, trust and landscape, each checked for its figures', async () => {
    const visitor = new Visitor(app);
    await visitor.signIn('officer@beacon.example', 'demo-officer-password');
    const search = await visitor.get('/schools?la=851&phase=Secondary');
    assert.equal(search.statusCode, 200);
    assert.match(search.body, /10 schools/);
    const school = await visitor.get('/schools/990006');
    assert.match(school.body, /Portsdown Hill School/);
    assert.match(school.body, /Current grade: <strong>3 Requires improvement<\/strong>/);
    const trust = await visitor.get('/trusts/DEMO-T1');
    assert.match(trust.body, /4 schools/);
    const landscape = await visitor.get('/landscape?la=879&at=2015-09-01&compareWith=2014-09-01');
    assert.equal(landscape.statusCode, 200);
    assert.match(landscape.body, /Plymouth: educational landscape/);
    const badDate = await visitor.get('/landscape?la=879&at=2015-13-01');
    assert.equal(badDate.statusCode, 400);
    assert.match(badDate.body, /Date: Enter a real date, with the day, month and year/);
    const template = await visitor.get('/admin/imports/schools-template.csv');
    assert.equal(template.statusCode, 200);
    assert.match(template.body, /^urn,name,la_code,la_name,type,phase,status,/);
    const uploadPage = await visitor.get('/admin/imports');
    for (const kind of [
      'GIAS establishments',
      'DfE school list (spine)',
      'Ofsted inspection history',
      'GIAS links',
      'Beacon schools template',
    ]) {
      assert.ok(uploadPage.body.includes(kind), kind);
    }
    const badFilter = await visitor.get('/schools?grade=9');
    assert.equal(badFilter.statusCode, 400);
    assert.match(badFilter.body, /There is a problem/);
  });
});
