import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { count } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { addUser, buildTestApp, csvRows, scratchFiles, testOperator, Visitor } from '../app/testing.ts';
import { ImportFailedError, silentProgress } from '../kernel/importFiles.ts';
import type { Services } from '../kernel/services.ts';
import { loadDemo } from '../demo/load.ts';
import { areas, indicatorValues } from '../performance/schema.ts';
import { externalDataDir, externalFile } from '../performance/externalData.ts';
import { isOpenOn } from '../schools/rules/dates.ts';
import { readPdf } from './pdf/reading.testing.ts';
import { ofHundred } from './areaProfile/rules.ts';

// Seed 004, section 2, read from the council's paper itself: each constituency's lines, in order.
function seed004Constituencies(): Map<string, number[]> | null {
  const folder = path.join(externalDataDir(), '..', '..', 'seeds');
  const file = fs.existsSync(folder) ? fs.readdirSync(folder).find((f) => f.startsWith('004_')) : undefined;
  if (!file) {
    if (process.env.CI === 'true') throw new Error(`CI needs seed 004 in ${folder}`);
    return null;
  }
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  const section = text.slice(text.indexOf('had 100 Children'), text.indexOf('Section 3'));
  const found = new Map<string, number[]>();
  let current: number[] = [];
  for (const line of section.split(/\r?\n/)) {
    const heading = /^(.+) Constituency\s*$/.exec(line.trim());
    if (heading?.[1]) found.set(heading[1] === 'Central' ? 'Sefton Central' : heading[1], (current = []));
    const figure = /^(\d+) will /.exec(line.trim());
    if (figure) current.push(Number(figure[1]));
  }
  return found;
}

/** Each area's heading and the numbers of its lines, as the page shows them. */
function pageLines(html: string): Map<string, number[]> {
  const shown = new Map<string, number[]>();
  for (const section of html.split('<section class="beacon-area-profile"').slice(1)) {
    const name = /<h2[^>]*>([^<]+)<\/h2>/.exec(section)?.[1] ?? '';
    shown.set(
      name,
      [...section.matchAll(/<strong>(\d+) will [^<]*<\/strong>/g)].map((m) => Number(m[1])),
    );
  }
  return shown;
}

const seed = seed004Constituencies();

