import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { count, eq } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, notificationsOf, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { formatDate, todayIso } from '../kernel/format.ts';
import { newWorkbook } from '../kernel/tables/files.ts';
import { loadDemo } from '../demo/load.ts';
import { auditLog } from '../access/schema.ts';
import { collectionChases, dataSharingAgreements, inYearReturns, returnEvents } from './schema.ts';
import { cellKey, defaultGrids, gridRows } from './rules/grid.ts';
import { inYearPicture } from './rules/inYear.ts';
import { fieldOf } from './returns.ts';

// SPEC C7 on the demonstration: Harbourside Primary's data lead drafts and sends its return, the
// headteacher authorises it, the LA returns it and accepts it; every refusal changes nothing. The
// window is opened by the test around the server's own today, as an officer would.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const harbourside = 990001;
const grid = defaultGrids.Primary;

/** A complete primary return as the form posts it: every figure for all pupils, and the prediction. */
function completeForm(overrides: Record<string, string> = {}): Record<string, string> {
  const form: Record<string, string> = {};
  for (const row of gridRows(grid).filter((r) => r.group === 'all')) {
    form[fieldOf(cellKey({ ...row, measure: 'pupils' }))] = '30';
    form[fieldOf(cellKey({ ...row, measure: 'expected' }))] = '70';
    form[fieldOf(cellKey({ ...row, measure: 'higher' }))] = '20';
  }
  // Four pupils with SEND in year 6: a group small enough to be withheld from all but officers.
  form[fieldOf(cellKey({ year: '6', subject: 'maths', group: 'SEND', measure: 'pupils' }))] = '4';
  form[fieldOf(cellKey({ year: '6', subject: 'maths', group: 'SEND', measure: 'expected' }))] = '25';
  form[fieldOf(cellKey({ year: '6', subject: 'maths', group: 'SEND', measure: 'higher' }))] = '0';
  // Far from the spring return the demonstration holds for it: a query, explained.
  form['n-6-maths-SEND'] = 'Two of last term’s pupils with SEND left; two joined with EHC plans';
  form[fieldOf('prediction|ks2rwm')] = '55';
  return { ...form, ...overrides };
}
const field = (
  year: string,
  subject: string,
  group: 'all' | 'boys' | 'SEND',
  measure: 'pupils' | 'expected' | 'higher',
) => fieldOf(cellKey({ year, subject, group, measure }));

