import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { count, desc, eq, like } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, notificationsOf, pageText, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { loadDemo } from '../demo/load.ts';
import { auditLog, notifications, users } from '../access/schema.ts';
import {
  actions,
  kpiActuals,
  kpis,
  planAreas,
  planRoleHolders,
  planRoles,
  plans,
  priorities,
} from './schema.ts';

// A plan made on the web by an officer, as a council without a workbook would: the plan and its
// owner role, then a lead role, an area, priorities, actions and a KPI, edited, reordered and
// removed. Each refusal (numbering, cross-references, a target with no number) changes nothing;
// each change is audited.

describeOnDatabases('plans made on the web', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  let planId = 0;

  const post = async (url: string, form: Record<string, string>) =>
    officer.postForm(url, { _csrf: await officer.csrfToken('/plans/new'), ...form });
  const snapshot = async () => {
    const { db } = services.database;
    const tally = async (
      table: typeof plans | typeof priorities | typeof actions | typeof kpis | typeof auditLog,
    ) => (await db.select({ n: count() }).from(table))[0]?.n;
    return {
      plans: await tally(plans),
      priorities: await tally(priorities),
      actions: await tally(actions),
      kpis: await tally(kpis),
      audited: await tally(auditLog),
      areas: (await db.select({ n: count() }).from(planAreas))[0]?.n,
      roles: (await db.select({ n: count() }).from(planRoles))[0]?.n,
    };
  };
  const ids = async () => {
    const { db } = services.database;
    const rows = await db
      .select({ id: actions.id, number: actions.number, position: actions.position })
      .from(actions)
      .innerJoin(priorities, eq(priorities.id, actions.priorityId))
      .where(eq(priorities.planId, planId))
      .orderBy(priorities.position, actions.position);
    const prios = await db
      .select()
      .from(priorities)
      .where(eq(priorities.planId, planId))
      .orderBy(priorities.position);
    return { actions: rows, priorities: prios };
  };
  const base = () => `/plans/${String(planId)}/edit`;

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
  });
  after(async () => {
    await app.close();
  });

  test('a new plan needs a title and an owner role; made, its maker holds the owner role', async () => {
    const before = await snapshot();
    const refused = await post('/plans/new', {
      title: '',
      organisation: 'Portsmouth City Council',
      kind: 'action plan',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(pageText(refused.body), /There is a problem[\s\S]*Enter the plan’s title/);
    assert.deepEqual(await snapshot(), before);

    const made = await post('/plans/new', {
      title: 'Raising attainment in writing 2016/17',
      organisation: 'Portsmouth City Council',
      kind: 'action plan',
      'agreedOn-day': '14',
      'agreedOn-month': '11',
      'agreedOn-year': '2016',
      introduction: 'Closing the gap in writing at key stage 2.',
      ownerCode: 'HSI',
      ownerTitle: 'Head of School Improvement',
    });
    assert.equal(made.statusCode, 303);
    planId = Number(/\/plans\/(\d+)\/edit/.exec(made.headers.location ?? '')?.[1]);
    const { db } = services.database;
    const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
    assert.equal(plan?.publishedOn, '14 November 2016', 'the date input’s three boxes make one date');
    assert.equal(plan.ownerRole, 'HSI');
    const holders = await db.select().from(planRoleHolders).where(eq(planRoleHolders.planId, planId));
    assert.equal(holders.length, 1);
    const page = await officer.get(`${base()}?made`);
    assert.equal(page.statusCode, 200);
    assert.match(pageText(page.body), /The plan is made[\s\S]*HSI\s+Head of School Improvement\s+Held by/);
  });

  test('lead roles, an area and two priorities are added; a lead that is not in the glossary is refused', async () => {
    assert.equal(
      (await post(`${base()}/role/new`, { code: 'SIM', title: 'School improvement manager' })).statusCode,
      303,
    );
    assert.equal(
      (await post(`${base()}/area/new`, { number: '1', text: 'Improve writing at key stage 2' })).statusCode,
      303,
    );
    const duplicate = await post(`${base()}/area/new`, { number: '1', text: 'Again' });
    assert.equal(duplicate.statusCode, 400);
    assert.match(pageText(duplicate.body), /Area 1 is already in this plan/);
    for (const [number, title] of [
      ['1', 'Teach writing well in every school'],
      ['2', 'Check progress each term'],
    ] as const)
      assert.equal(
        (await post(`${base()}/priority/new`, { number, title, 'area-1': 'on', 'lead-HSI': 'on' }))
          .statusCode,
        303,
      );
    const before = await snapshot();
    const unknownLead = await post(`${base()}/priority/new`, { number: '3', title: 'x', 'lead-CEO': 'on' });
    assert.equal(unknownLead.statusCode, 400);
    assert.match(pageText(unknownLead.body), /CEO is not a lead role in this plan/);
    assert.deepEqual(await snapshot(), before);
  });

  test('actions are numbered under their priority and may refer to each other', async () => {
    const [first, second] = (await ids()).priorities;
    assert.ok(first && second);
    const add = (priority: number, number: string, strategic: string) =>
      post(`${base()}/action/new`, {
        priorityId: String(priority),
        number,
        strategic,
        'lead-SIM': 'on',
        whenText: 'By July 2017',
        performanceMeasure: 'Writing at the expected standard up 5 points',
      });
    assert.equal((await add(first.id, '1.1', 'Train a writing lead in each school')).statusCode, 303);
    assert.equal((await add(first.id, '1.2', 'Moderate writing; see 1.1 for the leads')).statusCode, 303);
    assert.equal((await add(second.id, '2.1', 'Collect teacher assessments each term')).statusCode, 303);

    const before = await snapshot();
    const cases: { form: Record<string, string>; says: RegExp; why: string }[] = [
      {
        why: 'numbered under another priority',
        form: { number: '2.2' },
        says: /An action under priority 1 is numbered 1\.1, 1\.2 and so on/,
      },
      { why: 'a number used already', form: { number: '2.1' }, says: /Action 2\.1 is already in this plan/ },
      {
        why: 'no lead',
        form: { number: '1.3', 'lead-SIM': '' },
        says: /Tick the role or roles that lead the action/,
      },
    ];
    for (const c of cases) {
      const form: Record<string, string> = {
        priorityId: String(first.id),
        strategic: 'Something',
        'lead-SIM': 'on',
        ...c.form,
      };
      if (form['lead-SIM'] === '') delete form['lead-SIM'];
      const refused = await post(`${base()}/action/new`, form);
      assert.equal(refused.statusCode, 400, c.why);
      assert.match(pageText(refused.body), c.says, c.why);
    }
    assert.deepEqual(await snapshot(), before, 'no refusal changed anything');

    const plan = await officer.get(`/plans/${String(planId)}`);
    assert.match(
      plan.body,
      /see <a class="govuk-link" href="\/plans\/\d+#action-1\.1">1\.1<\/a> for the leads/,
    );
  });

  test('renumbering or removing an action another refers to is refused, and changes nothing', async () => {
    const action11 = (await ids()).actions.find((a) => a.number === '1.1');
    assert.ok(action11);
    const [first] = (await ids()).priorities;
    const before = await snapshot();
    const renumbered = await post(`${base()}/action/${String(action11.id)}`, {
      priorityId: String(first?.id),
      number: '1.9',
      strategic: 'Train a writing lead in each school',
      'lead-SIM': 'on',
    });
    assert.equal(renumbered.statusCode, 400);
    assert.match(pageText(renumbered.body), /Action 1\.2 refers to action 1\.1: change that reference first/);
    const removed = await post(`${base()}/action/${String(action11.id)}/remove`, {});
    assert.equal(removed.statusCode, 409);
    assert.match(pageText(removed.body), /Action 1\.2 refers to action 1\.1/);
    const priorityWithActions = await post(`${base()}/priority/${String(first?.id)}/remove`, {});
    assert.equal(priorityWithActions.statusCode, 409);
    assert.match(pageText(priorityWithActions.body), /Priority 1 still holds actions 1\.1, 1\.2/);
    assert.deepEqual(await snapshot(), before);
  });

  test('an action edited, moved and removed, each change audited', async () => {
    const { db } = services.database;
    const [first] = (await ids()).priorities;
    const action12 = (await ids()).actions.find((a) => a.number === '1.2');
    assert.ok(action12 && first);
    const edited = await post(`${base()}/action/${String(action12.id)}`, {
      priorityId: String(first.id),
      number: '1.2',
      strategic: 'Moderate writing across clusters',
      'lead-SIM': 'on',
      'lead-HSI': 'on',
      whenText: 'Termly',
    });
    assert.equal(edited.statusCode, 303);
    const [row] = await db.select().from(actions).where(eq(actions.id, action12.id));
    assert.deepEqual(row?.leads, ['SIM', 'HSI']);
    assert.equal(row.whenText, 'Termly');

    assert.equal((await post(`${base()}/action/${String(action12.id)}/move`, { way: 'up' })).statusCode, 303);
    assert.deepEqual(
      (await ids()).actions.map((a) => a.number),
      ['1.2', '1.1', '2.1'],
      '1.2 now comes before 1.1',
    );
    const [, second] = (await ids()).priorities;
    assert.equal(
      (await post(`${base()}/priority/${String(second?.id)}/move`, { way: 'up' })).statusCode,
      303,
    );
    assert.deepEqual(
      (await ids()).priorities.map((p) => p.number),
      ['2', '1'],
    );

    const action21 = (await ids()).actions.find((a) => a.number === '2.1');
    assert.equal((await post(`${base()}/action/${String(action21?.id)}/remove`, {})).statusCode, 303);
    assert.equal(
      (await ids()).actions.some((a) => a.number === '2.1'),
      false,
    );

    const trail = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(like(auditLog.action, 'plan.%'))
      .orderBy(desc(auditLog.id))
      .limit(4);
    assert.deepEqual(
      trail.map((t) => t.action),
      ['plan.actionRemove', 'plan.priorityMove', 'plan.actionMove', 'plan.actionEdit'],
    );
  });

  test('a KPI needs the number its target asks for; given it, the KPI report judges it', async () => {
    const before = await snapshot();
    const kpi = {
      number: 'K1',
      measure: 'Pupils reaching the expected standard in writing at KS2',
      evidence: 'recorded',
      direction: 'higher',
      unit: '%',
      decimalPlaces: '0',
      baselinePeriod: '2016',
      baselineValue: '70',
      targetPeriod: '2018',
      ruleKind: 'reach',
      ruleTarget: '',
    };
    const missing = await post(`${base()}/kpi/new`, kpi);
    assert.equal(missing.statusCode, 400);
    assert.match(pageText(missing.body), /Enter the figure the measure must reach/);
    const noKind = await post(`${base()}/kpi/new`, { ...kpi, ruleKind: '', targetPeriod: '2015' });
    assert.equal(noKind.statusCode, 400);
    assert.match(
      pageText(noKind.body),
      /The target year comes after the baseline year[\s\S]*Choose the kind of target/,
    );
    const inLine = await post(`${base()}/kpi/new`, { ...kpi, ruleKind: 'inLine', ruleComparator: 'England' });
    assert.match(pageText(inLine.body), /Enter how many points either side still counts as in line/);
    assert.deepEqual(await snapshot(), before);

    assert.equal((await post(`${base()}/kpi/new`, { ...kpi, ruleTarget: '78' })).statusCode, 303);
    const { db } = services.database;
    const [stored] = await db.select().from(kpis).where(eq(kpis.planId, planId));
    assert.deepEqual(stored?.targetRule, { kind: 'reach', target: 78 });
    const report = await officer.get(`/plans/${String(planId)}/kpi-report`);
    assert.equal(report.statusCode, 200);
    assert.match(pageText(report.body), /K1[\s\S]*Pupils reaching the expected standard in writing/);
  });

  test('the holders of a lead role newly given an action hear of it (notifications)', async () => {
    const { db } = services.database;
    const [owner] = await db.select().from(users).where(eq(users.email, 'owner@beacon.example'));
    assert.ok(owner);
    assert.equal(
      (
        await post(`${base()}/role/SIM`, {
          title: 'School improvement manager',
          [`holder-${String(owner.id)}`]: 'on',
        })
      ).statusCode,
      303,
    );
    const [, first] = (await ids()).priorities;
    assert.equal(
      (
        await post(`${base()}/action/new`, {
          priorityId: String(first?.id),
          number: '1.3',
          strategic: 'Share moderated writing across clusters',
          'lead-SIM': 'on',
        })
      ).statusCode,
      303,
    );
    const told = await db.select().from(notifications).where(eq(notifications.userId, owner.id));
    assert.deepEqual(
      told.map((n) => [n.kind, n.title]),
      [
        [
          'action-assigned',
          'Action 1.3 of Raising attainment in writing 2016/17 is led by a role you hold (SIM)',
        ],
      ],
    );
  });

  test('only a holder of the owner role may change a plan; a board member may not reach the pages', async () => {
    // Seed 002's plan is owned by P16L, which the demonstration officer holds; Plymouth's by AD-ELFS, which they do not.
    const { db } = services.database;
    const [plymouth] = await db.select().from(plans).where(eq(plans.ownerRole, 'AD-ELFS'));
    assert.ok(plymouth);
    const refused = await officer.get(`/plans/${String(plymouth.id)}/edit`);
    assert.equal(refused.statusCode, 403);
    const board = new Visitor(app);
    await board.signIn('board@beacon.example', 'demo-board-password');
    assert.equal((await board.get('/plans/new')).statusCode, 403);
    assert.equal((await board.get(base())).statusCode, 403);
  });

  test('the holders of a success measure’s lead role hear once when its latest figure puts it off track', async () => {
    const { db } = services.database;
    const [k1] = await db.select().from(kpis).where(eq(kpis.planId, planId));
    assert.ok(k1);
    await db.update(kpis).set({ outcomeLead: 'SIM', targetPeriod: 2020 }).where(eq(kpis.id, k1.id));
    const { offTrackReminders } = await import('./reminders.ts');
    const toldOfK1 = async () =>
      (await notificationsOf(services, 'owner@beacon.example')).filter((t) =>
        t.startsWith('Success measure K1'),
      );
    // 70 in 2016 to reach 78 by 2020: the line passes 72 in 2017, so 75 is on the way there.
    await db.insert(kpiActuals).values({ kpiId: k1.id, period: 2017, value: 75 });
    await offTrackReminders(services);
    assert.deepEqual(await toldOfK1(), []);
    // The line passes 74 in 2018: 60 is off track with its latest figure.
    await db.insert(kpiActuals).values({ kpiId: k1.id, period: 2018, value: 60 });
    assert.ok((await offTrackReminders(services)) >= 1);
    assert.equal(await offTrackReminders(services), 0, 'once');
    assert.deepEqual(await toldOfK1(), [
      'Success measure K1 of Raising attainment in writing 2016/17 has gone off track with its latest figures',
    ]);
    // The home page reads the same rule: the officer's home counts it among those newly off track.
    const newly = (await services.plans.offTrackKpis()).filter((k) => k.newly).map((k) => k.id);
    assert.ok(newly.includes(k1.id));
  });
});