describeOnDatabases('the area profile, “if this area had 100 children”', (database) => {
  let app: FastifyInstance;
  let services: Services;
  let officer: Visitor;
  const counts = async () => ({
    values: (await database().db.select({ n: count() }).from(indicatorValues))[0]?.n,
    areas: (await database().db.select({ n: count() }).from(areas))[0]?.n,
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

  test(
    'the demonstration shows seed 004’s three Sefton constituencies line for line',
    { skip: !seed },
    async () => {
      assert.ok(seed);
      const page = await officer.get('/area-profiles/343');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /If Sefton’s parliamentary constituencies had 100 children/);
      assert.deepEqual(pageLines(page.body), seed);
      assert.equal([...seed.values()].flat().length, 27, 'nine lines for each of three constituencies');
      assert.match(page.body, /<strong>29 will live in poverty<\/strong>/);
      assert.match(
        page.body,
        /<title id="[^"]+">29 of 100 children<\/title>/,
        'the pictogram says what it shows',
      );
      assert.match(page.body, /Sefton Council’s own figure/);
    },
  );

  test('the PDF has every constituency, tagged, one to a page after the first', async () => {
    const response = await officer.get('/area-profiles/343.pdf');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    const pdf = await readPdf(response.rawPayload);
    assert.equal(pdf.pages, 3);
    for (const name of ['Bootle', 'Sefton Central', 'Southport'])
      assert.ok(
        pdf.pageTexts.some((t) => t.includes(name)),
        name,
      );
    // A long line wraps after its hyphen.
    assert.match(pdf.text, /31 will live in lone-\s*parent families/);
    assert.equal(pdf.taggedPages, pdf.pages);
  });

  test('a board member reads it; a school user gets no page and no PDF', async () => {
    const board = new Visitor(app);
    await board.signIn('board@beacon.example', 'demo-board-password');
    assert.equal((await board.get('/area-profiles/343/wards')).statusCode, 200);
    const school = new Visitor(app);
    await school.signIn('school@beacon.example', 'demo-school-password');
    for (const url of ['/area-profiles/343', '/area-profiles/343.pdf']) {
      const refused = await school.get(url);
      assert.equal(refused.statusCode, 403, url);
      assert.doesNotMatch(String(refused.headers['content-type']), /pdf/);
    }
    assert.equal((await officer.get('/area-profiles/999')).statusCode, 404);
  });

  test('the council’s figures for its areas: each bad row is named, and nothing is written', async () => {
    const before = await counts();
    const rows = [
      'entity_type,entity_code,entity_name,la_code,indicator,period,value',
      'constituency,E1400058,Bootle,343,AREA_CHILD_POVERTY,2016,29',
      'ward,E05000932,Linacre,,AREA_CHILD_POVERTY,2016,40',
      'ward,E05000933,Derby,999,AREA_CHILD_POVERTY,2016,40',
      'constituency,E14000581,Bootle,343,AREA_CHILD_POVERTY,2016,129',
      'constituency,E14000581,Bootle,343,AREA_NOT_A_LINE,2016,12',
    ];
    const file = scratchFiles('area-profile').write('bad.csv', `${rows.join('\n')}\n`);
    await assert.rejects(
      services.performance.importValuesTemplate(testOperator, file, silentProgress),
      (error: unknown) => {
        assert.ok(error instanceof ImportFailedError);
        const said = error.problems.map((p) => `${String(p.line)} ${p.column ?? ''}: ${p.message}`);
        assert.deepEqual(said, [
          '2 entity_code: "E1400058" is not ONS’s code for a parliamentary constituency, like E14000581',
          '3 la_code: Give the council E05000932 belongs to in la_code, as a known LA number like 343',
          '4 la_code: Give the council E05000933 belongs to in la_code, as a known LA number like 343',
          '5 value: 129 is not a percentage from 0 to 100',
          '6 indicator: Unknown indicator "AREA_NOT_A_LINE"',
        ]);
        return true;
      },
    );
    assert.deepEqual(await counts(), before);
  });

  test('a ward the council enters is its own, and its figure shows on the ward profile', async () => {
    const rows = [
      'entity_type,entity_code,entity_name,la_code,indicator,period,value',
      'ward,E05000932,Linacre,343,AREA_OBESE_YEAR6,2016,41.5',
    ];
    const file = scratchFiles('area-profile').write('ward.csv', `${rows.join('\n')}\n`);
    await services.performance.importValuesTemplate(testOperator, file, silentProgress);
    const page = await officer.get('/area-profiles/343/wards');
    assert.deepEqual(pageLines(page.body), new Map([['Linacre', [42]]]), '41.5% is 42 of 100');
    assert.match(page.body, /41\.5%/);
  });
});

// With DfE's files for Hampshire imported (GIAS 2022, KS2 2018/19), Beacon works each constituency
// out from its schools. The test works Winchester out again from the files themselves.
const gias = externalFile('dfe-perf-tables-hampshire-surrey/gias/20220420_gias_850_936.csv');
const ks2 = externalFile('dfe-perf-tables-hampshire-surrey/ks2/2018-2019_850_ks2final.csv');
const dictionary = externalFile('dfe-lait/raw/lait_data_dictionary.csv');