describeOnDatabases('in-year returns from schools (SPEC C7)', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  let head: Visitor;
  let dataLead: Visitor;
  let board: Visitor;
  let windowId: number;
  let closedId: number;
  let url: string;
  const counts = async () => {
    const db = database().db;
    const rows = await Promise.all([
      db.select({ n: count() }).from(inYearReturns),
      db.select({ n: count() }).from(returnEvents),
      db.select({ n: count() }).from(collectionChases),
      db.select({ n: count() }).from(auditLog),
    ]);
    return rows.map((r) => r[0]?.n ?? 0);
  };

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
    head = new Visitor(app);
    await head.signIn('school@beacon.example', 'demo-school-password');
    dataLead = new Visitor(app);
    await dataLead.signIn('datalead@beacon.example', 'demo-datalead-password');
    board = new Visitor(app);
    await board.signIn('board@beacon.example', 'demo-board-password');
    const token = await officer.csrfToken('/collection');
    const open = async (name: string, opensOn: string, closesOn: string) => {
      const made = await officer.postForm('/collection/windows', {
        _csrf: token,
        name,
        opensOn,
        closesOn,
        'phase-Primary': 'yes',
      });
      assert.equal(made.statusCode, 303, made.body.slice(0, 500));
      return Number(String(made.headers.location).split('/').pop());
    };
    windowId = await open('Summer in-year progress', day(-7), day(21));
    closedId = await open('Last spring in-year progress', day(-60), day(-30));
    url = `/collection/windows/${String(windowId)}/schools/${String(harbourside)}`;
  });

  after(async () => {
    await app.close();
  });

  const refusals: { why: string; form: () => Record<string, string>; action: string; message: RegExp }[] = [
    {
      why: 'a percentage above 100',
      form: () => completeForm({ [field('6', 'maths', 'all', 'expected')]: '107' }),
      action: 'send',
      message:
        /Year 6 maths, all pupils: the % on track for the expected standard is a percentage from 0 to 100/,
    },
    {
      why: 'greater depth above expected',
      form: () => completeForm({ [field('4', 'reading', 'all', 'higher')]: '75' }),
      action: 'send',
      message: /Year 4 reading, all pupils: the % on track for greater depth \(75\) cannot be above/,
    },
    {
      why: 'a group larger than all pupils',
      form: () =>
        completeForm({
          [field('2', 'writing', 'boys', 'pupils')]: '31',
          [field('2', 'writing', 'boys', 'expected')]: '60',
          [field('2', 'writing', 'boys', 'higher')]: '10',
        }),
      action: 'send',
      message: /Year 2 writing, boys: 31 pupils is more than the 30 in the year group/,
    },
    {
      why: 'pupils not a whole number',
      form: () => completeForm({ [field('R', 'reading', 'all', 'pupils')]: '29.5' }),
      action: 'save',
      message: /Reception reading, all pupils: pupils are a whole number, 0 or more/,
    },
    {
      why: 'a figure that is not a number',
      form: () => completeForm({ [field('3', 'maths', 'all', 'expected')]: 'about half' }),
      action: 'save',
      message: /Year 3 maths, all pupils: the % on track for the expected standard is a number, like 24/,
    },
    {
      why: 'a required cell empty, when sent',
      form: () => completeForm({ [field('5', 'reading', 'all', 'pupils')]: '' }),
      action: 'send',
      message: /Year 5 reading, all pupils: enter the pupils/,
    },
    {
      why: 'a change of more than 20 points since the spring return, without a note',
      form: () => completeForm({ 'n-6-maths-SEND': '' }),
      action: 'send',
      message:
        /Year 6 maths, pupils with SEND: the % on track for the expected standard moved from \d+ to 25 since the last return, more than 20 points: add a note that explains it/,
    },
  ];
  for (const c of refusals)
    test(`a return is refused: ${c.why}; nothing is written`, async () => {
      const before = await counts();
      const refused = await dataLead.postForm(url, {
        _csrf: await dataLead.csrfToken(url),
        action: c.action,
        ...c.form(),
      });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, c.message);
      // The error summary links to the field.
      assert.match(refused.body, /<a href="#c-/);
      assert.deepEqual(await counts(), before);
    });

  test('the data lead drafts and sends; cannot authorise; the head authorises; the LA returns it, then accepts it', async () => {
    const before = await counts();
    const draft = await dataLead.postForm(url, {
      _csrf: await dataLead.csrfToken(url),
      action: 'save',
      [field('6', 'maths', 'all', 'pupils')]: '30',
    });
    assert.equal(
      draft.statusCode,
      303,
      draft.body
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(0, 1500),
    );
    const own = await dataLead.postForm(url, {
      _csrf: await dataLead.csrfToken(url),
      action: 'authorise',
      ...completeForm(),
    });
    assert.equal(own.statusCode, 403);
    const sent = await dataLead.postForm(url, {
      _csrf: await dataLead.csrfToken(url),
      action: 'send',
      ...completeForm(),
    });
    assert.equal(
      sent.statusCode,
      303,
      sent.body
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(0, 1500),
    );
    assert.match((await head.get(url)).body, /Awaiting authorisation/);
    const authorised = await head.postForm(url, {
      _csrf: await head.csrfToken(url),
      action: 'authorise',
      ...completeForm(),
    });
    assert.equal(authorised.statusCode, 303);
    const noComment = await officer.postForm(`${url}/decision`, {
      _csrf: await officer.csrfToken(url),
      decision: 'return',
    });
    assert.match(noComment.body, /Say what the school needs to correct/);
    const returned = await officer.postForm(`${url}/decision`, {
      _csrf: await officer.csrfToken(url),
      decision: 'return',
      comment: 'Year 6 maths looks high against the autumn: check it',
    });
    assert.equal(returned.statusCode, 303);
    const page = (await dataLead.get(url)).body;
    assert.match(page, /The LA returned it: Year 6 maths looks high against the autumn: check it/);
    const again = await dataLead.postForm(url, {
      _csrf: await dataLead.csrfToken(url),
      action: 'send',
      ...completeForm(),
    });
    assert.equal(again.statusCode, 303);
    await head.postForm(url, { _csrf: await head.csrfToken(url), action: 'authorise', ...completeForm() });
    const accepted = await officer.postForm(`${url}/decision`, {
      _csrf: await officer.csrfToken(url),
      decision: 'accept',
    });
    assert.equal(accepted.statusCode, 303);
    assert.match((await officer.get(url)).body, /Accepted/);
    // Seven steps, each an event and an audit entry; one return.
    const [returns, events, , audit] = await counts();
    assert.deepEqual(
      [returns, events, audit],
      [(before[0] ?? 0) + 1, (before[1] ?? 0) + 7, (before[3] ?? 0) + 7],
    );
    const changed = await dataLead.postForm(url, {
      _csrf: await dataLead.csrfToken(url),
      action: 'save',
      ...completeForm(),
    });
    assert.match(changed.body, /The return is accepted: it does not change again/);
  });

  test('scope, the window’s dates, the agreement and a forged form: each refused, nothing written', async () => {
    const before = await counts();
    const other = `/collection/windows/${String(windowId)}/schools/990003`;
    assert.equal((await head.get(other)).statusCode, 403);
    assert.equal(
      (await head.postForm(other, { _csrf: await head.csrfToken(url), action: 'save' })).statusCode,
      403,
    );
    const closedUrl = `/collection/windows/${String(closedId)}/schools/${String(harbourside)}`;
    const closed = await head.postForm(closedUrl, {
      _csrf: await head.csrfToken(closedUrl),
      action: 'save',
      ...completeForm(),
    });
    assert.equal(closed.statusCode, 400);
    assert.match(closed.body, new RegExp(`The return closed on ${formatDate(day(-30))}`));
    assert.equal((await dataLead.postForm(url, { action: 'save', ...completeForm() })).statusCode, 403);
    assert.deepEqual(await counts(), before);

    // Without a signed agreement in force, the school cannot send at all.
    const agreementPage = '/collection/agreements';
    const token = await officer.csrfToken(agreementPage);
    await officer.postForm(`/collection/agreements/990002`, { _csrf: token, status: 'sent' });
    const [agreement] = await database().db.select().from(dataSharingAgreements);
    assert.ok(agreement);
    const signed = {
      _csrf: token,
      status: 'signed',
      signatory: 'Headteacher',
      signedOn: '2015-09-01',
      expiresOn: '2019-08-31',
    };
    assert.equal(
      (
        await officer.postForm(`/collection/agreements/${String(harbourside)}`, {
          ...signed,
          expiresOn: day(-1),
        })
      ).statusCode,
      303,
    );
    const expired = await dataLead.postForm(url, {
      _csrf: await dataLead.csrfToken(url),
      action: 'save',
      ...completeForm(),
    });
    assert.match(
      expired.body,
      new RegExp(`The school’s data-sharing agreement expired on ${formatDate(day(-1))}`),
    );
    const restored = await officer.postForm(`/collection/agreements/${String(harbourside)}`, {
      ...signed,
      expiresOn: day(400),
    });
    assert.equal(restored.statusCode, 303);
  });

  test('the overview, the late list and a chase; a school not late is not chased', async () => {
    const overview = await officer.get(`/collection/windows/${String(closedId)}?late=yes`);
    assert.equal(overview.statusCode, 200);
    assert.match(overview.body, /Late \(\d+\)/);
    const before = await counts();
    const token = await officer.csrfToken(`/collection/windows/${String(closedId)}`);
    const chased = await officer.postForm(`/collection/windows/${String(closedId)}/chases`, {
      _csrf: token,
      urn: String(harbourside),
    });
    assert.equal(chased.statusCode, 303);
    assert.match((await officer.get(`/collection/windows/${String(closedId)}`)).body, /reminded 1 time/);
    const notLate = await officer.postForm(`/collection/windows/${String(windowId)}/chases`, {
      _csrf: token,
      urn: '990002',
    });
    assert.equal(notLate.statusCode, 400);
    const after = await counts();
    assert.deepEqual([after[2], after[3]], [(before[2] ?? 0) + 1, (before[3] ?? 0) + 1]);
    assert.equal((await head.get(`/collection/windows/${String(closedId)}/picture`)).statusCode, 403);
  });

  test('the school’s people hear each step: the window open, the chase, returned, accepted, and late once', async () => {
    const toldTo = (email: string) => notificationsOf(services, email);
    for (const email of ['datalead@beacon.example', 'school@beacon.example']) {
      const titles = await toldTo(email);
      for (const expected of [
        /^Summer in-year progress is open for your school’s return until/,
        /^The council has returned your school’s return for Summer in-year progress with a comment/,
        /^The council has accepted your school’s return for Summer in-year progress$/,
        /^A reminder from the council: your school’s return for Last spring in-year progress was due by/,
      ])
        assert.ok(
          titles.some((t) => expected.test(t)),
          `${email} is told ${String(expected)}: ${titles.join(' | ')}`,
        );
      // A window opened after it closed is never announced as open.
      assert.ok(!titles.some((t) => t.includes('Last spring in-year progress is open')));
      // No figure is ever in a notification.
      assert.ok(!titles.some((t) => /\d+(\.\d+)?%/.test(t)));
    }
    const board = await toldTo('board@beacon.example');
    assert.ok(!board.some((t) => t.includes('return')), 'only the school’s people hear of its return');
    const { returnReminders } = await import('./notices.ts');
    assert.ok((await returnReminders(services, todayIso())) > 0);
    assert.equal(await returnReminders(services, todayIso()), 0, 'late once, however often it runs');
    assert.ok(
      (await toldTo('school@beacon.example')).some((t) =>
        t.startsWith('Your school’s return for Last spring in-year progress is late'),
      ),
    );
  });

  test('the workbook: downloaded for the school, filled in and uploaded; a wrong file is named and changes nothing', async () => {
    const upload = async (bytes: Buffer, name = 'return.xlsx') => {
      const form = new FormData();
      form.append('_csrf', await dataLead.csrfToken(url2));
      form.append('workbook', new Blob([new Uint8Array(bytes)]), name);
      return app.inject({
        method: 'POST',
        url: `${url2}/upload`,
        headers: { cookie: dataLead.sessionCookie },
        payload: form as unknown as string,
      });
    };
    // A second window for the upload, so the first stays accepted.
    const token = await officer.csrfToken('/collection');
    const made = await officer.postForm('/collection/windows', {
      _csrf: token,
      name: 'Extra in-year progress',
      opensOn: day(-1),
      closesOn: day(10),
      'phase-Primary': 'yes',
      'years-Primary': '6',
    });
    const url2 = `/collection/windows/${String(String(made.headers.location).split('/').pop())}/schools/${String(harbourside)}`;
    const template = await dataLead.get(`${url2}/template.xlsx`);
    assert.equal(template.statusCode, 200);
    const workbook = await newWorkbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Return');
    assert.ok(sheet);
    assert.equal(sheet.getCell('B3').value, harbourside);
    // Year 6 only: reading, writing, maths × four groups, from row 7; all pupils first in each subject.
    for (const r of [7, 11, 15])
      sheet.getRow(r).values = ['6', sheet.getCell(`B${String(r)}`).value, 'all pupils', 28, 64, 18];
    const predictions = workbook.getWorksheet('Predictions');
    assert.ok(predictions);
    predictions.getCell('C2').value = 52;
    const good = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await counts();
    sheet.getCell('E11').value = 130;
    const bad = Buffer.from(await workbook.xlsx.writeBuffer());
    const refused = await upload(bad);
    assert.equal(refused.statusCode, 400);
    assert.match(
      refused.body,
      /Return!E11: Year 6 writing, all pupils: the % on track for the expected standard is a percentage from 0 to 100/,
    );
    sheet.getCell('B3').value = 990002;
    const wrongSchool = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    assert.match(wrongSchool.body, /Return!B3 names school 990002, not 990001/);
    const notXlsx = await upload(Buffer.from('URN,Year\n990001,6\n'), 'return.csv');
    assert.match(notXlsx.body, /The file is not an Excel workbook \(\.xlsx\)/);
    const other = await newWorkbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'Attendance';
    const wrongSheet = await upload(Buffer.from(await other.xlsx.writeBuffer()));
    assert.match(
      wrongSheet.body,
      /The workbook has no sheet named “Return”: it is not Beacon’s return template/,
    );
    assert.deepEqual(await counts(), before);
    const saved = await upload(good);
    assert.equal(saved.statusCode, 303);
    const view = await services.inYearReturns.view(
      { userId: null, label: 'test', role: 'officer', schoolUrn: null, trustId: null },
      Number(url2.split('/')[3]),
      harbourside,
      todayIso(),
    );
    assert.equal(view.status, 'draft');
    assert.equal(
      view.figures[cellKey({ year: '6', subject: 'maths', group: 'all', measure: 'expected' })],
      64,
    );
    assert.equal(view.predictions.ks2rwm, 52);
  });

  test('the LA’s picture: weighted by pupils; a group under 6 pupils shown to officers only', async () => {
    const officerActor = {
      userId: null,
      label: 'o',
      role: 'officer' as const,
      schoolUrn: null,
      trustId: null,
    };
    const boardActor = { ...officerActor, role: 'board_member' as const };
    // Only Harbourside's return is in the window: Year 6 maths for all pupils is its own 30 and 70%.
    const [forOfficer, forBoard] = await Promise.all([
      services.inYearAnalysis.picture(officerActor, windowId),
      services.inYearAnalysis.picture(boardActor, windowId),
    ]);
    const row = (p: typeof forOfficer, group: 'all' | 'SEND') =>
      p.phases[0]?.rows.find((r) => r.year === '6' && r.subject === 'maths' && r.group === group);
    assert.deepEqual([row(forOfficer, 'all')?.pupils, row(forOfficer, 'all')?.expected], [30, 70]);
    assert.equal(row(forBoard, 'all')?.expected, 70);
    assert.deepEqual([row(forOfficer, 'SEND')?.expected, row(forOfficer, 'SEND')?.withheld], [25, false]);
    assert.deepEqual([row(forBoard, 'SEND')?.expected, row(forBoard, 'SEND')?.withheld], [null, true]);
    assert.equal((await board.get(`/collection/windows/${String(windowId)}/picture`)).statusCode, 200);
    // The running totals agree with the picture worked again from every return the LA holds.
    for (const window of await services.collectionWindows.list(officerActor)) {
      const held = await database()
        .db.select({ figures: inYearReturns.figures, status: inYearReturns.status, urn: inYearReturns.urn })
        .from(inYearReturns)
        .where(eq(inYearReturns.windowId, window.id));
      const picture = await services.inYearAnalysis.picture(officerActor, window.id);
      for (const phase of picture.phases) {
        const urns = new Set(
          (await services.collectionWindows.overview(officerActor, window.id, todayIso())).schools
            .filter((school) => school.phaseGroup === phase.grid.phase)
            .map((school) => school.urn),
        );
        const sent = held.filter(
          (r) => urns.has(r.urn) && (r.status === 'submitted' || r.status === 'accepted'),
        );
        const expected = inYearPicture(
          phase.grid,
          sent.map((r) => r.figures),
        );
        assert.deepEqual(
          phase.rows.map((r) => [
            r.schools,
            r.pupils,
            r.expected === null ? null : Math.round(r.expected * 1e9),
          ]),
          expected.map((r) => [
            r.schools,
            r.pupils,
            r.expected === null ? null : Math.round(r.expected * 1e9),
          ]),
          `${window.name}, ${phase.grid.phase}`,
        );
      }
    }
    assert.equal((await board.get(`/collection/windows/${String(windowId)}/accuracy`)).statusCode, 200);
  });

  test('the demonstration’s spring 2016 predictions against Portsmouth’s 2016 results (seed 001: 47.6%)', async () => {
    const windows = await services.collectionWindows.list({
      userId: null,
      label: 'o',
      role: 'officer',
      schoolUrn: null,
      trustId: null,
    });
    const spring = windows.find((w) => w.name === 'Spring 2016 in-year progress');
    assert.ok(spring);
    const accuracy = await services.inYearAnalysis.accuracy(spring.id);
    const ks2 = accuracy.measures.find((m) => m.prediction.key === 'ks2rwm');
    assert.ok(ks2);
    assert.equal(ks2.la.actual, 47.6);
    assert.equal((ks2.la.predicted ?? 0) > 47.6, true, 'the schools predicted higher than they got');
    const page = await officer.get(`/collection/windows/${String(spring.id)}/accuracy`);
    assert.match(page.body, /the LA’s result was 47\.6/);
  });

  test('turned on, the risk model reads schools’ predictions: a reason in the desk-top review', async () => {
    const admin = { userId: null, label: 'test', role: 'admin' as const, schoolUrn: null, trustId: null };
    const asAt = '2016-09-30';
    const before = await services.concern.review('851', asAt);
    assert.equal(
      before.entries.some((e) => e.reasons.some((r) => r.startsWith('The school predicts'))),
      false,
    );
    await services.concern.saveModel(admin, '851', {
      rules: [{ kind: 'predictedBelowNational', margin: 5, points: 2 }],
      categories: [
        { name: 'minimum', from: 0 },
        { name: 'moderate', from: 4 },
        { name: 'maximum', from: 8 },
      ],
    });
    const after = await services.concern.review('851', asAt);
    // England's 2016 figure is seed 001's 53%: the spring 2016 predictions below 48% give points.
    const flagged = after.entries.filter((e) => e.reasons.some((r) => r.startsWith('The school predicts')));
    assert.notEqual(flagged.length, 0);
    for (const e of flagged)
      assert.match(
        e.reasons.join('; '),
        /The school predicts (\d+(\.\d)?) for KS2 reading, writing and maths at the expected standard, more than 5 points below England’s latest \(53\) \(\+2\)/,
      );
  });
});
