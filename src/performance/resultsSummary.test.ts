import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describeOnDatabases } from '../db/testing.ts';
import { buildTestApp, scratchFiles, testOperator, Visitor } from '../app/testing.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { loadDemo } from '../demo/load.ts';
import { resultsChanged } from './dataVersion.ts';
import type { Services } from '../app/services.ts';
import type { DataTable, FigureCell } from '../kernel/tables/tables.ts';

type SummaryBody = {
  area: { code: string; name: string };
  periodLabel: string;
  provisional: boolean;
  tables: DataTable[];
  narrative: { table: string; sentences: string[] }[];
};

const firstFigure = (body: SummaryBody) => {
  const cell = body.tables.find((t) => t.id === 'ks2-attainment')?.rows[0]?.[1];
  return typeof cell === 'object' ? cell.value : undefined;
};

const text = (cell: DataTable['rows'][number][number] | undefined) =>
  cell === undefined ? undefined : typeof cell === 'string' ? cell : cell.text;

// Seed 001, "Provisional Educational Attainment & Progress Results 2016", its tables as printed
// (minus signs typographic, as Beacon prints them; 2015's KS1/KS2 gaps are the previous measure).
const seed001: Record<string, string[][]> = {
  'early-years-phonics-ks1': [
    ['EYFSP - Good Level of Development', '69.7', '69.3', '0.4', '3'],
    ['Phonics Yr 1', '81.4', '80.6', '0.8', '−3'],
    ['KS1 Reading', '72.6', '74.0', '−1.4', '2 (previous measure)'],
    ['KS1 Writing', '62.6', '65.5', '−2.9', '2 (previous measure)'],
    ['KS1 Maths', '70.7', '72.6', '−1.9', '1 (previous measure)'],
    ['KS1 Combined', '58.5', '60.3', '−1.8', 'n/a'],
  ],
  'ks2-attainment': [
    [
      'KS2 Reading, Writing & Maths Combined - % meeting expected standard',
      '47.6',
      '53',
      'joint 140 of 150 (as published)',
      'n/a',
      '−5.4',
      '−2 (previous measure)',
    ],
    [
      'KS2 Reading - % meeting expected standard',
      '61.3',
      '66',
      '119 of 150 (as published)',
      'n/a',
      '−4.7',
      '−1 (previous measure)',
    ],
    [
      'KS2 Writing - % meeting expected standard',
      '72.6',
      '74',
      '114 of 150 (as published)',
      'n/a',
      '−1.7',
      '−1 (previous measure)',
    ],
    [
      'KS2 Maths - % meeting expected standard',
      '63.8',
      '70',
      '135 of 150 (as published)',
      'n/a',
      '−6.3',
      '−1 (previous measure)',
    ],
  ],
  'ks2-progress': [
    ['KS2 Reading Average Progress score', '−1.6', '0', 'Significantly below the national average'],
    ['KS2 Writing Average Progress score', '−1.4', '0', 'Significantly below the national average'],
    ['KS2 Maths Average Progress score', '−1.8', '0', 'Significantly below the national average'],
  ],
  ks4: [
    ['Attainment 8', '46.2', '44.1', '2.1'],
    ['Pupils achieving A*-C GCSE in English and maths', '57.5', '52.6', '4.9'],
    ['Pupils achieving 5+ A*-C GCSEs including English and maths', '54.7', '50.7', '4.0'],
  ],
};

