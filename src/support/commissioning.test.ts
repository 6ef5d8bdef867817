import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { and, count, eq } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, testOperator, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { loadDemo } from '../demo/load.ts';
import { auditLog } from '../access/schema.ts';
import { indicatorValues } from '../performance/schema.ts';
import { establishments } from '../schools/schema.ts';
import {
  commissionedWork,
  commissioningPlans,
  programmeSchools,
  programmeSessions,
  programmes,
  qualityReviews,
} from './schema.ts';

// SPEC C6, 2, 3, 6, 7, 8 and 9 on the demonstration: the 2016/17 commissioning plan, Challenge the
// Gap (seed 000 4.2: at least ten schools, six workshops), quality assurance, the RSC referral's
// record of support, and the impact report worked from figures written here.

describeOnDatabases('commissioning, programmes, quality and impact (SPEC C6)', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  let leader: Visitor;
  let challenge: number;
  const counts = async () => {
    const db = database().db;
    const [plans, lines, all, schools, sessions, quality, audit] = await Promise.all([
      db.select({ n: count() }).from(commissioningPlans),
      db.select({ n: count() }).from(commissionedWork),
      db.select({ n: count() }).from(programmes),
      db.select({ n: count() }).from(programmeSchools),
      db.select({ n: count() }).from(programmeSessions),
      db.select({ n: count() }).from(qualityReviews),
      db.select({ n: count() }).from(auditLog),
    ]);
    return [plans, lines, all, schools, sessions, quality, audit].map((rows) => rows[0]?.n ?? 0);
  };

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
    leader = new Visitor(app);
    await leader.signIn('leader@beacon.example', 'demo-leader-password');
    challenge = (await services.programmes.list()).find((p) => p.name === 'Challenge the Gap')?.id ?? 0;
  });

  after(async () => {
    await app.close();
  });

  test('Challenge the Gap as seed 000 4.2 asks: ten or more schools, six workshops, its KPI and attendance', async () => {
    const programme = await services.programmes.programme(challenge);
    assert.equal(programme.schools.length >= 10, true, `${String(programme.schools.length)} schools`);
    assert.deepEqual(
      programme.sessions.map((s) => s.heldOn.slice(0, 7)),
      ['2016-06', '2016-09', '2016-11', '2017-01', '2017-03', '2017-06'],
    );
    // Each of the 12 schools misses one workshop of six: 60 of 72 places taken.
    assert.equal(programme.attendanceRate, 60 / 72);
    assert.deepEqual(
      programme.kpis.map((k) => k.measure),
      ['KS2 reading, writing and maths at the expected standard'],
    );
    const page = await officer.get(`/support/programmes/${String(challenge)}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Schools taking part \(12\)/);
    assert.match(page.body, /Sessions \(6\)/);
    assert.match(page.body, /Effective<\/strong>/);
  });

  test('the 2016/17 commissioning plan: its lines, the priorities they serve, budget by funder, and its approval', async () => {
    const plan = await services.commissioning.plan(2016);
    assert.equal(plan.name, '2016/17');
    assert.equal(plan.lines.length, 5);
    assert.equal(plan.total, 120000 + 36000 + 9000 + 8000 + 0);
    assert.deepEqual(
      plan.lines.map((l) => l.serves?.split(':')[0]),
      ['Action 4.2', 'Action 1.4', 'Action 4.1', 'Action 1.2', 'Action 1.4'],
    );
    assert.equal(
      plan.lines.find((l) => l.providerKind === 'system leader')?.provider,
      'National Leader of Education (demonstration)',
    );
    assert.equal(
      plan.approval?.reference,
      'Portsmouth Education Partnership Executive Board (demonstration)',
    );
    const page = await officer.get('/support/commissioning/2016');
    assert.match(page.body, /£173,000/);
    const csv = await officer.get('/support/commissioning/2016/download?table=commissioning&format=csv');
    assert.equal(csv.statusCode, 200);
    assert.match(
      csv.body,
      /^Challenge the Gap,Action 4\.2: Implement 'Challenge the Gap' - a whole school improvement programme of evidence based…,/m,
    );
    assert.equal((await leader.get('/support/commissioning/2016')).statusCode, 200);
    assert.equal(
      (await leader.get('/support/commissioning/2016/download?table=commissioning&format=xlsx')).statusCode,
      200,
    );
  });

  test('a plan is approved by a board decision that approved something, never by one that only noted', async () => {
    const [noted] = await services.commissioning.approvingDecisions();
    // The demonstration's only decision (seed 001's item 3) was "noted": there is none to choose.
    assert.equal(noted, undefined);
    const before = await counts();
    const token = await officer.csrfToken('/support/commissioning/2016');
    const refused = await officer.postForm('/support/commissioning/2016/approval', {
      _csrf: token,
      decisionId: '1',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Choose a decision of a board that approved the plan/);
    assert.deepEqual(await counts(), before);
  });

  const programmeRefusals: { why: string; form: Record<string, string>; message: RegExp }[] = [
    {
      why: 'an end before its start',
      form: { endsOn: '2016-08-31' },
      message: /A programme ends after it starts/,
    },
    { why: 'a negative cost', form: { cost: '-5' }, message: /The cost is £0 or more/ },
    { why: 'no name', form: { name: '' }, message: /Name the programme/ },
    {
      why: 'the year after before the year before',
      form: { baselineYear: '2018', outcomeYear: '2016' },
      message: /The year after the programme is later than the year before it/,
    },
  ];
  for (const c of programmeRefusals) {
    test(`a programme is refused: ${c.why}; nothing is written`, async () => {
      const before = await counts();
      const token = await officer.csrfToken('/support/programmes');
      const refused = await officer.postForm('/support/programmes', {
        _csrf: token,
        name: 'Reading fluency',
        provider: 'Portsmouth Teaching School Alliance',
        cost: '1000',
        startsOn: '2016-09-01',
        endsOn: '2017-07-21',
        ...c.form,
      });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, c.message);
      assert.deepEqual(await counts(), before);
    });
  }

  test('a session is refused outside the programme’s dates, or with a school not taking part', async () => {
    const before = await counts();
    const token = await officer.csrfToken(`/support/programmes/${String(challenge)}`);
    const late = await officer.postForm(`/support/programmes/${String(challenge)}/sessions`, {
      _csrf: token,
      title: 'Workshop 7',
      heldOn: '2017-09-01',
    });
    assert.equal(late.statusCode, 400);
    assert.match(
      late.body,
      /A session is held while the programme runs, between 1 June 2016 and 21 July 2017/,
    );
    const stranger = await officer.postForm(`/support/programmes/${String(challenge)}/sessions`, {
      _csrf: token,
      title: 'Workshop 7',
      heldOn: '2017-07-01',
      'attended-990001': 'yes',
    });
    assert.equal(stranger.statusCode, 400);
    assert.match(stranger.body, /School 990001 is not taking part in the programme/);
    const unknown = await officer.postForm(`/support/programmes/${String(challenge)}/schools`, {
      _csrf: token,
      urns: '990001, 123456',
    });
    assert.match(unknown.body, /The register has no school with URN 123456/);
    assert.deepEqual(await counts(), before);
  });

  test('quality assurance: an officer’s judgement with evidence; a made-up judgement and a system leader are refused', async () => {
    const deployment = (await services.deployments.list(testOperator)).find((d) => d.status === 'completed');
    assert.ok(deployment);
    const url = `/support/deployments/${String(deployment.id)}`;
    const token = await officer.csrfToken(url);
    const before = await counts();
    const madeUp = await officer.postForm(`${url}/quality`, {
      _csrf: token,
      judgement: 'superb',
      evidence: 'Visits',
      judgedOn: '2016-12-20',
    });
    assert.equal(madeUp.statusCode, 400);
    assert.match(madeUp.body, /Choose how effective the work was/);
    const leaderToken = await leader.csrfToken('/support');
    const byLeader = await leader.postForm(`${url}/quality`, {
      _csrf: leaderToken,
      judgement: 'effective',
      evidence: 'My own view',
      judgedOn: '2016-12-20',
    });
    assert.equal(byLeader.statusCode, 403);
    assert.deepEqual(await counts(), before);
    const judged = await officer.postForm(`${url}/quality`, {
      _csrf: token,
      judgement: 'highly effective',
      evidence: 'Middle leaders now lead subject reviews; two visits saw it',
      judgedOn: '2016-12-20',
    });
    assert.equal(judged.statusCode, 303);
    assert.match((await officer.get(url)).body, /Highly effective<\/strong>: /);
    const after = await counts();
    // One more judgement (the sixth count) and its audit entry (the seventh).
    assert.deepEqual(
      after,
      before.map((n, i) => (i >= 5 ? n + 1 : n)),
    );
  });

  test('an RSC referral lists the support offered before it: deployments and programmes', async () => {
    // An academy in Challenge the Gap (from June 2016): academies are what the council refers to the RSC.
    const taking = (await services.programmes.programme(challenge)).schools.map((s) => s.urn);
    const academies = await database()
      .db.select({ urn: establishments.urn })
      .from(establishments)
      .where(eq(establishments.isAcademy, true));
    const urn = academies.map((a) => a.urn).find((u) => taking.includes(u));
    assert.notEqual(urn, undefined, 'an academy takes part in Challenge the Gap');
    const url = `/schools/${String(urn)}/concern`;
    const token = await officer.csrfToken(url);
    const made = await officer.postForm(`/schools/${String(urn)}/interventions`, {
      _csrf: token,
      kind: 'referral to the regional schools commissioner',
      startedOn: '2017-02-01',
      owner: 'Head of School Improvement',
      details: 'Results below the floor for three years; support offered and declined by the trust',
      documentLinks: '',
    });
    assert.equal(made.statusCode, 303, made.body.slice(0, 600));
    const page = await officer.get(url);
    assert.match(page.body, /Support offered before the referral/);
    assert.match(page.body, /Challenge the Gap<\/a>, 1 June 2016 to 21 July 2017/);
  });

  test('the impact report: the programme’s schools against matched schools, from the figures Beacon holds', async () => {
    const db = database().db;
    const primaries = await db
      .select({ urn: establishments.urn })
      .from(establishments)
      .where(eq(establishments.phaseGroup, 'Primary'));
    const taking = new Set((await services.programmes.programme(challenge)).schools.map((s) => s.urn));
    // Made-up figures: every primary school's RWM in 2016 and 2017, the programme's rising more, in
    // place of the demonstration's generated school results.
    await db
      .delete(indicatorValues)
      .where(
        and(
          eq(indicatorValues.entityType, 'school'),
          eq(indicatorValues.indicatorKey, 'KS2RWM_Expected_STD'),
        ),
      );
    const figure = (urn: number, year: number) =>
      40 + (urn % 17) * 2 + (year === 2017 ? (taking.has(urn) ? 6 : 1) + (urn % 3) : 0);
    await db.insert(indicatorValues).values(
      primaries.flatMap(({ urn }) =>
        [2016, 2017].map((year) => ({
          indicatorKey: 'KS2RWM_Expected_STD',
          entityType: 'school',
          entityCode: String(urn),
          period: `${String(year - 1)}/${String(year).slice(2)}`,
          periodEnd: year,
          value: figure(urn, year),
          denominator: 30 + (urn % 40),
          importId: 0,
          sourceLine: 1,
        })),
      ),
    );
    const report = await services.impactReports.report({ programme: challenge });
    assert.equal(report.answer.kind, 'estimate');
    assert.equal(report.answer.participants, 12);
    // Worked again from the figures: the programme's mean change less its matched schools'.
    const change = (urn: number) => figure(urn, 2017) - figure(urn, 2016);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const comparators = report.answer.matched.flatMap((m) => m.comparators);
    assert.equal(
      comparators.some((c) => taking.has(c)),
      false,
    );
    assert.equal(report.answer.comparators, comparators.length);
    const effect = mean([...taking].map(change)) - mean(comparators.map(change));
    assert.equal(
      Math.abs(report.answer.effect - effect) < 1e-9,
      true,
      `${String(report.answer.effect)} vs ${String(effect)}`,
    );
    assert.equal(report.answer.lower < effect && effect < report.answer.upper, true);

    const page = await officer.get(`/support/impact?programme=${String(challenge)}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /The 12 schools taking part changed by/);
    const csv = await officer.get(
      `/support/impact/download?programme=${String(challenge)}&table=impact-schools&format=csv`,
    );
    assert.equal(csv.body.split('\n').filter((l) => l.trim() !== '').length, 13);

    // Across the 2016 break in KS2: refused with DfE's reason, not compared.
    const broken = await services.impactReports.report({ programme: challenge, before: 2015, after: 2017 });
    assert.equal(broken.answer.kind, 'methodology break');
    assert.match(broken.words, /New key stage 1 and 2 assessments in 2016 are not comparable with 2015/);
    // The year's deployments reached two schools with figures at most: too few to tell.
    const few = await services.impactReports.report({
      deployments: 2016,
      indicator: 'KS2RWM_Expected_STD',
      before: 2016,
      after: 2017,
    });
    assert.equal(few.answer.kind, 'too few');
    assert.match(few.words, /^Too few schools to tell/);
    // As the API gives it, with the same permission.
    const api = await officer.get(`/api/v1/impact?programme=${String(challenge)}`);
    assert.equal(api.statusCode, 200);
    assert.equal(api.json<{ answer: { kind: string } }>().answer.kind, 'estimate');
  });
});
