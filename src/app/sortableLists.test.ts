import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, Visitor } from './testing.ts';
import { loadDemo } from '../demo/load.ts';

// The lists people work with: the register, the desk-top review, the support view and the
// landscape sort by a column heading and download as CSV or XLSX as filtered and sorted.

const bodyRows = (html: string, id: string): string[][] => {
  const table = new RegExp(`id="${id}"[\\s\\S]*?<tbody[^>]*>([\\s\\S]*?)</tbody>`).exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      (cell[1] ?? '')
        .replace(/<br>[\s\S]*$/, '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
};
const csvRows = (body: string) =>
  Papa.parse<string[]>(body.replace(/^\uFEFF/, '')).data.filter((r) => r.length > 1);
const ascending = (values: readonly number[]) => values.every((v, i) => i === 0 || (values[i - 1] ?? v) <= v);

describeOnDatabases('lists sorted and downloaded as shown', (database) => {
  let app: FastifyInstance;
  let officer: Visitor;

  before(async () => {
    const built = await buildTestApp(database());
    app = built.app;
    await loadDemo(built.services);
    officer = new Visitor(app);
    await officer.signIn('officer@beacon.example', 'demo-officer-password');
  });
  after(async () => {
    await app.close();
  });

  test('the register sorts the whole list by last inspection, newest first, and downloads it with its filters', async () => {
    const page = await officer.get('/schools?la=851&sort=schools.inspected&order=descending');
    assert.equal(page.statusCode, 200);
    assert.match(
      page.body,
      /aria-sort="descending"><a class="govuk-link beacon-sort-link" href="[^"]*sort=schools.inspected&amp;order=ascending/,
    );
    const file = await officer.get('/schools?la=851&sort=schools.inspected&order=descending&format=csv');
    assert.equal(file.statusCode, 200);
    const [header, ...rows] = csvRows(file.body);
    assert.deepEqual(header?.slice(0, 3), ['URN', 'School', 'Status']);
    const inspected = header.indexOf('Last inspected');
    const dates = rows
      .map((r) => r[inspected] ?? '')
      .filter((d) => d !== '')
      .map((d) => Date.parse(d));
    assert.ok(dates.length > 5, 'the demonstration’s schools have inspections');
    assert.ok(ascending([...dates].reverse()), 'newest inspection first, as on the page');
    const la = header.indexOf('LA code');
    assert.ok(
      rows.every((r) => r[la] === '851'),
      'only the filtered LA',
    );
    const count = /([\d,]+) schools/.exec(page.body)?.[1]?.replace(',', '');
    assert.equal(rows.length, Number(count), 'every school the filters find, not one page');
  });

  test('the desk-top review sorts its flagged schools by score, lowest first, in the page and the file', async () => {
    const page = await officer.get('/concern?la=851&sort=flagged.score&order=ascending');
    assert.equal(page.statusCode, 200);
    const scores = bodyRows(page.body, 'flagged').map((r) => Number(r[2]));
    assert.ok(scores.length > 1);
    assert.ok(ascending(scores));
    const file = await officer.get('/concern?la=851&sort=flagged.score&order=ascending&format=csv');
    const [header, ...rows] = csvRows(file.body);
    assert.deepEqual(header, ['URN', 'School', 'Proposed', 'Score', 'Confirmed', 'Reasons', 'Academy']);
    assert.deepEqual(
      rows.map((r) => Number(r[3])),
      scores,
    );
  });

  test('the support view downloads as a workbook, and the landscape sorts its lists', async () => {
    const file = await officer.get('/concern/support?la=851&sort=schools.school&format=xlsx');
    assert.equal(file.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    // The sheet opens with the list's title; its header row follows.
    const rows = (sheet?.getSheetValues() ?? []).filter((r) => Array.isArray(r)).map((r) => r.slice(1));
    assert.deepEqual(
      rows.find((r) => r[0] === 'School'),
      ['School', 'Category', 'Allowance (days)', 'Done', 'Planned', 'Left'],
    );

    const byName = await officer.get('/landscape?la=851&sort=below-good.school&order=descending');
    const names = bodyRows(byName.body, 'below-good').map((r) => r[0] ?? '');
    assert.ok(names.length > 1);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => b.localeCompare(a, 'en-GB')),
    );
    const csv = await officer.get(
      '/landscape?la=851&sort=below-good.school&order=descending&table=below-good&format=csv',
    );
    assert.deepEqual(
      csvRows(csv.body)
        .slice(1)
        .map((r) => r[0]),
      names,
    );
  });
});