describeOnDatabases('the area profile and a school’s gaps from DfE’s files for Hampshire', (database) => {
  let app: FastifyInstance;

  after(async () => {
    await app.close();
  });

  test(
    'Winchester’s KS2 line is its open schools’ 2018/19 results weighted by their cohorts',
    { skip: gias.skip || ks2.skip || dictionary.skip },
    async () => {
      assert.ok(gias.file && ks2.file && dictionary.file);
      const built = await buildTestApp(database());
      app = built.app;
      await built.services.register.importGias(testOperator, gias.file, silentProgress);
      await built.services.performance.importLaitDictionary(testOperator, dictionary.file);
      await built.services.performance.importPerfTable(testOperator, ks2.file, undefined, silentProgress);

      const today = new Date().toISOString().slice(0, 10);
      const winchester = new Set(
        csvRows(gias.file)
          .filter((r) => r['ParliamentaryConstituency (name)'] === 'Winchester')
          .filter((r) => {
            const [d, m, y] = (r.CloseDate ?? '').split('-');
            const [od, om, oy] = (r.OpenDate ?? '').split('-');
            return isOpenOn(
              {
                status: r['EstablishmentStatus (name)'] ?? '',
                closedOn: y ? `${y}-${m ?? ''}-${d ?? ''}` : null,
                openedOn: oy ? `${oy}-${om ?? ''}-${od ?? ''}` : null,
              },
              today,
            );
          })
          .map((r) => r.URN),
      );
      const results = csvRows(ks2.file).filter(
        (r) => r.RECTYPE === '1' && winchester.has(r.URN) && /^\d+%$/.test(r.PTRWM_EXP ?? ''),
      );
      assert.ok(results.length > 10, `${String(results.length)} Winchester schools with a KS2 result`);
      const pupils = results.reduce((n, r) => n + Number(r.TELIG), 0);
      const rate = results.reduce((n, r) => n + parseFloat(r.PTRWM_EXP ?? '') * Number(r.TELIG), 0) / pupils;

      const officer = new Visitor(app);
      await addUser(built.services, { email: 'sio@hants.example' });
      await officer.signIn('sio@hants.example');
      const page = await officer.get('/area-profiles/850');
      assert.equal(page.statusCode, 200);
      const shown = pageLines(page.body);
      assert.equal(shown.size, 14, 'Hampshire’s fourteen constituencies, as GIAS names them');
      const section = page.body
        .split('<section class="beacon-area-profile"')
        .find((s) => s.includes('>Winchester</h2>'));
      assert.ok(section);
      assert.match(
        section,
        new RegExp(
          `<strong>${String(ofHundred(rate))} will reach the expected standard in reading, writing and maths at the end of primary school</strong>`,
        ),
      );
      assert.match(
        section,
        new RegExp(`${String(results.length)} schools, ${pupils.toLocaleString('en-GB')} pupils`),
      );
      assert.match(section, /will be eligible for free school meals/, 'from the register’s own figures');

      // The same files give each school's gaps: its disadvantaged pupils against the rest (seed 000, 5.3).
      const school = results.find(
        (r) => /^\d+%$/.test(r.PTRWM_EXP_FSM6CLA1A ?? '') && Number(r.TFSM6CLA1A) >= 6,
      );
      assert.ok(school);
      const profile = await officer.get(`/schools/${school.URN ?? ''}/profile`);
      assert.equal(profile.statusCode, 200);
      const gap =
        parseFloat(school.PTRWM_EXP_FSM6CLA1A ?? '') - parseFloat(school.PTRWM_EXP_NotFSM6CLA1A ?? '');
      const row =
        /<caption[^>]*>Disadvantaged pupils and the rest: Key stage 2[\s\S]*?<tbody[^>]*>([\s\S]*?)<\/tr>/.exec(
          profile.body,
        )?.[1] ?? '';
      const cells = [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) =>
        m[1]?.replace(/<[^>]+>/g, '').trim(),
      );
      assert.deepEqual(cells.slice(0, 4), [
        '2018/19',
        school.PTRWM_EXP_FSM6CLA1A?.replace('%', ''),
        school.PTRWM_EXP_NotFSM6CLA1A?.replace('%', ''),
        `${gap < 0 ? '−' : ''}${String(Math.abs(gap))}`,
      ]);
    },
  );
});
