import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { count } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, testOperator, Visitor } from '../app/testing.ts';
import type { Services } from '../kernel/services.ts';
import { loadDemo } from '../demo/load.ts';
import { auditLog } from '../access/schema.ts';
import { readPdf } from '../reports/pdf/reading.testing.ts';
import { outlinePages } from '../reports/pdf/outline.ts';
import { meetingPapers } from './schema.ts';

// SPEC C5, 3 and 4: a paper the clerk uploads is a PDF, checked by its content and limited in size;
// the PDF pack binds it in after its cover page, and its contents give the page each section
// starts on, which are the PDF's own page numbers.

const today = '2026-12-02';

async function aPdf(pages: number, text: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n += 1)
    document.addPage().drawText(`${text}, page ${String(n)}`, { x: 50, y: 700, font, size: 18 });
  return Buffer.from(await document.save());
}

describeOnDatabases('board papers uploaded as PDFs, and the PDF pack', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  let school: Visitor;
  let meetingId: number;
  let itemId: number;
  const counts = async () => ({
    papers: (await database().db.select({ n: count() }).from(meetingPapers))[0]?.n,
    audit: (await database().db.select({ n: count() }).from(auditLog))[0]?.n,
  });

  /** Posts the upload form as a browser does: multipart, with the CSRF token unless left out. */
  async function upload(
    file: { bytes: Buffer; name: string } | null,
    fields: { title?: string; csrf?: boolean } = {},
  ) {
    const url = `/meetings/${String(meetingId)}`;
    const form = new FormData();
    if (fields.csrf !== false) form.append('_csrf', await officer.csrfToken(url));
    form.append('title', fields.title ?? '');
    if (file)
      form.append('document', new Blob([new Uint8Array(file.bytes)], { type: 'application/pdf' }), file.name);
    return app.inject({
      method: 'POST',
      url: `${url}/items/${String(itemId)}/document`,
      headers: { cookie: officer.sessionCookie },
      // light-my-request sends a FormData as multipart, boundary and all.
      payload: form as unknown as string,
    });
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
    const board = (await services.boards.list(testOperator, today)).find((b) => b.kind === 'strategic board');
    assert.ok(board);
    meetingId = await services.meetings.createMeeting(
      testOperator,
      board.id,
      {
        heldOn: '2026-12-16',
        startsAt: '4 pm',
        agenda: [
          { kind: 'apologies', title: 'Apologies for absence' },
          { kind: 'report', title: 'Headteachers’ survey' },
          { kind: 'report', title: 'Provisional results' },
          { kind: 'future meetings', title: 'Dates of future meetings' },
        ],
      },
      today,
    );
    const meeting = await services.meetings.meeting(testOperator, meetingId, today);
    itemId = meeting.agenda[1]?.id ?? 0;
    const results = meeting.agenda[2]?.id ?? 0;
    await services.papers.attach(
      testOperator,
      (await import('../app/modules.ts')).paperKinds,
      meetingId,
      results,
      { kind: 'results-summary', laCode: '851', period: '2016' },
      today,
    );
  });

  after(async () => {
    await app.close();
  });

  const refusals: {
    why: string;
    file: () => Promise<{ bytes: Buffer; name: string } | null>;
    message: RegExp;
  }[] = [
    {
      why: 'a Word file named .pdf',
      file: async () => ({
        bytes: Buffer.from('PK\u0003\u0004 minutes of the meeting'),
        name: 'minutes.pdf',
      }),
      message: /“minutes\.pdf” is not a PDF: save the paper as a PDF and upload that/,
    },
    {
      why: 'a PDF cut short',
      file: async () => {
        const whole = await aPdf(3, 'Survey');
        return { bytes: whole.subarray(0, Math.floor(whole.length / 2)), name: 'survey.pdf' };
      },
      message: /“survey\.pdf” could not be read as a PDF: it may be damaged or cut short/,
    },
    {
      why: 'an empty file',
      file: async () => ({ bytes: Buffer.alloc(0), name: 'empty.pdf' }),
      message: /Choose the PDF to upload/,
    },
    { why: 'no file at all', file: async () => null, message: /Choose the PDF to upload/ },
    {
      why: 'a file over the size limit, read no further than the limit',
      file: async () => {
        const big = Buffer.alloc(21 * 1024 * 1024, 0x20);
        big.write('%PDF-1.7\n');
        return { bytes: big, name: 'scanned.pdf' };
      },
      message: /“scanned\.pdf” is larger than 20 MB/,
    },
  ];
  for (const c of refusals) {
    test(`${c.why} is refused with a reason, and nothing is kept`, async () => {
      const before = await counts();
      const refused = await upload(await c.file());
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, c.message);
      assert.match(refused.body, /href="#document-\d+"/, 'the problem links to its own form');
      assert.deepEqual(await counts(), before);
    });
  }

  test('a forged upload without its CSRF token changes nothing', async () => {
    const before = await counts();
    const forged = await upload({ bytes: await aPdf(1, 'Forged'), name: 'forged.pdf' }, { csrf: false });
    assert.equal(forged.statusCode, 403);
    assert.deepEqual(await counts(), before);
  });

  test('a PDF is kept with its pages; members download it; others do not', async () => {
    const before = await counts();
    const bytes = await aPdf(3, 'Headteachers’ survey');
    const sent = await upload({ bytes, name: 'survey.pdf' }, { title: 'Headteachers’ survey 2016' });
    assert.equal(sent.statusCode, 303);
    assert.deepEqual(await counts(), { papers: (before.papers ?? 0) + 1, audit: (before.audit ?? 0) + 1 });
    const paper = (await services.papers.papersOf(meetingId)).find((p) => p.kind === 'document');
    assert.ok(paper);
    assert.equal(paper.documentPages, 3);
    const download = await officer.get(paper.liveUrl);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.ok(download.rawPayload.equals(bytes), 'the same bytes as uploaded');
    assert.equal((await school.get(paper.liveUrl)).statusCode, 404, 'the papers are not public');
  });

  test('the PDF pack: the document bound in after its cover, contents numbered as the PDF is, every page numbered', async () => {
    const response = await officer.get(`/meetings/${String(meetingId)}/pack.pdf`);
    assert.equal(response.headers['content-type'], 'application/pdf');
    const pdf = await readPdf(response.rawPayload);
    const outline = await outlinePages(response.rawPayload);
    // The contents page lists each section with its page; each must be where its heading is.
    const contents = pdf.pageTexts[0] ?? '';
    const listed = (title: string) => {
      const found = new RegExp(`${title.replace(/[’()]/g, '.')}\\s+(\\d+)`).exec(contents);
      assert.ok(found?.[1], `${title} in the contents: ${contents}`);
      return Number(found[1]);
    };
    const printedAt = (title: string) => outline.find((e) => e.title === title)?.page;
    for (const title of ['Membership', 'Agenda', 'Headteachers’ survey 2016', 'Portsmouth: results 2015/16'])
      assert.equal(listed(title), printedAt(title), title);
    const cover = printedAt('Headteachers’ survey 2016') ?? 0;
    for (const n of [1, 2, 3])
      assert.match(pdf.pageTexts[cover + n - 1] ?? '', new RegExp(`Headteachers’ survey, page ${String(n)}`));
    assert.equal(
      printedAt('Portsmouth: results 2015/16'),
      cover + 4,
      'the next paper follows the 3 bound pages',
    );
    pdf.pageTexts.forEach((text, i) => {
      assert.match(
        text,
        new RegExp(`Page ${String(i + 1)} of ${String(pdf.pages)}`),
        `page ${String(i + 1)}`,
      );
    });
    assert.equal(pdf.language, 'en');
    assert.ok(pdf.outline.includes('Membership'), 'the outline survives the binding');
  });
});
