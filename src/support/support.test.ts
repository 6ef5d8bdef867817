import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { count } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, notificationsOf, testOperator, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { loadDemo } from '../demo/load.ts';
import { auditLog } from '../access/schema.ts';
import {
  deploymentMoves,
  deploymentReviews,
  deploymentVisits,
  deployments,
  systemLeaders,
} from './schema.ts';

// SPEC C6: the directory of system leaders and their deployments, on the demonstration (seeds 000
// and 001 name the leaders by role). The National Leader of Education is the demonstration's
// system leader account; their own school is Southsea Common Academy (990003), of trust DEMO-T1.

describeOnDatabases('support brokering: system leaders and deployments (SPEC C6)', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  let leader: Visitor;
  let school: Visitor;
  let nle: number;
  let lle: number;
  const counts = async () => ({
    leaders: (await database().db.select({ n: count() }).from(systemLeaders))[0]?.n,
    deployments: (await database().db.select({ n: count() }).from(deployments))[0]?.n,
    moves: (await database().db.select({ n: count() }).from(deploymentMoves))[0]?.n,
    visits: (await database().db.select({ n: count() }).from(deploymentVisits))[0]?.n,
    reviews: (await database().db.select({ n: count() }).from(deploymentReviews))[0]?.n,
    audit: (await database().db.select({ n: count() }).from(auditLog))[0]?.n,
  });

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
    leader = new Visitor(app);
    await leader.signIn('leader@beacon.example', 'demo-leader-password');
    school = new Visitor(app);
    await school.signIn('school@beacon.example', 'demo-school-password');
    const all = await services.systemLeaders.list({}, '2016-10-01');
    nle = all.find((l) => l.designation === 'NLE')?.id ?? 0;
    lle = all.find((l) => l.designation === 'LLE')?.id ?? 0;
  });

  after(async () => {
    await app.close();
  });

  test('the directory is searched by name, designation and specialism, with the days left this year', async () => {
    const everyone = await officer.get('/support/leaders');
    assert.equal(everyone.statusCode, 200);
    assert.match(everyone.body, /5 system leaders/);
    const maths = await officer.get('/support/leaders?specialism=MATHS');
    assert.match(maths.body, /2 system leaders/);
    assert.match(maths.body, /Portsmouth Teaching School Alliance/);
    assert.match(maths.body, /Local Leader of Education/);
    const nles = await services.systemLeaders.list({ designation: 'NLE' }, '2016-10-01');
    // 20 days a year; 8 (deployed) and nothing else held in 2016/17 by the NLE.
    assert.deepEqual(
      nles.map((l) => [l.name, l.daysLeft]),
      [['National Leader of Education (demonstration)', 12]],
    );
    assert.equal((await school.get('/support/leaders')).statusCode, 403);
  });

  const refusals: { why: string; form: () => Record<string, string>; message: RegExp }[] = [
    {
      why: 'days over what the leader has left',
      form: () => ({ leaderId: String(nle), urn: '990006', daysAgreed: '12.5' }),
      message:
        /National Leader of Education \(demonstration\) has 12 days left of 20 days this year: 12\.5 days would put them over/,
    },
    {
      why: 'the leader’s own school',
      form: () => ({ leaderId: String(nle), urn: '990003' }),
      message: /cannot be deployed here: Southsea Common Academy is their own school/,
    },
    {
      why: 'a school of the leader’s own trust',
      form: () => ({ leaderId: String(lle), urn: '990003' }),
      message: /is in their own trust/,
    },
    {
      why: 'an end before its start',
      form: () => ({ leaderId: String(lle), urn: '990006', endsOn: '2016-09-30' }),
      message: /A deployment ends after it starts/,
    },
    {
      why: 'no objectives',
      form: () => ({ leaderId: String(lle), urn: '990006', objectives: '' }),
      message: /Give the deployment at least one objective/,
    },
  ];
  for (const c of refusals) {
    test(`a deployment is refused: ${c.why}; nothing is written`, async () => {
      const before = await counts();
      const token = await officer.csrfToken('/support/deployments/new?urn=990006');
      const refused = await officer.postForm('/support/deployments', {
        _csrf: token,
        purpose: 'Maths at Key Stage 4',
        objectives: 'Maths teaching is consistently good',
        daysAgreed: '2',
        startsOn: '2016-10-03',
        endsOn: '2017-03-31',
        ...c.form(),
      });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, c.message);
      assert.deepEqual(await counts(), before);
    });
  }

  test('a forged form without its CSRF token changes nothing', async () => {
    const before = await counts();
    const forged = await officer.postForm('/support/deployments', { leaderId: String(lle), urn: '990006' });
    assert.equal(forged.statusCode, 403);
    assert.deepEqual(await counts(), before);
  });

  test('a deployment moves one step at a time; the leader logs visits and reviews their own, and no one else’s', async () => {
    const token = await officer.csrfToken('/support/deployments/new?urn=990002');
    const made = await officer.postForm('/support/deployments', {
      _csrf: token,
      leaderId: String(nle),
      urn: '990002',
      needs: 'leadership',
      purpose: 'Leadership of reading',
      objectives: 'A reading leader is in post\nPhonics results rise',
      daysAgreed: '4',
      startsOn: '2016-10-03',
      endsOn: '2017-03-31',
    });
    assert.equal(made.statusCode, 303);
    const url = String(made.headers.location);
    const id = Number(url.split('/').pop());
    // The leader hears they are asked; no one else does.
    assert.ok(
      (await notificationsOf(services, 'leader@beacon.example')).includes(
        'You are proposed to support Spinnaker Junior School from 3 October 2016',
      ),
    );
    assert.ok(
      !(await notificationsOf(services, 'school@beacon.example')).some((t) =>
        t.startsWith('You are proposed'),
      ),
    );
    const before = await counts();
    const leaderToken = await leader.csrfToken(url);
    const skipped = await leader.postForm(`${url}/move`, {
      _csrf: leaderToken,
      to: 'deployed',
      why: 'Started',
    });
    assert.equal(skipped.statusCode, 400);
    assert.match(
      skipped.body,
      /A proposed deployment moves to agreed, declined or cancelled, not to deployed/,
    );
    assert.deepEqual(await counts(), before);
    for (const to of ['agreed', 'deployed'])
      assert.equal(
        (await leader.postForm(`${url}/move`, { _csrf: leaderToken, to, why: 'As agreed' })).statusCode,
        303,
      );
    const backwards = await leader.postForm(`${url}/move`, { _csrf: leaderToken, to: 'agreed', why: 'Undo' });
    assert.match(backwards.body, /A deployed deployment moves to completed or cancelled, not to agreed/);
    const allowanceDone = async () =>
      (await services.support.schoolSupport(testOperator, 990002, '2016-11-01')).use?.done ?? Number.NaN;
    const doneBefore = await allowanceDone();
    assert.equal(
      (await leader.postForm(`${url}/visits`, { _csrf: leaderToken, visitedOn: '2016-10-10', days: '1.5' }))
        .statusCode,
      303,
    );
    // The days brokered count in the school's support allowance (SPEC C6, 6).
    assert.equal(await allowanceDone(), doneBefore + 1.5);
    const purple = await leader.postForm(`${url}/reviews`, {
      _csrf: leaderToken,
      term: 'Autumn 2016',
      'rating-0': 'purple',
      'rating-1': 'green',
      overall: 'progressing',
    });
    assert.equal(purple.statusCode, 400);
    assert.match(purple.body, /Rate each objective red, amber or green/);
    assert.equal(
      (
        await leader.postForm(`${url}/reviews`, {
          _csrf: leaderToken,
          term: 'Autumn 2016',
          'rating-0': 'green',
          'rating-1': 'amber',
          overall: 'progressing',
        })
      ).statusCode,
      303,
    );
    const page = await officer.get(url);
    assert.match(page.body, /1\.5 used of 4 agreed/);
    assert.match(page.body, /Autumn 2016: Progressing/);
    const after = await counts();
    assert.equal(after.moves, (before.moves ?? 0) + 2);
    assert.equal(after.visits, (before.visits ?? 0) + 1);
    assert.equal(after.reviews, (before.reviews ?? 0) + 1);

    // The LLE's deployment is not the NLE's: it is not there for them to see or change.
    const theirs = (await services.deployments.list(testOperator)).find((d) => d.leaderId === lle);
    assert.ok(theirs);
    assert.equal((await leader.get(`/support/deployments/${String(theirs.id)}`)).statusCode, 404);
    const other = await leader.postForm(`/support/deployments/${String(theirs.id)}/move`, {
      _csrf: leaderToken,
      to: 'cancelled',
      why: 'Not mine',
    });
    assert.equal(other.statusCode, 403);
    const mine = (await leader.get('/support')).body;
    assert.match(mine, /Your deployments/);
    assert.doesNotMatch(mine, /Portsdown Hill School/);
    assert.equal(id > 0, true);
  });
});
