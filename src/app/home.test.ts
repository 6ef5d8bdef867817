import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, testOperator, Visitor } from './testing.ts';
import type { Services } from '../kernel/services.ts';
import { todayIso } from '../kernel/format.ts';
import { loadDemo } from '../demo/load.ts';
import { cellKey, defaultGrids, gridRows } from '../collection/rules/grid.ts';
import { recordRefusedImport } from '../imports/record.ts';
import { ImportFailedError, silentProgress } from '../kernel/importFiles.ts';
import { supportVisits } from '../concern/schema.ts';
import { fromRoot } from '../kernel/paths.ts';

const valuesTemplate = fromRoot('docs/templates/values-template.csv');

// The home page says what needs each person's attention, from what each capability contributes:
// a board member's next meeting, an action owner's overdue actions, a system leader's deployments,
// the LA's returns to decide and a school's return due. Dates are the server's own today.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describeOnDatabases('home: what needs my attention', (database) => {
  let app: FastifyInstance;
  let services: Services;
  const home = async (email: string, password: string) => {
    const visitor = new Visitor(app);
    await visitor.signIn(email, password);
    const page = await visitor.get('/');
    assert.equal(page.statusCode, 200);
    const section = /id="attention">([\s\S]*?)<h2/.exec(page.body)?.[1] ?? '';
    return section
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  };

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    const today = todayIso();
    // A meeting of the Strategic Board next week, and a return open now that Harbourside has sent.
    const board = (await services.boards.list(testOperator, today)).find((b) => b.kind === 'strategic board');
    assert.ok(board);
    await services.meetings.createMeeting(
      testOperator,
      board.id,
      { heldOn: day(7), startsAt: '4 pm', agenda: [{ kind: 'report', title: 'In-year progress' }] },
      today,
    );
    const windowId = await services.collectionWindows.open(testOperator, {
      name: 'Summer in-year progress',
      laCode: '851',
      opensOn: day(-3),
      closesOn: day(20),
      phases: ['Primary'],
    });
    const figures: Record<string, number> = {};
    for (const row of gridRows(defaultGrids.Primary).filter((r) => r.group === 'all'))
      for (const [measure, value] of [
        ['pupils', 30],
        ['expected', 70],
        ['higher', 20],
      ] as const)
        figures[cellKey({ ...row, measure })] = value;
    await services.inYearReturns.change(
      testOperator,
      windowId,
      990002,
      'authorise',
      { figures, predictions: { ks2rwm: 60 }, notes: {} },
      today,
    );
  });

  after(async () => {
    await app.close();
  });

  test('the officer: returns waiting for a decision, deployments proposed', async () => {
    const said = await home('officer@beacon.example', 'demo-officer-password');
    assert.match(said, /1 return waits for your decision: Summer in-year progress/);
    assert.match(said, /1 deployment is proposed and not yet agreed with the school/);
    assert.match(said, /Strategic Board \(shadow\) meets next/);
  });

  test('the board member: the next meeting of their board', async () => {
    const said = await home('board@beacon.example', 'demo-board-password');
    assert.match(
      said,
      new RegExp(`Strategic Board \\(shadow\\) meets next \\(\\d{1,2} [A-Z][a-z]+ \\d{4}\\)`),
    );
    assert.doesNotMatch(said, /return/);
  });

  test('the system leader: their deployment under way', async () => {
    const said = await home('leader@beacon.example', 'demo-leader-password');
    assert.match(said, /1 of your deployments is under way: log your visits/);
  });

  test('the school: its return due, with its closing date; another school’s is not mentioned', async () => {
    const said = await home('school@beacon.example', 'demo-school-password');
    assert.match(
      said,
      /Harbourside Primary School’s Summer in-year progress return is not started: due by \(\d{1,2} [A-Z][a-z]+ \d{4}\)/,
    );
    assert.doesNotMatch(said, /Spinnaker/);
  });

  test('the action owner: the overdue actions they lead', async () => {
    const said = await home('owner@beacon.example', 'demo-owner-password');
    const mine = await services.plans.myActions(
      (await services.users.list())
        .map((u) => ({
          userId: u.id,
          label: u.email,
          role: u.role,
          schoolUrn: u.schoolUrn,
          trustId: u.trustId,
        }))
        .find((u) => u.label === 'owner@beacon.example') ?? testOperator,
    );
    const overdue = mine.filter((a) => a.timeliness === 'overdue').length;
    // The demonstration's plans are of 2016/17: by today every one the owner leads with a date is overdue.
    assert.notEqual(overdue, 0);
    assert.match(said, new RegExp(`${String(overdue)} actions? you lead (is|are) overdue`));
  });

  test('the administrator: accounts locked, imports refused, and how fresh each source’s figures are', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      await new Visitor(app).signIn('owner@beacon.example', 'not the password');
    await recordRefusedImport(
      services.database.db,
      testOperator,
      'lait',
      new ImportFailedError('lait.csv', [{ line: 2, message: 'bad' }]),
    );
    const said = await home('admin@beacon.example', 'demo-admin-password');
    assert.match(said, /1 account is locked after too many wrong passwords/);
    assert.match(said, /1 import was refused in the last 7 days/);
    const visitor = new Visitor(app);
    await visitor.signIn('admin@beacon.example', 'demo-admin-password');
    const page = await visitor.get('/');
    // Seed 001's 2016 figures, as the demonstration loads them.
    assert.match(page.body, /DfE LAIT data dictionary: figures up to 2016/);
  });

  test('the school: visit notes shared with it wait for its response', async () => {
    await services.database.db.insert(supportVisits).values({
      urn: 990001,
      visitOn: day(-2),
      days: 0.5,
      officer: 'School improvement officer',
      purpose: 'Maths book scrutiny',
      createdBy: 'School improvement officer',
      status: 'done',
      notes: 'Books show progress.',
      notesSharedAt: new Date(),
    });
    const said = await home('school@beacon.example', 'demo-school-password');
    assert.match(said, /1 visit’s notes wait for your response/);
  });

  test('the officer: success measures off track, and data imported since they last signed in', async () => {
    const said = await home('officer@beacon.example', 'demo-officer-password');
    // Seed 000's SM1 among them: KS2 ranked 140 of 150 against a top-half target (seed 001).
    const offTrack = await services.plans.offTrackKpis();
    assert.ok(offTrack.some((k) => k.number === 'SM1'));
    // Those their latest figure has just put off track are told apart from those off track before it.
    const newly = offTrack.filter((k) => k.newly).length;
    const still = offTrack.length - newly;
    if (newly > 0)
      assert.match(
        said,
        new RegExp(
          `${String(newly)} success measures? (has|have) gone off track with (its|their) latest figures`,
        ),
      );
    if (still > 0)
      assert.match(said, new RegExp(`${String(still)} success measures? (is|are) (still )?off track`));
    // Seed 000's 3Ms: schools the review proposes above their confirmed category (none is the lowest).
    const review = await services.concern.review('851', todayIso());
    const place = (name: string | null) =>
      name === null ? 0 : review.model.categories.findIndex((c) => c.name === name);
    const above = review.entries.filter((e) => place(e.proposedCategory) > place(e.currentCategory)).length;
    assert.ok(above > 0, 'the demonstration’s review proposes some schools above the lowest category');
    assert.match(
      said,
      new RegExp(`${String(above)} schools? (is|are) proposed for a higher category than the one confirmed`),
    );
    await services.performance.importValuesTemplate(testOperator, valuesTemplate, silentProgress);
    const again = await home('officer@beacon.example', 'demo-officer-password');
    assert.match(again, /1 file of figures was imported since you last signed in/);
  });
});
