import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { buildTestApp, notificationsOf, testOperator, Visitor } from '../app/testing.ts';
import { loadDemo } from '../demo/load.ts';
import { demoAccounts } from '../demo/accounts.ts';
import type { Services } from '../app/services.ts';

// School Assessment Meetings, interventions and intelligence on the demonstration register
// (Portsmouth, seed 000): Portsdown Hill School (990006) requires improvement; Southsea Common
// (990003) is an academy; Harbourside Primary (990001) is the demo school user's own school.
const password = (email: string) => demoAccounts.find((a) => a.email === email)?.password ?? '';

describeOnDatabases('schools causing concern: meetings, decisions, interventions', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  let meetingUrl = '';

  const count = async (table: string) =>
    (await queryRows<{ n: number }>(database().db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n;
  const signedIn = async (email: string) => {
    const visitor = new Visitor(app);
    const response = await visitor.signIn(email, password(email));
    assert.equal(response.statusCode, 303, `${email} signs in`);
    return visitor;
  };

  test('the review page proposes a category for each open school; board members and schools cannot see it', async () => {
    ({ app, services } = await buildTestApp(database()));
    await loadDemo(services);
    officer = await signedIn('officer@beacon.example');
    const page = await officer.get('/concern?la=851');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Portsdown Hill School/);
    assert.match(page.body, /Ofsted: requires improvement/);
    for (const email of ['board@beacon.example', 'school@beacon.example']) {
      const other = await signedIn(email);
      assert.equal((await other.get('/concern?la=851')).statusCode, 403, email);
    }
  });

  test('a meeting is started, and a decision without a rationale or outside the model changes nothing', async () => {
    const token = await officer.csrfToken('/concern?la=851');
    const created = await officer.postForm('/concern/meetings', {
      _csrf: token,
      laCode: '851',
      heldOn: '2026-10-15',
      attendees: 'HSI (chair); SIM; partnership headteacher',
    });
    assert.equal(created.statusCode, 303);
    meetingUrl = created.headers.location ?? '';
    assert.match(meetingUrl, /^\/concern\/meetings\/\d+$/);
    const meeting = await officer.get(meetingUrl);
    assert.equal(meeting.statusCode, 200);
    assert.match(meeting.body, /Portsdown Hill School/);

    const form = `${meetingUrl}/schools/990006`;
    const before = { decisions: await count('category_decisions'), audit: await count('audit_log') };
    const noRationale = await officer.postForm(form, {
      _csrf: await officer.csrfToken(form),
      category: 'moderate',
      rationale: '  ',
    });
    assert.equal(noRationale.statusCode, 400);
    assert.match(noRationale.body, /Give the rationale for the category/);
    const outside = await officer.postForm(form, {
      _csrf: await officer.csrfToken(form),
      category: 'severe',
      rationale: 'Worse than maximum',
    });
    assert.equal(outside.statusCode, 400);
    assert.match(
      outside.body,
      /&quot;severe&quot; is not a category of this model \(minimum, moderate, maximum\)/,
    );
    const forged = await officer.postForm(form, { category: 'moderate', rationale: 'No token' });
    assert.equal(forged.statusCode, 403);
    assert.deepEqual(
      { decisions: await count('category_decisions'), audit: await count('audit_log') },
      before,
    );
  });

  test('the meeting confirms a category; it is audited and shows in the school’s history', async () => {
    const form = `${meetingUrl}/schools/990006`;
    const decided = await officer.postForm(form, {
      _csrf: await officer.csrfToken(form),
      category: 'moderate',
      rationale: 'Requires improvement; leadership capacity is strong, monitor half-termly',
    });
    assert.equal(decided.statusCode, 303);
    const [audit] = await queryRows<{ before: unknown; after: { category: string; proposed: string } }>(
      database().db,
      sql`select before, after from audit_log where action = 'concern.categoryDecided' and entity_id = '990006'`,
    );
    assert.deepEqual(audit?.before, { category: null });
    assert.equal(audit.after.category, 'moderate');
    assert.equal(audit.after.proposed, 'moderate');
    const history = await officer.get('/schools/990006/concern');
    assert.equal(history.statusCode, 200);
    assert.match(history.body, /leadership capacity is strong/);
    const school = await officer.get('/schools/990006');
    assert.match(school.body, /Category: <strong class="govuk-tag govuk-tag--orange">\s*Moderate/);
  });

  test('deciding keeps the meeting’s order and what stood before, and marks the row decided', async () => {
    const rowsOf = (html: string) =>
      [...html.matchAll(/<tr class="govuk-table__row[^"]*" id="school-(\d+)">([\s\S]*?)<\/tr>/g)].map(
        (m) => ({
          urn: m[1] ?? '',
          before: /<td class="govuk-table__cell">([\s\S]*?)<\/td>/
            .exec(m[2] ?? '')?.[1]
            ?.replace(/<[^>]+>/g, '')
            .trim(),
          decided: (m[2] ?? '').includes('Decided at this meeting'),
        }),
      );
    const beforeDeciding = rowsOf((await officer.get(meetingUrl)).body);
    const next = beforeDeciding.find((r) => !r.decided && r.urn !== '990006');
    assert.ok(next);
    const form = `${meetingUrl}/schools/${next.urn}`;
    const decided = await officer.postForm(form, {
      _csrf: await officer.csrfToken(form),
      category: 'maximum',
      rationale: 'Discussed at the meeting: maximum concern until the next inspection',
    });
    assert.equal(decided.statusCode, 303);
    assert.equal(decided.headers.location, `${meetingUrl}#school-${next.urn}`);
    const afterDeciding = rowsOf((await officer.get(meetingUrl)).body);
    assert.deepEqual(
      afterDeciding.map((r) => r.urn),
      beforeDeciding.map((r) => r.urn),
      'the order of the meeting',
    );
    const row = afterDeciding.find((r) => r.urn === next.urn);
    assert.deepEqual([row?.before, row?.decided], [next.before, true]);
    assert.equal(afterDeciding.find((r) => r.urn === '990006')?.decided, true);
  });

  test('a warning notice for an academy is refused as an RSC matter; one for a maintained school is recorded and closed', async () => {
    const academyForm = '/schools/990003/concern';
    const before = { interventions: await count('interventions'), audit: await count('audit_log') };
    const refused = await officer.postForm('/schools/990003/interventions', {
      _csrf: await officer.csrfToken(academyForm),
      kind: 'warning notice',
      startedOn: '2026-10-20',
      complianceBy: '2026-11-03',
      owner: 'HSI',
      details: '',
      documentLinks: '',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(
      refused.body,
      /This is an academy: refer concerns to the Regional Schools Commissioner instead/,
    );
    assert.deepEqual(
      { interventions: await count('interventions'), audit: await count('audit_log') },
      before,
    );

    const page = '/schools/990006/concern';
    const issued = await officer.postForm('/schools/990006/interventions', {
      _csrf: await officer.csrfToken(page),
      kind: 'warning notice',
      startedOn: '2026-10-20',
      complianceBy: '2026-11-03',
      owner: 'HSI',
      details: 'Standards of performance unacceptably low',
      documentLinks: 'https://council.example/notices/990006.pdf',
    });
    assert.equal(issued.statusCode, 303);
    const [intervention] = await queryRows<{ id: number; status: string }>(
      database().db,
      sql`select id, status from interventions where urn = 990006`,
    );
    assert.equal(intervention?.status, 'in force');
    const change = `/interventions/${String(intervention.id)}`;
    const undated = await officer.postForm(change, {
      _csrf: await officer.csrfToken(page),
      status: 'complied',
      endedOn: '',
      outcome: 'Governors responded with a plan',
    });
    assert.equal(undated.statusCode, 400);
    assert.match(undated.body, /Give the date the intervention was complied/);
    const complied = await officer.postForm(change, {
      _csrf: await officer.csrfToken(page),
      status: 'complied',
      endedOn: '2026-11-03',
      outcome: 'Governors responded with a plan',
    });
    assert.equal(complied.statusCode, 303);
    const actions = await queryRows<{ action: string }>(
      database().db,
      sql`select action from audit_log where entity_type = 'intervention' order by id`,
    );
    assert.deepEqual(
      actions.map((a) => a.action),
      ['concern.interventionStarted', 'concern.interventionChanged'],
    );
  });

  test('intelligence an officer records counts in the review for twelve months', async () => {
    const page = '/schools/990001/concern';
    const recorded = await officer.postForm('/schools/990001/intelligence', {
      _csrf: await officer.csrfToken(page),
      kind: 'safeguarding',
      notedOn: '2026-09-01',
      note: 'Referral about site security',
    });
    assert.equal(recorded.statusCode, 303);
    const during = await services.concern.review('851', '2026-10-01');
    assert.ok(
      during.entries
        .find((e) => e.urn === 990001)
        ?.reasons.includes('Officer intelligence: safeguarding (+2)'),
    );
    const later = await services.concern.review('851', '2027-09-02');
    assert.ok(!later.entries.find((e) => e.urn === 990001)?.reasons.some((r) => r.includes('safeguarding')));
  });

  test('a school sees its own category only when the LA shares it, never the reasoning, and never another school’s', async () => {
    const school = await signedIn('school@beacon.example');
    const decide = `${meetingUrl}/schools/990001`;
    await officer.postForm(decide, {
      _csrf: await officer.csrfToken(decide),
      category: 'moderate',
      rationale: 'Safeguarding referral under review',
    });
    assert.equal((await school.get('/api/v1/schools/990001/category')).statusCode, 403);
    assert.equal((await school.get('/schools/990001/concern')).statusCode, 403);
    // Sharing is the council's policy: an administrator's to set, not an officer's.
    const byOfficer = await officer.postForm('/concern/851/sharing', {
      _csrf: await officer.csrfToken('/concern?la=851'),
      share: 'yes',
    });
    assert.equal(byOfficer.statusCode, 403);
    const admin = await signedIn('admin@beacon.example');
    const shared = await admin.postForm('/concern/851/sharing', {
      _csrf: await admin.csrfToken('/concern?la=851'),
      share: 'yes',
    });
    assert.equal(shared.statusCode, 303);
    const own = await school.get('/api/v1/schools/990001/category');
    assert.equal(own.statusCode, 200);
    assert.deepEqual(own.json(), {
      urn: 990001,
      name: 'Harbourside Primary School',
      category: 'moderate',
      history: [{ category: 'moderate', decidedOn: '2026-10-15' }],
    });
    assert.doesNotMatch(
      (await school.get('/schools/990001/concern')).body,
      /Safeguarding referral|site security/,
    );
    assert.equal((await school.get('/api/v1/schools/990006/category')).statusCode, 403);
    // Its people hear it is there to see, once, without the category or the reasons in the notice.
    const told = (await notificationsOf(services, 'school@beacon.example')).filter((t) =>
      t.startsWith('The council has shared your school’s category'),
    );
    assert.deepEqual(told, ['The council has shared your school’s category, decided on 15 October 2026']);
  });

  test('a risk model whose thresholds overlap is refused; a new version is kept beside the old', async () => {
    await assert.rejects(
      services.concern.saveModel(testOperator, '851', {
        rules: [],
        categories: [
          { name: 'minimum', from: 0 },
          { name: 'moderate', from: 5 },
          { name: 'maximum', from: 5 },
        ],
      }),
      /maximum starts at 5, not above moderate \(5\): the ranges overlap/,
    );
    const saved = await services.concern.saveModel(testOperator, '851', {
      rules: [{ kind: 'intelligence', points: 5 }],
      categories: [
        { name: 'minimum', from: 0 },
        { name: 'moderate', from: 4 },
        { name: 'maximum', from: 10 },
      ],
    });
    assert.equal(saved?.version, 2);
    assert.equal((await services.concern.review('851', '2026-10-01')).model.version, 2);
    // The meeting held under version 1 still shows version 1's proposals.
    const meeting = await services.concern.meeting(Number(meetingUrl.split('/').at(-1)));
    assert.equal(meeting.model.version, 1);
  });

  test('support visits: planned against the allowance, notes shared, and answered by the school alone', async () => {
    const page = '/schools/990001/visits';
    const halfThird = await officer.postForm(page, {
      _csrf: await officer.csrfToken(page),
      visitOn: '2026-10-01',
      days: '0.3',
      purpose: 'Review of the safeguarding action plan',
    });
    assert.equal(halfThird.statusCode, 400);
    assert.match(halfThird.body, /Give days in halves/);
    const planned = await officer.postForm(page, {
      _csrf: await officer.csrfToken(page),
      visitOn: '2026-10-01',
      days: '1',
      purpose: 'Review of the safeguarding action plan',
    });
    assert.equal(planned.statusCode, 303);
    const [visit] = await queryRows<{ id: number }>(
      database().db,
      sql`select id from support_visits where urn = 990001`,
    );
    assert.ok(visit);

    const school = await signedIn('school@beacon.example');
    const early = await school.postForm(`/visits/${String(visit.id)}/response`, {
      _csrf: await school.csrfToken(page),
      response: 'Thank you',
    });
    assert.equal(early.statusCode, 400);
    assert.match(early.body, /has not shared notes from this visit yet/);

    const done = await officer.postForm(`/visits/${String(visit.id)}`, {
      _csrf: await officer.csrfToken(page),
      status: 'done',
      notes: 'Single central record now complete; training dates set',
      share: 'yes',
    });
    assert.equal(done.statusCode, 303);
    const seen = await school.get(page);
    assert.equal(seen.statusCode, 200);
    assert.match(seen.body, /Single central record now complete/);
    const answered = await school.postForm(`/visits/${String(visit.id)}/response`, {
      _csrf: await school.csrfToken(page),
      response: 'Agreed; governors will review in November',
    });
    assert.equal(answered.statusCode, 303);
    assert.match((await officer.get(page)).body, /governors will review in November/);

    // Another school's visits are not this school's to read or answer.
    assert.equal((await school.get('/schools/990006/visits')).statusCode, 403);
    const other = await officer.postForm('/schools/990006/visits', {
      _csrf: await officer.csrfToken('/schools/990006/visits'),
      visitOn: '2026-10-02',
      days: '0.5',
      purpose: 'Leadership review',
    });
    assert.equal(other.statusCode, 303);
    const [otherVisit] = await queryRows<{ id: number }>(
      database().db,
      sql`select id from support_visits where urn = 990006`,
    );
    const forged = await school.postForm(`/visits/${String(otherVisit?.id)}/response`, {
      _csrf: await school.csrfToken(page),
      response: 'Not ours',
    });
    assert.equal(forged.statusCode, 403);

    const actions = await queryRows<{ action: string }>(
      database().db,
      sql`select action from audit_log where entity_type = 'visit' order by id`,
    );
    assert.deepEqual(
      actions.map((a) => a.action),
      ['concern.visitPlanned', 'concern.visitUpdated', 'concern.visitResponded', 'concern.visitPlanned'],
    );
  });

  test('allowances: Beacon’s defaults until an administrator sets the LA’s own; an officer cannot', async () => {
    const support = await officer.get('/concern/support?la=851');
    assert.equal(support.statusCode, 200);
    const before = await services.support.laSupport('851', '2026-10-20');
    const harbourside = before.schools.find((s) => s.urn === 990001);
    assert.deepEqual(harbourside?.use, {
      allowance: 4,
      done: 1,
      planned: 0,
      remaining: 3,
      overPlanned: false,
    });
    const byOfficer = await officer.postForm('/concern/851/allowances', {
      _csrf: await officer.csrfToken('/concern/support?la=851'),
      minimum: '1',
      moderate: '6',
      maximum: '12',
    });
    assert.equal(byOfficer.statusCode, 403);
    const admin = await signedIn('admin@beacon.example');
    const wrong = await admin.postForm('/concern/851/allowances', {
      _csrf: await admin.csrfToken('/concern/support?la=851'),
      minimum: '1',
      moderate: 'six',
      maximum: '12',
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /Give days a year as a number/);
    const set = await admin.postForm('/concern/851/allowances', {
      _csrf: await admin.csrfToken('/concern/support?la=851'),
      minimum: '1',
      moderate: '6',
      maximum: '12',
    });
    assert.equal(set.statusCode, 303);
    const after = await services.support.laSupport('851', '2026-10-20');
    assert.equal(after.schools.find((s) => s.urn === 990001)?.use.allowance, 6);
    await assert.rejects(
      services.support.setAllowances(testOperator, '851', { severe: 20 }),
      /"severe" is not a category of LA 851’s model/,
    );
  });

  test('the Operational Group report: categories, movement, interventions, support and results, for the board without the reasoning', async () => {
    const board = await signedIn('board@beacon.example');
    const url = '/concern/report?la=851&from=2026-10-01&to=2026-10-25';
    const page = await board.get(url);
    assert.equal(page.statusCode, 200);
    const portsdown =
      /<th scope="row" class="govuk-table__header">Portsdown Hill School[\s\S]*?<\/tr>/.exec(
        page.body,
      )?.[0] ?? '';
    assert.match(portsdown, /Moderate/);
    assert.match(portsdown, /Newly identified/);
    assert.match(portsdown, /Warning notice from 20 October 2026/);
    assert.doesNotMatch(page.body, /leadership capacity is strong|site security|Safeguarding referral/);
    const workbook = await board.get(url.replace('/concern/report', '/concern/report.xlsx'));
    assert.equal(workbook.statusCode, 200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]?.getSheetValues().filter(Boolean) ?? [];
    const line = rows.find((r) => Array.isArray(r) && r.includes('Portsdown Hill School')) as
      unknown[] | undefined;
    assert.ok(line, 'Portsdown Hill School is in the workbook');
    assert.ok(line.includes('moderate') && line.includes('Newly identified'));
    const school = await signedIn('school@beacon.example');
    assert.equal((await school.get(url)).statusCode, 403);
    const backwards = await board.get('/concern/report?la=851&from=2026-11-01&to=2026-10-01');
    assert.equal(backwards.statusCode, 400);
    assert.match(backwards.body, /The report must start before it ends/);
  });

  test('an administrator edits the risk model on its page; a gap in the thresholds is refused', async () => {
    const admin = await signedIn('admin@beacon.example');
    const page = '/concern/model?la=851';
    assert.equal((await admin.get(page)).statusCode, 200);
    assert.equal((await officer.get(page)).statusCode, 403);
    const form = {
      'attainmentBelowNational.enabled': 'yes',
      'attainmentBelowNational.margin': '4',
      'attainmentBelowNational.years': '2',
      'attainmentBelowNational.points': '4',
      'intelligence.enabled': 'yes',
      'intelligence.points': '2',
      'category0.name': 'minimum',
      'category0.from': '1',
      'category1.name': 'moderate',
      'category1.from': '4',
      'category2.name': 'maximum',
      'category2.from': '8',
    };
    const before = await count('risk_models');
    const gap = await admin.postForm('/concern/851/model', { _csrf: await admin.csrfToken(page), ...form });
    assert.equal(gap.statusCode, 400);
    assert.match(gap.body, /The lowest category, minimum, must start at 0 points, not 1/);
    const notNumber = await admin.postForm('/concern/851/model', {
      _csrf: await admin.csrfToken(page),
      ...form,
      'category0.from': '0',
      'intelligence.points': 'two',
    });
    assert.equal(notNumber.statusCode, 400);
    assert.match(notNumber.body, /href="#intelligence.points">Points are a whole number, like 3/);
    assert.equal(await count('risk_models'), before);
    const saved = await admin.postForm('/concern/851/model', {
      _csrf: await admin.csrfToken(page),
      ...form,
      'category0.from': '0',
    });
    assert.equal(saved.statusCode, 303);
    const model = await services.concern.modelFor('851');
    assert.equal(model.version, 3);
    assert.deepEqual(model.rules, [
      { kind: 'attainmentBelowNational', margin: 4, years: 2, points: 4 },
      { kind: 'intelligence', points: 2 },
    ]);
  });
});
