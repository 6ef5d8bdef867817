import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { count } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { addUser, buildTestApp, scratchFiles, testOperator, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { externalFile } from '../performance/externalData.ts';
import { auditLog } from '../access/schema.ts';
import { meetingPapers } from './schema.ts';

// SPEC C5, 3: a board paper that is one of Beacon's reports is frozen when the papers are
// published. From DfE's files: Hampshire's KS2 reading, writing and maths in 2018/19 is 68%
// (dfe-perf-tables-hampshire-surrey/SOURCE.md, the same as LAIT). A corrected figure imported after
// publication changes the live report and not the pack.

const dictionary = externalFile('dfe-lait/raw/lait_data_dictionary.csv');
const ks2 = externalFile('dfe-perf-tables-hampshire-surrey/ks2/2018-2019_850_ks2final.csv');
const skip = dictionary.skip || ks2.skip;

/** The KS2 reading, writing and maths row of a summary's table, as text. */
const rwmRow = (html: string) =>
  (
    /<tr[^>]*>\s*<th[^>]*>(?:(?!<\/tr>)[\s\S])*?reading, writing (?:and|&amp;) maths[\s\S]*?<\/tr>/i.exec(
      html,
    )?.[0] ?? ''
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describeOnDatabases('board papers frozen as the board saw them', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  let meetingId: number;
  let itemId: number;

  before(async () => {
    if (skip) return;
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await services.performance.importLaitDictionary(testOperator, dictionary.file ?? '');
    await services.performance.importPerfTable(testOperator, ks2.file ?? '', undefined, silentProgress);
    await addUser(services, { email: 'clerk@hants.example' });
    officer = new Visitor(app);
    await officer.signIn('clerk@hants.example');
    const boardId = await services.boards.createBoard(testOperator, {
      board: {
        name: 'Hampshire Schools Board',
        kind: 'strategic board',
        frequency: 'termly',
        quorumFraction: 0.5,
        noticeDays: 5,
        noticeCounted: 'clearWorking',
      },
    });
    meetingId = await services.meetings.createMeeting(
      testOperator,
      boardId,
      { heldOn: '2099-03-01', startsAt: '10 am', agenda: [{ kind: 'report', title: 'Results 2018/19' }] },
      '2026-12-02',
    );
    itemId = (await services.meetings.meeting(testOperator, meetingId, '2026-12-02')).agenda[0]?.id ?? 0;
  });

  after(async () => {
    if (!skip) await app.close();
  });

  test(
    'a paper Beacon has no report for is refused with its reason, and nothing is attached',
    { skip },
    async () => {
      const token = await officer.csrfToken(`/meetings/${String(meetingId)}`);
      for (const [form, message] of [
        [
          { kind: 'results-summary', laCode: '999', period: '2019' },
          /Beacon has no such report: There is no local authority 999/,
        ],
        [
          { kind: 'results-summary', laCode: 'Hampshire', period: '2019' },
          /An LA code is DfE’s three-digit LA number, like 851/,
        ],
        [{ kind: 'a-report-beacon-lacks', laCode: '850', period: '2019' }, /Choose which report to attach/],
      ] as const) {
        const refused = await officer.postForm(
          `/meetings/${String(meetingId)}/items/${String(itemId)}/papers`,
          {
            _csrf: token,
            ...form,
          },
        );
        assert.equal(refused.statusCode, 400);
        assert.match(refused.body, message);
      }
      assert.equal((await database().db.select({ n: count() }).from(meetingPapers))[0]?.n, 0);
    },
  );

  test(
    'published, the pack keeps 68%; a corrected figure changes the live page and not the pack',
    { skip },
    async () => {
      const token = await officer.csrfToken(`/meetings/${String(meetingId)}`);
      const attached = await officer.postForm(
        `/meetings/${String(meetingId)}/items/${String(itemId)}/papers`,
        {
          _csrf: token,
          kind: 'results-summary',
          laCode: '850',
          period: '2019',
        },
      );
      assert.equal(attached.statusCode, 303);
      const draft = await officer.get(`/meetings/${String(meetingId)}/pack`);
      assert.match(draft.body, /Draft: today’s figures, until the papers are published/);

      const published = await officer.postForm(`/meetings/${String(meetingId)}/publish`, { _csrf: token });
      assert.equal(published.statusCode, 303);
      const audits = await database().db.select().from(auditLog);
      assert.ok(
        audits.some((a) => a.action === 'meeting.papersPublished' && a.entityId === String(meetingId)),
      );
      const before = rwmRow((await officer.get(`/meetings/${String(meetingId)}/pack`)).body);
      assert.match(before, / 68 /, before);

      // A council's corrected figure for Hampshire, through the values template.
      const file = scratchFiles('papers').write(
        'corrected.csv',
        'entity_type,entity_code,indicator,period,value\nla,850,KS2RWM_Expected_STD,2019,69\n',
      );
      await services.performance.importValuesTemplate(testOperator, file, silentProgress);
      const live = rwmRow((await officer.get('/areas/850/results/2019')).body);
      assert.match(live, / 69 /, live);
      const pack = (await officer.get(`/meetings/${String(meetingId)}/pack`)).body;
      assert.match(rwmRow(pack), / 68 /, 'the pack as the board received it');
      assert.match(pack, /Figures as at \d+ \w+ \d{4}, when the papers were published/);
      assert.match(
        pack,
        /The figures have changed since this meeting\. <a class="govuk-link" href="\/areas\/850\/results\/2019">/,
      );

      const pdf = await officer.get(`/meetings/${String(meetingId)}/pack.pdf`);
      assert.equal(pdf.headers['content-type'], 'application/pdf');

      const again = await officer.postForm(`/meetings/${String(meetingId)}/publish`, { _csrf: token });
      assert.equal(again.statusCode, 400);
      assert.match(again.body, /The papers were published on/);
    },
  );
});