describeOnDatabases('LA results summary (seed 001)', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let token = '';
  const summary = async (url = '/api/v1/areas/851/results/2016') => {
    const response = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, body: response.json<SummaryBody>() };
  };

  test('the demonstration loads seed 001’s figures', async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    token = (await services.tokens.create(testOperator, 'board@beacon.example')).token;
    const { status, body } = await summary();
    assert.equal(status, 200);
    assert.equal(body.area.name, 'Portsmouth');
    assert.equal(body.periodLabel, '2015/16');
    assert.equal(body.provisional, true);
  });

  for (const [id, rows] of Object.entries(seed001)) {
    test(`seed 001 table ${id}, value by value`, async () => {
      const { body } = await summary();
      const table = body.tables.find((t) => t.id === id);
      assert.ok(table, `table ${id} is on the page`);
      assert.deepEqual(
        table.rows.map((r) => r.map(text)),
        rows,
      );
    });
  }

  test('gaps are worked from stored precision: writing is 72.6 − 74.3, though England prints as 74', async () => {
    const { body } = await summary();
    const writing = body.tables.find((t) => t.id === 'ks2-attainment')?.rows[2];
    const [, , national, , , gap] = writing ?? [];
    assert.deepEqual(national, { value: 74.3, text: '74' });
    const gapCell = gap as FigureCell;
    assert.equal(gapCell.value, -1.7);
    assert.deepEqual(gapCell.judgement, { direction: 'worse', words: 'worse than national' });
  });

  test('the drafted sentences say what seed 001 says, in its words', async () => {
    const { body } = await summary();
    const sentences = body.narrative.flatMap((n) => n.sentences);
    const expected = [
      'KS2 Reading, Writing & Maths Combined - % meeting expected standard: Portsmouth is provisionally joint 140th out of 150 local authorities nationally in 2016.',
      'KS2 Reading, Writing & Maths Combined - % meeting expected standard: Portsmouth is below national, and the gap has widened from −2 to −5.4 points (last year’s gap is on the previous measure).',
      'KS2 Reading Average Progress score: −1.6, significantly below the national average.',
      'Pupils achieving A*-C GCSE in English and maths improved from 52.6% to 57.5%.',
    ];
    for (const sentence of expected)
      assert.ok(sentences.includes(sentence), `missing: ${sentence}\n${sentences.join('\n')}`);
  });

  test('each table downloads as CSV and XLSX with stored and shown figures', async () => {
    const visitor = new Visitor(app);
    await visitor.signIn('officer@beacon.example', 'demo-officer-password');
    const csv = await visitor.get('/areas/851/results/2016/download?table=ks2-attainment&format=csv');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-disposition']), /results-851-2016-ks2-attainment\.csv/);
    const parsed = Papa.parse<string[]>(csv.body.trim()).data;
    assert.equal(parsed.length, 1 + 4);
    const header = parsed[0] ?? [];
    const nationalAt = header.indexOf('National 2015/16 provisional');
    assert.ok(nationalAt > 0, header.join(' | '));
    assert.equal(header[nationalAt + 1], 'National 2015/16 provisional (as shown)');
    const writing = parsed.find((r) => r[0]?.startsWith('KS2 Writing'));
    assert.deepEqual([writing?.[nationalAt], writing?.[nationalAt + 1]], ['74.3', '74']);

    const xlsx = await visitor.get('/areas/851/results/2016/download?table=all&format=xlsx');
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.equal(workbook.worksheets.length, 4);
    const sheet = workbook.worksheets[1];
    assert.ok(sheet);
    assert.equal(sheet.getCell('A1').value, 'Key Stage 2: Attainment');
    assert.equal(
      sheet.getCell('A3').value,
      'KS2 Reading, Writing & Maths Combined - % meeting expected standard',
    );
    assert.equal(sheet.getCell('B3').value, 47.6);
    // Title, header, four measures, and the note on 2015's previous measure.
    assert.equal(sheet.rowCount, 2 + 4 + 1);
    assert.match(sheet.getCell('A7').text, /not comparable with 2015/);
  });

  test('the page shows the tables, words for better and worse, and the sentences', async () => {
    const visitor = new Visitor(app);
    await visitor.signIn('board@beacon.example', 'demo-board-password');
    const page = await visitor.get('/areas/851/results/2016');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Provisional educational attainment and progress results 2015\/16/);
    assert.match(
      page.body,
      /−5\.4<br><span class="beacon-judgement beacon-judgement--worse"><span aria-hidden="true">▼ <\/span>worse than national<\/span>/,
    );
    assert.match(page.body, /provisionally joint 140th out of 150 local authorities nationally in 2016/);
    const chooser = await visitor.get('/areas?la=851');
    assert.equal(chooser.statusCode, 302);
    assert.equal(chooser.headers.location, '/areas/851/results/2016');
  });

  test('a dashboard that polls with the ETag it was given is answered 304 with no body, until the figures change', async () => {
    const url = '/api/v1/areas/851/results/2016';
    const headers = { authorization: `Bearer ${token}` };
    const first = await app.inject({ url, headers });
    const etag = first.headers.etag;
    assert.ok(typeof etag === 'string' && etag.startsWith('W/"'));
    const unchanged = await app.inject({ url, headers: { ...headers, 'if-none-match': etag } });
    assert.equal(unchanged.statusCode, 304);
    assert.equal(unchanged.body, '');
    const stale = await app.inject({ url, headers: { ...headers, 'if-none-match': 'W/"an-older-answer"' } });
    assert.equal(stale.statusCode, 200);
    assert.equal(stale.headers.etag, etag);
    // A figure changes (and the results' version with it): the same ETag now gets the new answer.
    const { db } = services.database;
    const change = (by: number) =>
      db.transaction(async (tx) => {
        await tx.execute(
          sql`update indicator_values set value = value + ${by} where entity_type = 'la' and entity_code = '851'
                and period_end = 2016 and indicator_key = 'KS2RWM_Expected_STD' and pupil_group = 'all'`,
        );
        await resultsChanged(tx);
      });
    await change(1);
    try {
      const changed = await app.inject({ url, headers: { ...headers, 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, etag);
    } finally {
      await change(-1);
    }
    // A refusal is never conditional: the same 401 twice is a 401, with no ETag to keep.
    const refused = await app.inject({ url, headers: { authorization: 'Bearer bcn_not-a-token' } });
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.headers.etag, undefined);
    const again = await app.inject({
      url,
      headers: { authorization: 'Bearer bcn_not-a-token', 'if-none-match': etag },
    });
    assert.equal(again.statusCode, 401);
  });

  test('a year without results, a malformed year and an unknown LA are refused clearly', async () => {
    assert.equal((await summary('/api/v1/areas/851/results/2030')).status, 404);
    assert.equal((await summary('/api/v1/areas/851/results/16')).status, 400);
    assert.equal((await summary('/api/v1/areas/999/results/2016')).status, 404);
    const visitor = new Visitor(app);
    await visitor.signIn('officer@beacon.example', 'demo-officer-password');
    const wrongTable = await visitor.get('/areas/851/results/2016/download?table=nothing&format=csv');
    assert.equal(wrongTable.statusCode, 404);
  });

  test('the indicator page: the trend broken at 2016’s new tests, the ranking, and its data', async () => {
    const visitor = new Visitor(app);
    await visitor.signIn('officer@beacon.example', 'demo-officer-password');
    const page = await visitor.get('/areas/851/indicators/KS2RWM_Expected_STD?period=2016');
    assert.equal(page.statusCode, 200);
    assert.match(
      page.body,
      /<svg viewBox="0 0 640 320" role="img" aria-labelledby="trend-chart-title trend-chart-desc"/,
    );
    assert.match(page.body, /Change of method from 2015\/16/);
    assert.match(
      page.body,
      /Portsmouth is provisionally joint 140th out of 150 local authorities nationally in 2016\./,
    );
    // The 2015 and 2016 points are not joined: each line is drawn in two pieces (M … M …).
    const ownLine =
      /<path d="([^"]+)" class="beacon-chart-line beacon-chart-line--own"/.exec(page.body)?.[1] ?? '';
    assert.equal(ownLine.match(/M/g)?.length, 2, ownLine);
    const csv = await visitor.get(
      '/areas/851/indicators/KS2RWM_Expected_STD/download?period=2016&table=trend&format=csv',
    );
    assert.equal(csv.statusCode, 200);
    const rows = Papa.parse<string[]>(csv.body.trim()).data;
    assert.deepEqual(
      rows.map((r) => r[0]),
      ['Year', '2014/15', '2015/16'],
    );
    const last = rows[2] ?? [];
    // Year, then stored and shown for the LA, England, neighbours and the gap; rank; band; change.
    assert.deepEqual(
      [last[1], last[2], last[3], last[4], last[7], last[8]],
      // The file carries a hyphen-minus, which Excel reads as a minus sign; the page prints U+2212.
      ['47.6', '47.6', '53', '53.0', '-5.4', '-5.4'],
    );
    assert.equal(last[9], 'joint 140 of 150');
    // A published rank comes without its league: no quartile band is worked from it.
    assert.equal(last[10], 'n/a');
    assert.equal(last[12], 'Not comparable (new assessments in 2016)');
  });

  test('the gaps page says plainly when no group figures are held', async () => {
    const visitor = new Visitor(app);
    await visitor.signIn('officer@beacon.example', 'demo-officer-password');
    const page = await visitor.get('/areas/851/gaps');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /No figures are held for these groups in Portsmouth/);
    const latest = await visitor.get('/areas/851/results');
    assert.equal(latest.headers.location, '/areas/851/results/2016');
  });

  test('a summary already worked out is worked out again when the figures change', async () => {
    assert.equal(firstFigure((await summary()).body), 47.6);
    const file = scratchFiles('summary-cache').write(
      'final.csv',
      'entity_type,entity_code,indicator,period,value,status\nla,851,KS2RWM_Expected_STD,2016,47.9,final\n',
    );
    await services.performance.importValuesTemplate(testOperator, file, silentProgress);
    assert.equal(firstFigure((await summary()).body), 47.9);
  });
});
