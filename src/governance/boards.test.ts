import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { count } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { addUser, buildTestApp, notificationsOf, testOperator, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { ValidationError } from '../kernel/errors.ts';
import { loadDemo } from '../demo/load.ts';
import { auditLog } from '../access/schema.ts';
import { boards, seatHolders } from './schema.ts';
import type { BoardInput } from './boards/service.ts';

// Seed 001's boards: the Education Advisory Board's notice of meeting names its members; the draft
// terms of reference (appendices 3 and 4) give the shadow Strategic Board's 20 places, its termly
// meetings, its quorum of 50% and papers "at least one week in advance".

const today = '2026-12-02';
const aBoard = (changes: Partial<BoardInput> = {}): BoardInput => ({
  name: 'Schools Forum',
  kind: 'schools forum',
  frequency: 'termly',
  quorumFraction: 0.4,
  noticeDays: 5,
  noticeCounted: 'clearWorking',
  ...changes,
});

describeOnDatabases('boards (SPEC C5)', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  const counts = async () => ({
    boards: (await database().db.select({ n: count() }).from(boards))[0]?.n,
    holders: (await database().db.select({ n: count() }).from(seatHolders))[0]?.n,
    audit: (await database().db.select({ n: count() }).from(auditLog))[0]?.n,
  });

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

  test('the officer reads seed 001’s three boards; the Strategic Board’s quorum is 10 of its 20 places', async () => {
    const list = await officer.get('/boards');
    assert.equal(list.statusCode, 200);
    for (const name of ['Education Advisory Board', 'Strategic Board (shadow)', 'Operational Group (shadow)'])
      assert.match(list.body, new RegExp(name.replace(/[()]/g, '\\$&')));
    const strategic = (await services.boards.list(testOperator, today)).find(
      (b) => b.kind === 'strategic board',
    );
    assert.ok(strategic);
    assert.equal(strategic.votingPlaces, 20);
    const page = await officer.get(`/boards/${String(strategic.id)}`);
    assert.match(page.body, /50% of voting members: 10 of 20 voting places/);
    assert.match(page.body, /Papers at least 7 days before the meeting/);
    assert.match(page.body, /Hilary Loder/);
    assert.match(page.body, /Draft, 30 September 2016/);
    assert.match(page.body, /Receive and approve reports from the PEP Operational Group/);
    const operational = await officer.get(
      `/boards/${String((await services.boards.list(testOperator, today)).find((b) => b.kind === 'operational group')?.id)}`,
    );
    assert.match(operational.body, /Quorum\s*<\/dt>\s*<dd[^>]*>\s*Not set in its terms of reference/);
    assert.match(operational.body, /1 place not filled/, 'six headteachers’ places, five named');
  });

  test('a board member reads only the boards they sit on; a school user none', async () => {
    const board = new Visitor(app);
    await board.signIn('board@beacon.example', 'demo-board-password');
    const list = await board.get('/boards');
    assert.match(list.body, /Strategic Board \(shadow\)/);
    // Not the Advisory Board itself: only the papers it published publicly.
    assert.doesNotMatch(list.body, /href="\/boards\/\d+">Education Advisory Board/);
    assert.match(list.body, /Education Advisory Board: meeting of 30 September 2016/);
    const advisory = (await services.boards.list(testOperator, today)).find(
      (b) => b.kind === 'advisory board',
    );
    assert.equal(
      (await board.get(`/boards/${String(advisory?.id)}`)).statusCode,
      404,
      'as if it did not exist',
    );
    const school = new Visitor(app);
    await school.signIn('school@beacon.example', 'demo-school-password');
    // A school user finds only the papers published publicly: no board, and no board's page.
    const schoolList = await school.get('/boards');
    assert.equal(schoolList.statusCode, 200);
    assert.doesNotMatch(schoolList.body, /href="\/boards\/\d+"/);
    assert.match(schoolList.body, /Papers published publicly/);
    assert.equal((await school.get(`/boards/${String(advisory?.id)}`)).statusCode, 403);
  });

  const refusals: {
    why: string;
    input: Parameters<Services['boards']['createBoard']>[1];
    message: RegExp;
  }[] = [
    {
      why: 'a quorum of nobody',
      input: { board: aBoard({ quorumFraction: 0 }) },
      message: /more than 0% and no more than 100%/,
    },
    {
      why: 'a quorum over everyone',
      input: { board: aBoard({ quorumFraction: 1.5 }) },
      message: /more than 0% and no more than 100%/,
    },
    {
      why: 'a negative notice period',
      input: { board: aBoard({ noticeDays: -3 }) },
      message: /Notice is a whole number of days, 0 or more/,
    },
    {
      why: 'more holders than a seat has places',
      input: {
        board: aBoard(),
        seats: [
          {
            title: 'Primary headteachers',
            places: 2,
            membership: 'voting',
            holders: [{ name: 'A' }, { name: 'B' }, { name: 'C' }],
          },
        ],
      },
      message: /“Primary headteachers” has 2 places, not 3/,
    },
    {
      why: 'a term that ends before it starts',
      input: {
        board: aBoard(),
        seats: [
          {
            title: 'Chair',
            places: 1,
            membership: 'voting',
            holders: [{ name: 'A', termStart: '2026-09-01', termEnd: '2026-08-31' }],
          },
        ],
      },
      message: /A term ends on or after the day it starts/,
    },
  ];
  for (const r of refusals) {
    test(`a board with ${r.why} is refused with a clear reason, and nothing is written`, async () => {
      const before = await counts();
      await assert.rejects(services.boards.createBoard(testOperator, r.input), (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.match(error.problems.map((p) => p.message).join('; '), r.message);
        return true;
      });
      assert.deepEqual(await counts(), before);
    });
  }

  test('a new board is audited; a full seat takes no one more; a term ending soon is flagged', async () => {
    const before = await counts();
    const id = await services.boards.createBoard(testOperator, {
      board: aBoard({ termWarningDays: 30 }),
      seats: [
        {
          title: 'Chair',
          places: 1,
          membership: 'voting',
          office: 'chair',
          holders: [{ name: 'Pat Chair', termStart: '2024-09-01', termEnd: '2026-12-20' }],
        },
      ],
    });
    assert.equal((await counts()).audit, (before.audit ?? 0) + 1);
    const board = await services.boards.board(testOperator, id, today);
    const [chair] = board.seats;
    assert.ok(chair);
    await assert.rejects(
      services.boards.addHolder(testOperator, id, chair.id, { name: 'Another' }, today),
      /“Chair” has 1 place, all held: end someone’s term first/,
    );
    assert.deepEqual(board.termsEnding, [{ name: 'Pat Chair', seat: 'Chair', termEnd: '2026-12-20' }]);
    const page = await officer.get(`/boards/${String(id)}`);
    assert.match(page.body, /Pat Chair’s term as Chair ends on 20 December 2026\./);
  });

  test('a member whose term is ending hears once, within the board’s warning period and not before', async () => {
    const member = await addUser(services, { email: 'terms@council.example.gov.uk', role: 'board_member' });
    await services.boards.createBoard(testOperator, {
      board: aBoard({ name: 'Terms Board', termWarningDays: 30 }),
      seats: [
        {
          title: 'Vice-chair',
          places: 1,
          membership: 'voting',
          office: 'vice-chair',
          holders: [
            { name: 'Terry Terms', userId: member.id, termStart: '2024-09-01', termEnd: '2027-03-31' },
          ],
        },
      ],
    });
    const { termReminders } = await import('./reminders.ts');
    const told = () => notificationsOf(services, 'terms@council.example.gov.uk');
    // 1 March 2027 is 30 days before the term ends; 28 February is 31.
    assert.equal(await termReminders(services, '2027-02-28'), 0);
    assert.deepEqual(await told(), []);
    assert.equal(await termReminders(services, '2027-03-01'), 1);
    assert.equal(await termReminders(services, '2027-03-02'), 0, 'once');
    assert.deepEqual(await told(), ['Your term on the Terms Board as Vice-chair ends on 31 March 2027']);
  });
});
