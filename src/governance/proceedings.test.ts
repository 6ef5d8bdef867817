import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { count, eq } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, testOperator, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { loadDemo } from '../demo/load.ts';
import { todayIso } from '../kernel/format.ts';
import { paperKinds } from '../app/modules.ts';
import { auditLog, notifications, users } from '../access/schema.ts';
import {
  agendaItems,
  boardSeats,
  boards,
  declarations,
  meetingPapers,
  seatHolders,
  workProgrammeItems,
} from './schema.ts';

// What a board does through the year (SPEC C5; seed 001's terms of reference): set up from its
// terms of reference, its membership agreed at the first meeting of the academic year, its work
// programme approved and starting each agenda, interests declared, items deferred to a named later
// meeting, and papers published publicly without their exempt items.

const today = '2026-12-02';
const heading = (html: string) =>
  [...html.matchAll(/<h3 class="govuk-heading-s" id="item-\d+">\d+\. ([^<(]+)/g)].map((m) => m[1]?.trim());

describeOnDatabases(
  'a board’s year: membership, work programme, declarations, deferral, public papers',
  (database) => {
    let app: FastifyInstance;
    let services: Services;
    let officer: Visitor;
    let school: Visitor;
    let chair: Visitor;
    const counts = async () => ({
      boards: (await database().db.select({ n: count() }).from(boards))[0]?.n,
      seats: (await database().db.select({ n: count() }).from(boardSeats))[0]?.n,
      holders: (await database().db.select({ n: count() }).from(seatHolders))[0]?.n,
      items: (await database().db.select({ n: count() }).from(agendaItems))[0]?.n,
      declarations: (await database().db.select({ n: count() }).from(declarations))[0]?.n,
      programme: (await database().db.select({ n: count() }).from(workProgrammeItems))[0]?.n,
      papers: (await database().db.select({ n: count() }).from(meetingPapers))[0]?.n,
      audit: (await database().db.select({ n: count() }).from(auditLog))[0]?.n,
    });

    /** A board of three voting members, with their seats held, set up through the service. */
    async function threeMemberBoard(name: string) {
      const id = await services.boards.createBoard(testOperator, {
        board: {
          name,
          kind: 'scrutiny panel',
          frequency: 'half-termly',
          quorumFraction: 0.5,
          noticeDays: 5,
          noticeCounted: 'clearWorking',
        },
        seats: [
          {
            title: 'Councillors',
            places: 3,
            membership: 'voting',
            holders: [{ name: 'Cllr Ash' }, { name: 'Cllr Beech' }, { name: 'Cllr Cedar' }],
          },
        ],
      });
      const board = await services.boards.board(testOperator, id, today);
      return { id, holders: board.seats[0]?.holders.map((h) => h.id) ?? [] };
    }

    async function quorateMeeting(boardId: number, holders: number[], heldOn: string) {
      const meetingId = await services.meetings.createMeeting(
        testOperator,
        boardId,
        {
          heldOn,
          startsAt: '6 pm',
          agenda: [
            { kind: 'report', title: 'Budget monitoring' },
            { kind: 'report', title: 'Staffing matters', exemptParagraph: 1 },
            { kind: 'future meetings', title: 'Dates of future meetings' },
          ],
        },
        today,
      );
      await services.meetings.recordAttendance(
        testOperator,
        meetingId,
        holders.map((holderId) => ({ holderId, status: 'present' })),
        today,
      );
      return meetingId;
    }

    before(async () => {
      const built = await buildTestApp(database());
      app = built.app;
      services = built.services;
      await loadDemo(services);
      officer = new Visitor(app);
      await officer.signIn('officer@beacon.example', 'demo-officer-password');
      school = new Visitor(app);
      await school.signIn('school@beacon.example', 'demo-school-password');
      chair = new Visitor(app);
      await chair.signIn('board@beacon.example', 'demo-board-password');
    });

    after(async () => {
      await app.close();
    });

    test('an officer sets up a board from its terms of reference; its seats are read as seed 001 writes them', async () => {
      const token = await officer.csrfToken('/boards/new');
      const created = await officer.postForm('/boards', {
        _csrf: token,
        name: 'Education Strategic Board',
        kind: 'strategic board',
        frequency: 'termly',
        quorumPercent: '50',
        noticeDays: '7',
        noticeCounted: 'calendar',
        termWarningDays: '60',
        purpose: 'To oversee the work of the Portsmouth Education Partnership.',
        responsibilities:
          'To approve an annual work programme\nTo receive reports from the Operational Group',
        seats:
          'Independent chair\n2 x secondary headteachers\n1x special headteacher\nPCC data team (non-voting)',
      });
      assert.equal(created.statusCode, 303);
      const page = await officer.get(String(created.headers.location));
      assert.match(page.body, /50% of voting members: 2 of 4 voting places/);
      assert.match(page.body, /secondary headteachers \(2 places\)/);
      assert.match(page.body, /To approve an annual work programme/);
      assert.match(page.body, /The membership has not been agreed this academic year/);
    });

    const refusedBoards: { why: string; form: Record<string, string>; message: RegExp }[] = [
      { why: 'a quorum over 100%', form: { quorumPercent: '150' }, message: /no more than 100%/ },
      { why: 'a quorum that is not a number', form: { quorumPercent: 'half' }, message: /like 50/ },
      {
        why: 'a negative notice period',
        form: { noticeDays: '-3' },
        message: /whole number of days, like 7/,
      },
      {
        why: 'a seat of no places',
        form: { seats: '0 x primary headteachers' },
        message: /at least one place/,
      },
      {
        why: 'no kind',
        form: { kind: 'committee of the whole' },
        message: /Choose what kind of board it is/,
      },
    ];
    for (const c of refusedBoards) {
      test(`a board with ${c.why} is refused on the form and nothing is written`, async () => {
        const before = await counts();
        const token = await officer.csrfToken('/boards/new');
        const refused = await officer.postForm('/boards', {
          _csrf: token,
          name: 'Refused board',
          kind: 'scrutiny panel',
          frequency: 'termly',
          noticeDays: '7',
          termWarningDays: '60',
          ...c.form,
        });
        assert.equal(refused.statusCode, 400);
        assert.match(refused.body, c.message);
        assert.match(refused.body, /value="Refused board"/, 'what was typed is kept');
        assert.deepEqual(await counts(), before);
      });
    }

    test('a forged form without its CSRF token changes nothing', async () => {
      const before = await counts();
      const forged = await officer.postForm('/boards', { name: 'Forged', kind: 'scrutiny panel' });
      assert.equal(forged.statusCode, 403);
      assert.deepEqual(await counts(), before);
    });

    test('a new version of the terms of reference is dated and the earlier one kept', async () => {
      const { id } = await threeMemberBoard('Scrutiny panel for its terms');
      const url = `/boards/${String(id)}`;
      const token = await officer.csrfToken(url);
      const before = await counts();
      const undated = await officer.postForm(`${url}/terms`, { _csrf: token, purpose: 'To scrutinise.' });
      assert.equal(undated.statusCode, 400);
      assert.match(undated.body, /Enter a real date, with the day, month and year/);
      assert.deepEqual(await counts(), before);
      for (const [termsAgreedOn, purpose, termsStatus] of [
        ['2016-07-01', 'To scrutinise the council’s schools.', 'draft'],
        ['2016-09-30', 'To scrutinise school improvement in the city.', 'agreed'],
      ] as const)
        assert.equal(
          (await officer.postForm(`${url}/terms`, { _csrf: token, termsAgreedOn, purpose, termsStatus }))
            .statusCode,
          303,
        );
      const page = await officer.get(url);
      assert.match(
        page.body,
        /Agreed, 30 September 2016\.<\/p>\s*<h3 class="govuk-heading-s">Purpose<\/h3>\s*<p class="govuk-body">To scrutinise school improvement in the city\./,
      );
      assert.match(
        page.body,
        /Earlier versions<\/h3>\s*<ul class="govuk-list">\s*<li>Draft, 1 July 2016<\/li>/,
      );
    });

    test('a member takes a seat on the board’s page; a full seat refuses another; a term ends', async () => {
      const { id } = await threeMemberBoard('Scrutiny panel for seats');
      const board = await services.boards.board(testOperator, id, today);
      const seatId = String(board.seats[0]?.id);
      const token = await officer.csrfToken(`/boards/${String(id)}`);
      const before = await counts();
      const full = await officer.postForm(`/boards/${String(id)}/holders`, {
        _csrf: token,
        seatId,
        name: 'Cllr Damson',
      });
      assert.equal(full.statusCode, 400);
      assert.match(full.body, /“Councillors” has 3 places, all held: end someone’s term first/);
      assert.deepEqual(await counts(), before);
      const holderId = String(board.seats[0]?.holders[0]?.id);
      const backwards = await officer.postForm(`/boards/${String(id)}/terms/end`, {
        _csrf: token,
        holderId,
        termEnd: '2026-02-31',
      });
      assert.equal(backwards.statusCode, 400);
      assert.match(backwards.body, /Enter a real date, with the day, month and year/);
      const ended = await officer.postForm(`/boards/${String(id)}/terms/end`, {
        _csrf: token,
        holderId,
        termEnd: '2026-12-01',
      });
      assert.equal(ended.statusCode, 303);
      const added = await officer.postForm(`/boards/${String(id)}/holders`, {
        _csrf: token,
        seatId,
        name: 'Cllr Damson',
        termStart: '2026-12-02',
        termEnd: '2030-05-31',
      });
      assert.equal(added.statusCode, 303);
      const page = await officer.get(`/boards/${String(id)}`);
      assert.match(page.body, /Cllr Damson <span class="govuk-body-s">\(until 31 May 2030\)/);
      assert.doesNotMatch(page.body, /Cllr Ash/);
      assert.equal((await counts()).audit, (before.audit ?? 0) + 2);
    });

    test('the work programme starts the agenda; the first meeting of the year agrees the membership; both are approved by decision', async () => {
      const { id, holders } = await threeMemberBoard('Scrutiny panel for the year');
      const token = await officer.csrfToken(`/boards/${String(id)}`);
      for (const [month, title] of [
        ['12', 'KPI report'],
        ['12', 'Provisional results'],
        ['3', 'Budget'],
      ] as const) {
        const planned = await officer.postForm(`/boards/${String(id)}/programme`, {
          _csrf: token,
          academicYear: '2026',
          month,
          title,
        });
        assert.equal(planned.statusCode, 303);
      }
      const noMonth = await officer.postForm(`/boards/${String(id)}/programme`, {
        _csrf: token,
        academicYear: '2026',
        month: '',
        title: 'Nothing',
      });
      assert.equal(noMonth.statusCode, 400);
      assert.match(noMonth.body, /Choose the month it is planned for/);

      const made = await officer.postForm(`/boards/${String(id)}/meetings`, {
        _csrf: token,
        heldOn: '2026-12-10',
        startsAt: '6 pm',
      });
      assert.equal(made.statusCode, 303);
      const meetingUrl = String(made.headers.location);
      const meetingId = Number(meetingUrl.split('/').pop());
      const page = await officer.get(meetingUrl);
      assert.deepEqual(heading(page.body), [
        'Apologies for absence',
        'Declarations of interests',
        'Minutes of the last meeting',
        'Matters arising',
        'Membership and terms of reference for the year',
        'Work programme 2026/27',
        'KPI report',
        'Provisional results',
        'Dates of future meetings',
      ]);

      await services.meetings.recordAttendance(
        testOperator,
        meetingId,
        holders.map((holderId) => ({ holderId, status: 'present' })),
        today,
      );
      const meeting = await services.meetings.meeting(testOperator, meetingId, today);
      const itemOf = (kind: string) => String(meeting.agenda.find((i) => i.kind === kind)?.id);
      const meetingToken = await officer.csrfToken(meetingUrl);
      for (const kind of ['membership', 'work programme'])
        assert.equal(
          (
            await officer.postForm(`${meetingUrl}/items/${itemOf(kind)}/decision`, {
              _csrf: meetingToken,
              outcome: 'approved',
            })
          ).statusCode,
          303,
        );
      const board = await officer.get(`/boards/${String(id)}`);
      assert.match(board.body, /Membership agreed for this academic year on 10 December 2026\./);
      assert.match(
        board.body,
        /Approved by the board at its <a class="govuk-link" href="\/meetings\/\d+">meeting of 10 December 2026/,
      );
      const before = await counts();
      const late = await officer.postForm(`/boards/${String(id)}/programme`, {
        _csrf: token,
        academicYear: '2026',
        month: '5',
        title: 'Another',
      });
      assert.equal(late.statusCode, 400);
      assert.match(late.body, /approved the work programme for 2026\/27: it cannot be changed here/);
      assert.deepEqual(await counts(), before);
      // A later meeting that year neither agrees the membership again nor takes the programme.
      const march = await officer.postForm(`/boards/${String(id)}/meetings`, {
        _csrf: token,
        heldOn: '2027-03-11',
        startsAt: '6 pm',
      });
      assert.deepEqual(heading((await officer.get(String(march.headers.location))).body).slice(4), [
        'Budget',
        'Dates of future meetings',
      ]);
    });

    test('a member declares an interest in an item; someone not on the board cannot', async () => {
      const { id, holders } = await threeMemberBoard('Scrutiny panel for interests');
      const meetingId = await quorateMeeting(id, holders, '2026-11-12');
      const meeting = await services.meetings.meeting(testOperator, meetingId, today);
      const budget = String(meeting.agenda[0]?.id);
      const stranger = (await services.boards.board(testOperator, 2, today)).seats[0]?.holders[0]?.id;
      const url = `/meetings/${String(meetingId)}`;
      const token = await officer.csrfToken(url);
      const before = await counts();
      const refused = await officer.postForm(`${url}/declarations`, {
        _csrf: token,
        holderId: String(stranger),
        agendaItemId: budget,
        interest: 'Governor of a school named',
      });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Only a member of the board on the day declares an interest/);
      const empty = await officer.postForm(`${url}/declarations`, {
        _csrf: token,
        holderId: String(holders[1]),
        agendaItemId: budget,
        interest: ' ',
      });
      assert.match(empty.body, /Say what the interest is/);
      assert.deepEqual(await counts(), before);
      const declared = await officer.postForm(`${url}/declarations`, {
        _csrf: token,
        holderId: String(holders[1]),
        agendaItemId: budget,
        interest: 'Governor of Harbourside Primary, named in the report',
      });
      assert.equal(declared.statusCode, 303);
      const page = await officer.get(url);
      assert.match(
        page.body,
        /Interests declared:<\/p>\s*<ul[^>]*><li>Cllr Beech: Governor of Harbourside Primary, named in the report<\/li>/,
      );
    });

    test('an item deferred goes to the later meeting named, with its papers; not to an earlier one', async () => {
      const { id, holders } = await threeMemberBoard('Scrutiny panel for deferral');
      const earlier = await quorateMeeting(id, holders, '2026-10-01');
      const meetingId = await quorateMeeting(id, holders, '2026-11-19');
      const later = await quorateMeeting(id, holders, '2027-01-14');
      const item = (await services.meetings.meeting(testOperator, meetingId, today)).agenda[0];
      assert.ok(item);
      await services.papers.attach(
        testOperator,
        paperKinds,
        meetingId,
        item.id,
        { kind: 'results-summary', laCode: '851', period: '2016' },
        today,
      );
      const url = `/meetings/${String(meetingId)}`;
      const token = await officer.csrfToken(url);
      const before = await counts();
      for (const [to, message] of [
        [String(earlier), /deferred to a later meeting of the same board/],
        ['1', /deferred to a later meeting of the same board/],
        ['', /Choose the meeting it is deferred to/],
      ] as const) {
        const refused = await officer.postForm(`${url}/items/${String(item.id)}/decision`, {
          _csrf: token,
          outcome: 'deferred',
          deferredToMeetingId: to,
        });
        assert.equal(refused.statusCode, 400);
        assert.match(refused.body, message);
      }
      assert.deepEqual(await counts(), before);
      const deferred = await officer.postForm(`${url}/items/${String(item.id)}/decision`, {
        _csrf: token,
        outcome: 'deferred',
        deferredToMeetingId: String(later),
        reasons: 'The figures are provisional',
      });
      assert.equal(deferred.statusCode, 303);
      assert.match(
        (await officer.get(url)).body,
        /Deferred to the <a class="govuk-link" href="\/meetings\/\d+">meeting of 14 January 2027<\/a>/,
      );
      const next = await officer.get(`/meetings/${String(later)}`);
      assert.deepEqual(heading(next.body), [
        'Budget monitoring',
        'Staffing matters',
        'Budget monitoring',
        'Dates of future meetings',
      ]);
      assert.match(
        next.body,
        /Deferred from the <a class="govuk-link" href="\/meetings\/\d+">meeting of 19 November 2026<\/a>/,
      );
      assert.equal((await counts()).papers, (before.papers ?? 0) + 1, 'its paper goes with it');
    });

    test('publishing the papers tells the board’s members who have an account (notifications)', async () => {
      const { db } = services.database;
      const [member] = await db.select().from(users).where(eq(users.email, 'board@beacon.example'));
      assert.ok(member);
      const id = await services.boards.createBoard(testOperator, {
        board: {
          name: 'Admissions forum',
          kind: 'scrutiny panel',
          frequency: 'half-termly',
          quorumFraction: 0.5,
          noticeDays: 5,
          noticeCounted: 'clearWorking',
        },
        seats: [
          {
            title: 'Headteachers',
            places: 2,
            membership: 'voting',
            holders: [{ name: 'A member with an account', userId: member.id }, { name: 'A member without' }],
          },
        ],
      });
      const board = await services.boards.board(testOperator, id, today);
      const meetingId = await quorateMeeting(
        id,
        board.seats[0]?.holders.map((h) => h.id) ?? [],
        '2026-12-21',
      );
      const url = `/meetings/${String(meetingId)}`;
      assert.equal(
        (await officer.postForm(`${url}/publish`, { _csrf: await officer.csrfToken(url) })).statusCode,
        303,
      );
      const told = await db.select().from(notifications).where(eq(notifications.userId, member.id));
      assert.deepEqual(
        told.filter((n) => n.kind === 'papers-published').map((n) => [n.title, n.href]),
        [['Papers published for the Admissions forum meeting of 21 December 2026', `${url}/pack`]],
      );
    });

    test('papers published publicly: anyone signed in reads them, without the exempt item; others’ papers stay private', async () => {
      const { id, holders } = await threeMemberBoard('Scrutiny panel in public');
      const open = await quorateMeeting(id, holders, '2026-12-17');
      const closed = await quorateMeeting(id, holders, '2026-12-18');
      for (const [meetingId, audience] of [
        [open, 'yes'],
        [closed, undefined],
      ] as const) {
        const url = `/meetings/${String(meetingId)}`;
        const token = await officer.csrfToken(url);
        const published = await officer.postForm(`${url}/publish`, {
          _csrf: token,
          ...(audience ? { public: audience } : {}),
        });
        assert.equal(published.statusCode, 303);
      }
      const members = await officer.get(`/meetings/${String(open)}/pack`);
      assert.match(members.body, /Staffing matters/);
      for (const reader of [school, chair]) {
        const pack = await reader.get(`/meetings/${String(open)}/pack`);
        assert.equal(pack.statusCode, 200);
        assert.match(pack.body, /Budget monitoring/);
        assert.doesNotMatch(pack.body, /Staffing matters/);
        assert.match(pack.body, /Items exempt from publication under Schedule 12A/);
        assert.equal((await reader.get(`/meetings/${String(closed)}/pack`)).statusCode, 404);
        // The API gives the same pack as data, with the same permission and the same public view.
        const data = (await reader.get(`/api/v1/meetings/${String(open)}/pack`)).json<{
          meeting: { publicView: boolean; agenda: { title: string }[] };
        }>();
        assert.equal(data.meeting.publicView, true);
        assert.deepEqual(
          data.meeting.agenda.map((i) => i.title),
          ['Budget monitoring', 'Dates of future meetings'],
        );
        assert.match(
          (await reader.get('/boards')).body,
          /Scrutiny panel in public: meeting of 17 December 2026/,
        );
      }
      assert.equal((await school.get(`/meetings/${String(open)}`)).statusCode, 403);
      const [row] = await database().db.select().from(boards).where(eq(boards.id, id));
      assert.equal(row?.name, 'Scrutiny panel in public');
    });

    test('each capability’s report goes to a board as a paper, frozen when the papers are published', async () => {
      const { id, holders } = await threeMemberBoard('Scrutiny panel for reports');
      const meetingId = await quorateMeeting(id, holders, '2026-12-21');
      const item = String((await services.meetings.meeting(testOperator, meetingId, today)).agenda[0]?.id);
      const url = `/meetings/${String(meetingId)}`;
      const token = await officer.csrfToken(url);
      const attach = (fields: Record<string, string>) =>
        officer.postForm(`${url}/items/${item}/papers`, { _csrf: token, ...fields });
      const missing = await attach({ kind: 'concern-report', laCode: '851' });
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /Give the report’s start date/);
      const backwards = await attach({
        kind: 'concern-report',
        laCode: '851',
        from: '2016-09-01',
        to: '2016-04-01',
      });
      assert.match(backwards.body, /The end date must be the same as or after the start date/);
      const noPlan = await attach({ kind: 'commissioning-plan', academicYear: '2030' });
      assert.match(noPlan.body, /Beacon has no such report: there is no commissioning plan for 2030\/31/);
      const reports: Record<string, string>[] = [
        { kind: 'plan-progress', planId: '1' },
        { kind: 'kpi-report', planId: '1' },
        { kind: 'concern-report', laCode: '851', from: '2016-04-01', to: '2016-09-30' },
        { kind: 'landscape', laCode: '851', to: '2016-09-30' },
        // Support (SPEC C6, 9): a programme's impact, and the year's commissioning plan.
        { kind: 'programme-impact', programmeId: '1' },
        { kind: 'commissioning-plan', academicYear: '2016' },
      ];
      for (const fields of reports) assert.equal((await attach(fields)).statusCode, 303, fields.kind);
      assert.equal((await officer.postForm(`${url}/publish`, { _csrf: token })).statusCode, 303);
      const papers = await services.papers.papersOf(meetingId);
      assert.equal(papers.length, 6);
      // Frozen on the day they were published: the server's today, whatever this test calls today.
      assert.deepEqual(
        papers.map((p) => [p.frozenHtml !== null, p.frozenOn]),
        papers.map(() => [true, todayIso()]),
      );
      const pack = await officer.get(`${url}/pack`);
      assert.match(
        pack.body,
        /Paper 1<\/span>\s*<h2 class="govuk-heading-l" id="paper-\d+">Progress report: /,
      );
      assert.match(pack.body, /KPI report: /);
      assert.match(pack.body, /Schools causing concern in Portsmouth: 1 April 2016 to 30 September 2016/);
      assert.match(pack.body, /Portsmouth: educational landscape on 30 September 2016/);
      assert.match(pack.body, /Impact report: Challenge the Gap/);
      assert.match(pack.body, /Commissioning plan 2016\/17/);
    });
  },
);
