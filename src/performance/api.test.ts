import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import Papa from 'papaparse';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '../db/testing.ts';
import { addUser, buildTestApp, testOperator } from '../app/testing.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { externalFile } from './externalData.ts';
import { rankEverything } from './bulkRankings.ts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client.ts';
import { rankLocalAuthorities } from './compare/rank.ts';
import { quartileBand, quartileCutPoints } from './compare/quartiles.ts';
import type { Polarity } from './compare/polarity.ts';
import type { Services } from '../app/services.ts';

// The real LAIT files, imported whole on each database, and the API checked against the file.
const dictionary = externalFile('dfe-lait/raw/lait_data_dictionary.csv');
const values = externalFile('dfe-lait/csv/lait_bds_long_all_measures.csv');
const neighbours = externalFile('dfe-lait/csv/statistical_neighbours_may_2025_tidy.csv');
const skip = dictionary.skip || values.skip || neighbours.skip;

type LaitRow = { 'Short Desc': string; Years: string; Values: string; 'LA Number': string };
const fileRows: LaitRow[] = values.file
  ? Papa.parse<LaitRow>(fs.readFileSync(values.file, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data
  : [];
const fromFile = (code: string, year: string, la: string) =>
  fileRows.find((r) => r['Short Desc'] === code && r.Years === year && r['LA Number'] === la)?.Values;

describeOnDatabases('performance API on real LAIT data', (database) => {
  let app: FastifyInstance;
  let token: string;
  let results: Services['results'];
  const request = (url: string) => app.inject({ url, headers: { authorization: `Bearer ${token}` } });
  // The caller names the response shape it expects; the assertions then check it.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  async function get<T>(url: string): Promise<{ status: number; body: T }> {
    const response = await request(url);
    return { status: response.statusCode, body: response.json<T>() };
  }

  test('LAIT imports with counts that match the file', { skip, timeout: 300_000 }, async () => {
    const built = await buildTestApp(database());
    app = built.app;
    const { services } = built;
    results = services.results;
    assert.ok(dictionary.file && values.file && neighbours.file);
    const catalogue = await services.performance.importLaitDictionary(testOperator, dictionary.file);
    assert.equal(catalogue.added, 434);
    const summary = await services.performance.importLait(testOperator, values.file, silentProgress);
    assert.equal(summary.rows, fileRows.length);
    assert.equal(summary.rows, 641_070);
    const noPeriod = fileRows.filter((r) => r.Years === '0').length;
    assert.equal(summary.rejected.length, noPeriod);
    assert.equal(summary.added, fileRows.length - noPeriod);
    const sets = await services.performance.importNeighbours(testOperator, neighbours.file, '2025');
    assert.equal(sets.added, 1580);
    await addUser(services, { email: 'data@la.example', role: 'officer' });
    token = (await services.tokens.create(testOperator, 'data@la.example')).token;
  });

  test('KS2 RWM 2019 ranking: 149 LAs, Portsmouth’s value as in the file', { skip }, async () => {
    const { status, body } = await get<{
      n: number;
      entries: { laCode: string; value: number; rank: number; band: string }[];
    }>('/api/v1/indicators/KS2RWM_Expected_STD/ranking?period=2019');
    assert.equal(status, 200);
    assert.equal(body.n, 149);
    const portsmouth = body.entries.find((e) => e.laCode === '851');
    assert.ok(portsmouth);
    assert.equal(portsmouth.value, Number(fromFile('KS2RWM_Expected_STD', '2019', '851')));
    const better = body.entries.filter((e) => e.value > portsmouth.value).length;
    assert.equal(portsmouth.rank, better + 1);
    assert.ok(
      body.entries.every((e) => !['970', '980', '986'].includes(e.laCode)),
      'England and regions are not ranked',
    );
  });

  test(
    'Portsmouth’s KS2 RWM series: gap to England from stored values, change, breaks',
    { skip },
    async () => {
      const { body } = await get<{
        periods: {
          period: number;
          value: number | null;
          national: number | null;
          gap: number | null;
          change: number | null;
          trendBreak: string | null;
        }[];
      }>('/api/v1/areas/851/indicators/KS2RWM_Expected_STD');
      const y2019 = body.periods.find((p) => p.period === 2019);
      const england2019 = Number(fromFile('KS2RWM_Expected_STD', '2019', '970'));
      assert.ok(y2019);
      assert.equal(y2019.national, england2019);
      assert.equal(y2019.gap, Number(fromFile('KS2RWM_Expected_STD', '2019', '851')) - england2019);
      const y2022 = body.periods.find((p) => p.period === 2022);
      assert.ok(y2022);
      assert.equal(y2022.change, null);
      assert.match(y2022.trendBreak ?? '', /No national assessments in 2020 and 2021/);
    },
  );

  test('overall absence ranks lowest first (lower is better)', { skip }, async () => {
    const { body } = await get<{ entries: { value: number | null; rank: number | null }[] }>(
      '/api/v1/indicators/TotAbs/ranking?period=2019',
    );
    const ranked = body.entries.filter((e) => e.rank !== null);
    const [best] = ranked;
    assert.ok(best);
    assert.equal(best.rank, 1);
    assert.equal(best.value, Math.min(...ranked.map((e) => e.value ?? Infinity)));
  });

  test(
    'the neighbours’ average is the mean of the ten neighbours’ values in the file',
    { skip },
    async () => {
      const { body } = await get<{
        neighbours: { laCode: string }[];
        average: { value: number; from: number };
      }>('/api/v1/areas/851/neighbours?set=2025&indicator=AVG_Attain8_Score&period=2024');
      assert.equal(body.neighbours.length, 10);
      const numbers = body.neighbours
        .map((n) => fromFile('AVG_Attain8_Score', '2024', n.laCode))
        .filter((v): v is string => v !== undefined && v !== '-')
        .map(Number);
      assert.equal(body.average.from, numbers.length);
      assert.ok(Math.abs(body.average.value - numbers.reduce((a, b) => a + b, 0) / numbers.length) < 1e-9);
    },
  );

  test(
    'the set-based SQL ranking of every measure and year agrees with the API’s and with the pure rules, row by row',
    { skip, timeout: 120_000 },
    async () => {
      const bulk = await rankEverything(database().db);
      assert.ok(bulk.length > 300_000, `${bulk.length} ranked values`);
      for (const [key, period] of [
        ['KS2RWM_Expected_STD', 2019],
        ['TotAbs', 2019],
        ['AVG_Attain8_Score', 2024],
        ['KS2R_AVG_Scaled_Score', 2019],
        ['16-17 NEET', 2022],
      ] as const) {
        const { body } = await get<{
          n: number;
          entries: { laCode: string; rank: number | null; band: string | null }[];
        }>(`/api/v1/indicators/${encodeURIComponent(key)}/ranking?period=${period}`);
        const fromSql = bulk.filter((r) => r.indicator_key === key && r.period_end === period);
        assert.equal(fromSql.length, body.n, key);
        for (const row of fromSql) {
          const api = body.entries.find((e) => e.laCode === row.entity_code);
          assert.deepEqual(
            [row.rank, row.band, row.n],
            [api?.rank, api?.band, body.n],
            `${key} ${period} LA ${row.entity_code}`,
          );
        }
      }
      // Every indicator-year: the SQL's positions against the pure rules' interpolated cut points.
      const stored = await queryRows<{
        key: string;
        period: number;
        la: string;
        value: number;
        polarity: Polarity;
        noQuartile: boolean;
      }>(
        database().db,
        sql`select v.indicator_key as key, v.period_end as period, v.entity_code as la, v.value,
              i.polarity, i.no_quartile as "noQuartile"
            from indicator_values v join indicators i on i.key = v.indicator_key
            where v.entity_type = 'la' and v.pupil_group = 'all' and v.value is not null and i.polarity <> 'neither'`,
      );
      const groups = new Map<string, typeof stored>();
      for (const r of stored) {
        const group = groups.get(`${r.key}|${r.period}`) ?? [];
        group.push(r);
        groups.set(`${r.key}|${r.period}`, group);
      }
      const fromRules = new Map<string, string>();
      for (const rows of groups.values()) {
        const first = rows[0];
        if (!first) continue;
        const ranked = rankLocalAuthorities(
          rows.map((r) => ({ key: r.la, value: r.value })),
          first.polarity,
        );
        const cuts = quartileCutPoints(rows.map((r) => r.value));
        for (const e of ranked.entries) {
          const band = quartileBand(e.value, cuts, first.polarity, first.noQuartile);
          fromRules.set(`${first.key}|${first.period}|${e.key}`, `${e.rank}|${ranked.n}|${band ?? ''}`);
        }
      }
      assert.equal(bulk.length, fromRules.size);
      const differ = bulk.filter(
        (r) =>
          fromRules.get(`${r.indicator_key}|${r.period_end}|${r.entity_code}`) !==
          `${r.rank}|${r.n}|${r.band ?? ''}`,
      );
      assert.deepEqual(differ.slice(0, 5), []);
    },
  );

  test(
    'bad requests are named: a period in the wrong form, an unknown indicator, an unknown LA',
    { skip },
    async () => {
      assert.equal((await get('/api/v1/indicators/KS2RWM_Expected_STD/ranking?period=2018-19')).status, 400);
      assert.equal((await get('/api/v1/indicators/NoSuchMeasure/ranking?period=2019')).status, 404);
      assert.equal((await get('/api/v1/areas/999/indicators/KS2RWM_Expected_STD')).status, 404);
      assert.equal((await get('/api/v1/areas/85/indicators/KS2RWM_Expected_STD')).status, 400);
    },
  );

  test(
    'the results summary for Plymouth 2018/19, from LAIT, figure by figure against the file',
    { skip },
    async () => {
      type Cell = string | { value: number | null; text: string };
      const { status, body } = await get<{
        tables: { id: string; rows: Cell[][] }[];
      }>('/api/v1/areas/879/results/2019');
      assert.equal(status, 200);
      const valueOf = (c: Cell | undefined) => (typeof c === 'object' ? c.value : undefined);
      const ks2 = body.tables.find((t) => t.id === 'ks2-attainment');
      const rwm = ks2?.rows[0];
      assert.ok(rwm);
      const plymouth = Number(fromFile('KS2RWM_Expected_STD', '2019', '879'));
      const england = Number(fromFile('KS2RWM_Expected_STD', '2019', '970'));
      assert.equal(valueOf(rwm[1]), plymouth);
      assert.equal(valueOf(rwm[2]), england);
      // The rank worked here from the file: LAs (codes below 970) with a higher value, plus one.
      const las = fileRows.filter(
        (r) =>
          r['Short Desc'] === 'KS2RWM_Expected_STD' &&
          r.Years === '2019' &&
          Number(r['LA Number']) < 970 &&
          r.Values !== '-' &&
          r.Values.trim() !== '',
      );
      const higher = las.filter((r) => Number(r.Values) > plymouth).length;
      const shared = las.filter((r) => Number(r.Values) === plymouth).length > 1;
      assert.equal(rwm[3], `${shared ? 'joint ' : ''}${String(higher + 1)} of ${String(las.length)}`);
      assert.equal(valueOf(rwm[5]), plymouth - england);
      const ks4 = body.tables.find((t) => t.id === 'ks4');
      const attainment8 = ks4?.rows.find((r) => r[0] === 'Attainment 8');
      assert.ok(attainment8);
      assert.equal(valueOf(attainment8[1]), Number(fromFile('AVG_Attain8_Score', '2019', '879')));
      assert.equal(valueOf(attainment8[2]), Number(fromFile('AVG_Attain8_Score', '2018', '879')));
    },
  );

  test(
    'the indicator page for Plymouth: its 2025 neighbours’ average and breaks, from the file',
    { skip },
    async () => {
      const view = await results.indicatorView('879', 'KS2RWM_Expected_STD', 2019, 'all', '2025');
      const neighbourCodes = view.neighbours.map((n) => n.laCode);
      assert.equal(neighbourCodes.length, 10);
      const theirs = neighbourCodes.flatMap((code) => {
        const text = fromFile('KS2RWM_Expected_STD', '2019', code);
        return text === undefined || text === '-' ? [] : [Number(text)];
      });
      const average = theirs.reduce((a, b) => a + b, 0) / theirs.length;
      assert.ok(Math.abs((view.headline.neighbours.value ?? NaN) - average) < 1e-9);
      assert.equal(view.headline.value.value, Number(fromFile('KS2RWM_Expected_STD', '2019', '879')));
      const roles = view.rankingTable.rowRoles ?? [];
      assert.equal(roles.filter((r) => r === 'neighbour').length, theirs.length);
      assert.equal(roles.filter((r) => r === 'own').length, 1);
      // The table says in words what its highlighting shows, for a reader who cannot see it.
      const compared = view.rankingTable.rows.map((row) => row[4]);
      assert.deepEqual(
        compared.filter((c) => c !== ''),
        roles.flatMap((r) =>
          r === 'own' ? ['Chosen LA'] : r === 'neighbour' ? ['Statistical neighbour'] : [],
        ),
      );
      assert.equal(view.rankingTable.rows.find((row) => row[0] === 'Plymouth (879)')?.[4], 'Chosen LA');
      // Every LA with a value is a bar, the chosen LA and its neighbours marked as in the table.
      assert.equal(view.rankingChart?.bars.filter((b) => b.role !== 'other').length, 1 + theirs.length);
      // No tests in 2020 and 2021: the line resumes in 2021/22 after a break, never joined across it.
      assert.ok(view.trendChart.breaks.length >= 1);
      assert.ok(view.trendTable.notes?.some((n) => n.startsWith('2021/22: No national assessments')));
      // The 3-year trend from the file: 2016/17 to 2018/19, no break between.
      const change =
        Number(fromFile('KS2RWM_Expected_STD', '2019', '879')) -
        Number(fromFile('KS2RWM_Expected_STD', '2017', '879'));
      const words =
        change > 0
          ? `improved by ${String(change)}`
          : change < 0
            ? `worsened by ${String(-change)}`
            : 'was unchanged';
      assert.ok(
        view.narrative.some((s) => s.startsWith(`Over 3 years (2016/17 to 2018/19) Plymouth ${words}`)),
        view.narrative.join('\n'),
      );
      // Five years back from 2018/19 would cross 2016's new tests: the window starts after it.
      assert.ok(
        view.narrative.some((s) =>
          s.startsWith('Since the last change of method (2015/16 to 2018/19) Plymouth'),
        ),
      );
    },
  );

  test(
    'the gaps view for Plymouth: disadvantaged pupils’ KS2 gap against England’s, from the file',
    { skip },
    async () => {
      const { status, body: view } = await get<{
        sections: {
          measures: {
            id: string;
            table: {
              rows: (
                | string
                | { value: number | null; text: string; judgement?: { direction: string; words: string } }
              )[][];
            };
          }[];
        }[];
      }>('/api/v1/areas/879/gaps');
      assert.equal(status, 200);
      // DfE's codes hold spaces and slashes: each reaches its own page, URL-encoded.
      const slashed = await get<{ key: string }>(
        `/api/v1/indicators/${encodeURIComponent('NEW_KS2_RWM_Sen_W/Osta')}`,
      );
      assert.deepEqual([slashed.status, slashed.body.key], [200, 'NEW_KS2_RWM_Sen_W/Osta']);
      const measure = view.sections[0]?.measures.find((m) => m.id === 'ks2-rwm-disadvantaged');
      assert.ok(measure);
      const row = measure.table.rows.find((r) => r[0] === '2018/19');
      assert.ok(row);
      const value = (c: (typeof row)[number] | undefined) => (typeof c === 'object' ? c.value : undefined);
      const file = (key: string, la: string) => Number(fromFile(key, '2019', la));
      assert.equal(value(row[3]), file('DAP_NEW_KS2_RWM', '879') - file('NonDAP_NEW_KS2_RWM', '879'));
      assert.equal(value(row[4]), file('DAP_NEW_KS2_RWM', '970') - file('NonDAP_NEW_KS2_RWM', '970'));
      // Since last year, judged by the gap's size whichever group is ahead: one that widens is worse.
      const size = (year: string) =>
        Math.abs(
          Number(fromFile('DAP_NEW_KS2_RWM', year, '879')) -
            Number(fromFile('NonDAP_NEW_KS2_RWM', year, '879')),
        );
      const [now, before] = [size('2019'), size('2018')];
      const expected =
        now === before
          ? { direction: 'no change', words: 'unchanged' }
          : now < before
            ? { direction: 'better', words: 'narrower' }
            : { direction: 'worse', words: 'wider' };
      const since = row[6];
      assert.ok(typeof since === 'object');
      assert.deepEqual(since.judgement, expected);
    },
  );

  test(
    'the Isles of Scilly’s summary: DfE’s "-" is shown as published, never as a figure or a rank',
    { skip },
    async () => {
      type Cell = string | { value: number | null; text: string };
      const { status, body } = await get<{ tables: { id: string; rows: Cell[][] }[] }>(
        '/api/v1/areas/420/results/2019',
      );
      assert.equal(status, 200);
      const rwm = body.tables.find((t) => t.id === 'ks2-attainment')?.rows[0];
      assert.deepEqual(rwm?.slice(1, 2), [{ value: null, text: '-' }]);
      assert.equal(rwm[3], 'n/a');
      assert.deepEqual(rwm[5], { value: null, text: 'n/a' });
      const gld = body.tables.find((t) => t.id === 'early-years-phonics-ks1')?.rows[0];
      assert.deepEqual(gld?.[1], { value: 78.6, text: '78.6' });
    },
  );
});
