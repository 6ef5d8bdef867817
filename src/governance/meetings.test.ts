import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { count } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, notificationsOf, pageText, testOperator, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { ValidationError } from '../kernel/errors.ts';
import { loadDemo } from '../demo/load.ts';
import { auditLog } from '../access/schema.ts';
import { attendance, decisions, meetings } from './schema.ts';

// Seed 001: the Education Advisory Board met on 30 September 2016; item 3's recommendations a) to d)
// were for the board to note. The shadow Strategic Board's quorum is 50% of its 20 places.

const today = '2026-12-02';

describeOnDatabases('board meetings, quorum and decisions (SPEC C5)', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  let chair: Visitor;
  let strategicBoard: number;
  const counts = async () => ({
    meetings: (await database().db.select({ n: count() }).from(meetings))[0]?.n,
    decisions: (await database().db.select({ n: count() }).from(decisions))[0]?.n,
    attendance: (await database().db.select({ n: count() }).from(attendance))[0]?.n,
    audit: (await database().db.select({ n: count() }).from(auditLog))[0]?.n,
  });

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
    chair = new Visitor(app);
    await chair.signIn('board@beacon.example', 'demo-board-password');
    strategicBoard =
      (await services.boards.list(testOperator, today)).find((b) => b.kind === 'strategic board')?.id ?? 0;
  });

  after(async () => {
    await app.close();
  });

  test('seed 001’s meeting: its notice, agenda items 1 to 4, item 3’s recommendations a) to d), noted', async () => {
    const page = await officer.get('/meetings/1');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Meeting of 30 September 2016/);
    assert.match(page.body, /30 September 2016 at 3\.30 pm/);
    assert.match(page.body, /Conference Room B - Second Floor, Civic Offices/);
    const items = [...page.body.matchAll(/<h3 class="govuk-heading-s" id="item-\d+">(\d)\. ([^<(]+)/g)].map(
      (m) => [m[1], m[2]?.trim()],
    );
    assert.deepEqual(items, [
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of interests'],
      [
        '3',
        'Development of the Portsmouth Education Partnership and the transition to a schools led, self-improving system',
      ],
      ['4', 'Dates of Future Meetings'],
    ]);
    for (const letter of ['a', 'b', 'c', 'd']) assert.match(page.body, new RegExp(`<li>${letter}\\) `));
    assert.match(
      page.body,
      /Report by\s*<\/dt>\s*<dd[^>]*>\s*Mike Stoneman, Deputy Director of Children’s Services - Education/,
    );
    assert.match(page.body, /<strong>Decision:<\/strong> Noted\./);
    assert.equal(page.body.match(/Paper: <a/g)?.length, 1, 'the results summary, on item 3 only');
    // The notice's membership: the chair, four councillors, and the places it names without names.
    const pack = await officer.get('/meetings/1/pack');
    assert.match(pack.body, /Councillor Neill Young \(Chair\)/);
    assert.match(
      pack.body,
      /Diocesan representatives - Church of England and Roman Catholic, co-opted \(2 places not named\)/,
    );
    assert.match(pack.body, /Teacher Liaison Panel representative, co-opted \(1 place not named\)/);
    const calendar = await officer.get('/boards/1/meetings.ics');
    assert.match(String(calendar.headers['content-type']), /^text\/calendar/);
    assert.match(calendar.body, /DTSTART:20160930T153000/);
  });

  test('a meeting held before its papers, or an exempt item outside Schedule 12A, is refused and nothing is written', async () => {
    const before = await counts();
    const cases: [Parameters<Services['meetings']['createMeeting']>[2], RegExp][] = [
      [
        { heldOn: '2026-01-10', startsAt: '4 pm', papersPublishedOn: '2026-01-12' },
        /cannot be held before its papers/,
      ],
      [
        {
          heldOn: '2026-01-10',
          startsAt: '4 pm',
          agenda: [{ kind: 'report', title: 'Pay', exemptParagraph: 8 }],
        },
        /Schedule 12A has paragraphs 1 to 7/,
      ],
    ];
    for (const [input, message] of cases) {
      await assert.rejects(
        services.meetings.createMeeting(testOperator, strategicBoard, input, today),
        (error: unknown) => {
          assert.ok(error instanceof ValidationError);
          assert.match(error.message, message);
          return true;
        },
      );
    }
    assert.deepEqual(await counts(), before);
  });

  test('a decision waits for a quorum: 9 of 20 is not, 10 is; only a member or the clerk records it', async () => {
    const meetingId = await services.meetings.createMeeting(
      testOperator,
      strategicBoard,
      {
        heldOn: '2026-11-20',
        startsAt: '4 pm',
        papersPublishedOn: '2026-11-16',
        agenda: [
          { kind: 'apologies', title: 'Apologies for absence' },
          {
            kind: 'report',
            title: 'Annual programme of work',
            recommendations: ['Approve the programme'],
            exemptParagraph: 3,
          },
        ],
      },
      today,
    );
    let meeting = await services.meetings.meeting(testOperator, meetingId, today);
    assert.equal(meeting.papers.late, true, 'published 4 days before, a week was due');
    const report = meeting.agenda.find((i) => i.kind === 'report');
    assert.ok(report);
    const voting = meeting.members.filter((m) => m.membership === 'voting');
    assert.equal(voting.length, 20);

    // The clerk records nine present through the page's form.
    const form = (present: number) =>
      Object.fromEntries(
        voting.map((m, i) => [`status-${String(m.holderId)}`, i < present ? 'present' : 'apologies']),
      );
    const token = await officer.csrfToken(`/meetings/${String(meetingId)}`);
    const saved = await officer.postForm(`/meetings/${String(meetingId)}/attendance`, {
      _csrf: token,
      ...form(9),
    });
    assert.equal(saved.statusCode, 303);
    const notQuorate = await chair.get(`/meetings/${String(meetingId)}`);
    assert.match(notQuorate.body, /This meeting is not quorate: 9 voting members present, 10 needed\./);
    assert.match(notQuorate.body, /Not for publication: Schedule 12A, paragraph 3/);

    const before = await counts();
    const chairToken = await chair.csrfToken(`/meetings/${String(meetingId)}`);
    const refused = await chair.postForm(
      `/meetings/${String(meetingId)}/items/${String(report.id)}/decision`,
      {
        _csrf: chairToken,
        outcome: 'approved',
      },
    );
    assert.equal(refused.statusCode, 400);
    assert.match(
      refused.body,
      /The meeting is not quorate \(9 voting members present, 10 needed\): no decision can be recorded/,
    );
    assert.deepEqual(await counts(), before);

    const forged = await chair.postForm(
      `/meetings/${String(meetingId)}/items/${String(report.id)}/decision`,
      {
        outcome: 'approved',
      },
    );
    assert.equal(forged.statusCode, 403, 'a form without its CSRF token');

    await officer.postForm(`/meetings/${String(meetingId)}/attendance`, { _csrf: token, ...form(10) });
    const recorded = await chair.postForm(
      `/meetings/${String(meetingId)}/items/${String(report.id)}/decision`,
      {
        _csrf: chairToken,
        outcome: 'approved as amended',
        amendment: 'Add the KPI report in December',
        reasons: 'The programme covers the year',
      },
    );
    assert.equal(recorded.statusCode, 303);
    meeting = await services.meetings.meeting(testOperator, meetingId, today);
    const decided = meeting.agenda.find((i) => i.id === report.id)?.decision;
    assert.deepEqual(
      [
        decided?.outcome,
        decided?.amendment,
        decided?.votingPresent,
        decided?.quorumNeeded,
        decided?.recordedBy,
      ],
      ['approved as amended', 'Add the KPI report in December', 10, 10, 'Strategic Board member'],
    );
    const [entry] = (await database().db.select().from(auditLog))
      .filter((a) => a.action === 'meeting.decision')
      .slice(-1);
    assert.equal(entry?.entityId, String(report.id));
    await assert.rejects(
      services.meetings.recordDecision(testOperator, meetingId, report.id, { outcome: 'noted' }, today),
      /already recorded/,
    );
  });

  test('minutes are circulated, agreed at the next meeting with its amendment, and then locked', async () => {
    const [last] = (await services.meetings.meetingsOf(strategicBoard)).slice(-1);
    assert.ok(last, 'the meeting of 20 November 2026, from the test before');
    const lastMeeting = await services.meetings.meeting(testOperator, last.id, today);
    const token = await officer.csrfToken(`/meetings/${String(last.id)}`);
    const minuteOf = (title: string) => lastMeeting.agenda.find((i) => i.title === title)?.id ?? 0;
    const saved = await officer.postForm(`/meetings/${String(last.id)}/minutes`, {
      _csrf: token,
      [`minute-${String(minuteOf('Apologies for absence'))}`]: 'Apologies were received from nine members.',
    });
    assert.equal(saved.statusCode, 303);

    const next = await services.meetings.createMeeting(
      testOperator,
      strategicBoard,
      {
        heldOn: '2026-12-10',
        startsAt: '4 pm',
        agenda: [{ kind: 'minutes', title: 'Minutes of the last meeting' }],
      },
      today,
    );
    const nextMeeting = await services.meetings.meeting(testOperator, next, today);
    const minutesItem = nextMeeting.agenda[0]?.id ?? 0;
    await services.meetings.recordAttendance(
      testOperator,
      next,
      nextMeeting.members
        .filter((m) => m.membership === 'voting')
        .slice(0, 10)
        .map((m) => ({ holderId: m.holderId, status: 'present' })),
      today,
    );
    await assert.rejects(
      services.meetings.recordDecision(testOperator, next, minutesItem, { outcome: 'approved' }, today),
      /have not been circulated: they cannot be agreed yet/,
    );
    const circulated = await officer.postForm(`/meetings/${String(last.id)}/minutes/circulate`, {
      _csrf: token,
    });
    assert.equal(circulated.statusCode, 303);
    await services.meetings.recordDecision(
      testOperator,
      next,
      minutesItem,
      { outcome: 'approved as amended', amendment: 'Item 1: ten members sent apologies, not nine' },
      today,
    );
    const agreed = await services.meetings.meeting(testOperator, last.id, today);
    assert.deepEqual(
      [agreed.minutes.status, agreed.minutes.agreedAt?.id, agreed.minutes.amendment],
      ['agreed', next, 'Item 1: ten members sent apologies, not nine'],
    );

    const before = await counts();
    const refused = await officer.postForm(`/meetings/${String(last.id)}/minutes`, {
      _csrf: token,
      [`minute-${String(minuteOf('Apologies for absence'))}`]: 'Rewritten afterwards.',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /These minutes have been agreed by the next meeting: they cannot be changed/);
    assert.deepEqual(await counts(), before);
    assert.match(
      (await chair.get(`/meetings/${String(last.id)}`)).body,
      /Apologies were received from nine members\./,
    );
    // A long agenda read a kind at a time: the items still to discuss leave out the apologies.
    const toDiscuss = pageText((await chair.get(`/meetings/${String(last.id)}?show=to%20discuss`)).body);
    const [, shown = '', of = ''] = /(\d+) of (\d+) items shown/.exec(toDiscuss) ?? [];
    assert.ok(Number(of) > 0 && Number(shown) < Number(of));
    assert.doesNotMatch(toDiscuss, /\d+\. Apologies for absence/);
  });

  test('an action arising is owned, flagged when overdue, back under matters arising, and done by its owner', async () => {
    const all = await services.meetings.meetingsOf(strategicBoard);
    const later = all.at(-1);
    const earlier = all.at(-2);
    assert.ok(later && earlier);
    const owner = (await services.users.list()).find((u) => u.email === 'owner@beacon.example');
    assert.ok(owner);
    const token = await officer.csrfToken(`/meetings/${String(earlier.id)}`);
    const refused = await officer.postForm(`/meetings/${String(earlier.id)}/actions`, {
      _csrf: token,
      description: 'Draft the annual programme',
      ownerUserId: '',
      dueOn: '2026-11-30',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Choose who owns the action/);
    const added = await officer.postForm(`/meetings/${String(earlier.id)}/actions`, {
      _csrf: token,
      description: 'Draft the annual programme',
      ownerUserId: String(owner.id),
      dueOn: '2026-11-30',
    });
    assert.equal(added.statusCode, 303);
    const told = await notificationsOf(services, 'owner@beacon.example');
    assert.ok(
      told.some((t) =>
        /^An action arising from the .+ meeting of .+ is yours, due by 30 November 2026$/.test(t),
      ),
      told.join(' | '),
    );
    const next = await officer.get(`/meetings/${String(later.id)}`);
    assert.match(next.body, /Matters arising[\s\S]*Draft the annual programme[\s\S]*Overdue/);

    const ownerVisitor = new Visitor(app);
    await ownerVisitor.signIn('owner@beacon.example', 'demo-owner-password');
    const mine = await ownerVisitor.get('/my-actions');
    assert.match(
      mine.body,
      /Draft the annual programme<\/strong> <strong class="govuk-tag govuk-tag--red">\s*Overdue/,
    );
    const action = (await services.meetingActions.mine({ ...testOperator, userId: owner.id }, today))[0];
    assert.ok(action);
    const school = new Visitor(app);
    await school.signIn('school@beacon.example', 'demo-school-password');
    const stranger = await school.postForm(`/meeting-actions/${String(action.id)}/done`, {
      _csrf: await school.csrfToken('/'),
    });
    assert.equal(stranger.statusCode, 403, 'not theirs');
    const done = await ownerVisitor.postForm(`/meeting-actions/${String(action.id)}/done`, {
      _csrf: await ownerVisitor.csrfToken('/my-actions'),
      returnTo: 'my-actions',
    });
    assert.equal(done.statusCode, 303);
    assert.doesNotMatch((await officer.get(`/meetings/${String(later.id)}`)).body, /Matters arising/);
  });

  test('a board member cannot see, nor decide in, a board they do not sit on', async () => {
    const advisory = await chair.get('/meetings/1');
    assert.equal(advisory.statusCode, 404);
    const school = new Visitor(app);
    await school.signIn('school@beacon.example', 'demo-school-password');
    assert.equal((await school.get('/meetings/1')).statusCode, 403);
  });
  test('the officer adds a meeting on the board’s page: the standard agenda and the report it is for', async () => {
    const token = await officer.csrfToken(`/boards/${String(strategicBoard)}`);
    const before = await counts();
    const refused = await officer.postForm(`/boards/${String(strategicBoard)}/meetings`, {
      _csrf: token,
      heldOn: '2027-02-31',
      startsAt: '',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Enter a real date, with the day, month and year/);
    assert.match(refused.body, /Enter the time the meeting starts, like 3\.30 pm/);
    assert.deepEqual(await counts(), before);
    const added = await officer.postForm(`/boards/${String(strategicBoard)}/meetings`, {
      _csrf: token,
      heldOn: '2027-01-20',
      startsAt: '4 pm',
      venue: 'Civic Offices',
      reportTitle: 'Two year strategy 2016 - 2018',
      reportBy: 'Mike Stoneman',
      recommendations: 'Approve the strategy\nAgree its targets',
    });
    assert.equal(added.statusCode, 303);
    const page = await officer.get(String(added.headers.location));
    const items = [...page.body.matchAll(/<h3 class="govuk-heading-s" id="item-\d+">\d\. ([^<(]+)/g)].map(
      (m) => m[1]?.trim(),
    );
    assert.deepEqual(items, [
      'Apologies for absence',
      'Declarations of interests',
      'Minutes of the last meeting',
      'Matters arising',
      'Two year strategy 2016 - 2018',
      'Dates of future meetings',
    ]);
    assert.match(page.body, /<li>a\) Approve the strategy<\/li>\s*<li>b\) Agree its targets<\/li>/);
  });
});
