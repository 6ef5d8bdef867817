import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, Visitor } from '../app/testing.ts';
import { loadDemo } from '../demo/load.ts';
import { demoAccounts } from '../demo/accounts.ts';
import { readPdf, statedPageCount } from './pdf/reading.testing.ts';

// Every report page is also a PDF at its address with .pdf added: the same figures the page shows,
// read back from the PDF, in a tagged document with an outline, in English, whose footer's page
// count is the document's.

type Report = { url: string; heading: RegExp; says: RegExp[] };

const reports: Report[] = [
  {
    url: '/areas/851/results/2016',
    heading: /educational attainment and\s*progress results 2015\/16/,
    // Seed 001, Portsmouth's provisional 2016 summary: KS2 combined 47.6% against 53%, "joint 140 of 150".
    says: [/47\.6\s*53\s*joint 140 of 150/, /Figures as at 2015\/16 \(provisional\)/],
  },
  // The demonstration holds no figures by pupil group, so its gaps report has none to date.
  { url: '/areas/851/gaps', heading: /Gaps between groups of pupils/, says: [/No figures are held/] },
  { url: '/schools/990001/results', heading: /Harbourside Primary School: results/, says: [] },
  { url: '/plans/1', heading: /Detailed action plan/, says: [/Progress/] },
  { url: '/plans/1/kpi-report', heading: /KPI report/, says: [] },
  {
    url: '/concern/report',
    heading: /Schools causing concern/,
    says: [/Summary/, /Figures as at \d{1,2} [A-Z][a-z]+ \d{4}/],
  },
  { url: '/landscape', heading: /Portsmouth: educational landscape/, says: [/open schools/] },
  {
    url: '/support/commissioning/2016',
    heading: /Commissioning plan 2016\/17/,
    says: [/£173,000/, /Challenge the Gap/, /Approved: Portsmouth Education Partnership Executive Board/],
  },
];

/** The figures a page's tables show: each cell that starts with a number, as printed. */
function figuresShown(html: string): string[] {
  const cells = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) =>
    (c[1] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return [...new Set(cells.map((c) => /^[−-]?\d[\d,.]*%?/.exec(c)?.[0]).filter((f) => f !== undefined))];
}

describeOnDatabases('report pages as PDFs', (database) => {
  let app: FastifyInstance;
  const officer = () => new Visitor(app);
  let signedIn: Visitor;

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    await loadDemo(built.services);
    const account = demoAccounts.find((a) => a.role === 'officer');
    assert.ok(account);
    signedIn = officer();
    assert.equal((await signedIn.signIn(account.email, account.password)).statusCode, 303);
  });

  after(async () => {
    await app.close();
  });

  for (const report of reports) {
    test(`${report.url}.pdf holds the figures ${report.url} shows`, async () => {
      const page = await signedIn.get(report.url);
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(`href="${report.url}.pdf"`), 'the page links to its PDF');
      const pdf = await signedIn.get(`${report.url}.pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.match(String(pdf.headers['content-disposition']), /^attachment; filename="[a-z0-9-]+\.pdf"$/);
      const read = await readPdf(pdf.rawPayload);
      const text = read.text.replace(/\s+/g, ' ');
      for (const figure of figuresShown(page.body)) {
        assert.ok(text.includes(figure), `${figure} is on the page but not in the PDF`);
      }
      for (const phrase of report.says) assert.match(text, phrase);
      assert.match(read.outline.join(' | '), report.heading);
      assert.equal(read.taggedPages, read.pages, 'every page is tagged');
      assert.equal(read.language, 'en');
      assert.equal(statedPageCount(read), read.pages);
      assert.match(read.pageTexts[0] ?? '', /Portsmouth City Council/);
      assert.match(text, /Produced \d{1,2} [A-Z][a-z]+ \d{4}\./);
      // The print layout leaves out the service's menus and the links to other formats.
      assert.doesNotMatch(text, /Sign out|Download this report|API description/);
    });
  }

  test('a role without the page’s permission gets no PDF', async () => {
    const account = demoAccounts.find((a) => a.role === 'school_user');
    assert.ok(account);
    const school = officer();
    await school.signIn(account.email, account.password);
    const refused = await school.get('/concern/report.pdf');
    assert.equal(refused.statusCode, 403);
    assert.notEqual(refused.headers['content-type'], 'application/pdf');
  });

  test('with the printer full, a PDF asked for is refused with 503 and Retry-After, and the page says why', async () => {
    const busy = await buildTestApp(database(), { BEACON_PDF_PAGES: '1', BEACON_PDF_QUEUE: '0' });
    try {
      const account = demoAccounts.find((a) => a.role === 'officer');
      assert.ok(account);
      const visitor = new Visitor(busy.app);
      await visitor.signIn(account.email, account.password);
      const [first, second] = await Promise.all([
        visitor.get('/concern/report.pdf'),
        visitor.get('/concern/report.pdf'),
      ]);
      const statuses = [first.statusCode, second.statusCode].sort();
      assert.deepEqual(statuses, [200, 503]);
      const refused = first.statusCode === 503 ? first : second;
      assert.ok(Number(refused.headers['retry-after']) >= 1);
      assert.match(refused.body, /Try again in a moment/);
      assert.match(refused.body, /producing as many PDFs as it can/);
    } finally {
      await busy.app.close();
    }
  });

  test('a PDF of a page that does not exist is the not-found page, not a PDF', async () => {
    const missing = await signedIn.get('/plans/99999.pdf');
    assert.equal(missing.statusCode, 404);
    assert.match(String(missing.headers['content-type']), /^text\/html/);
  });
});
