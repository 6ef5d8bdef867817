import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { describeOnDatabases } from '../db/testing.ts';
import { queryRows } from '../db/client.ts';
import { assertImportRefused, buildTestApp, scratchFiles, testOperator, Visitor } from '../app/testing.ts';
import { silentProgress } from '../kernel/importFiles.ts';
import { loadDemo } from '../demo/load.ts';
import type { Services } from '../app/services.ts';
import { kpis } from './schema.ts';

type Plan = {
  id: number;
  glossary: { code: string }[];
  priorities: {
    number: string;
    actions: { id: number; number: string; rag: string; strategic: { text: string; action?: string }[] }[];
  }[];
  kpis: { id: number; number: string; status: string; reasoning: string; rule: { kind: string } }[];
};

const { folder, write } = scratchFiles('plans');

// Seed 001: Portsmouth's KS2 RWM was 47.6% in 2016, joint 140th of 150. Four LAs stand in for the
// country here, so the rank band comes from the performance engine's own ranking.
const ks2 = write(
  'ks2.csv',
  [
    'entity_type,entity_code,entity_name,indicator,period,value',
    'la,851,Portsmouth,KS2RWM_Expected_STD,2016,47.6',
    'la,852,Southampton,KS2RWM_Expected_STD,2016,50',
    'la,850,Hampshire,KS2RWM_Expected_STD,2016,55',
    'la,936,Surrey,KS2RWM_Expected_STD,2016,58',
    'la,851,Portsmouth,KS2RWM_Expected_STD,2017,58',
    'la,852,Southampton,KS2RWM_Expected_STD,2017,54',
    'la,850,Hampshire,KS2RWM_Expected_STD,2017,57',
    'la,936,Surrey,KS2RWM_Expected_STD,2017,60',
  ].join('\n'),
);

const dictionary = write(
  'dictionary.csv',
  [
    'Measure_short,Measure,Topic,Polarity,y_axis_name,dps,Year_Type,No_Quartile,Description',
    'KS2RWM_Expected_STD,KS2 RWM expected,Key Stage 2,High,% achieving expected level,NA,Academic Year,NA,RWM',
  ].join('\n'),
);

describeOnDatabases('plans and KPIs', (database) => {
  let app: FastifyInstance;
  let services: Services;
  const tokens: Record<string, string> = {};
  let plan: Plan;
  const action = (number: string) =>
    plan.priorities.flatMap((p) => p.actions).find((a) => a.number === number);
  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${tokens[who] ?? ''}` } });

  test('seed 000’s plan is in Beacon in full: eight priorities, actions 1.1 to 8.3, the glossary', async () => {
    const built = await buildTestApp(database());
    app = built.app;
    services = built.services;
    await loadDemo(services);
    for (const who of ['officer', 'owner', 'board', 'school']) {
      tokens[who] = (await services.tokens.create(testOperator, `${who}@beacon.example`)).token;
    }
    const list = await call('board', 'GET', '/api/v1/plans');
    assert.equal(list.statusCode, 200);
    const first = list.json<{ id: number; actions: number }[]>()[0];
    assert.ok(first);
    assert.equal(first.actions, 34);
    plan = (await call('board', 'GET', `/api/v1/plans/${String(first.id)}`)).json<Plan>();
    assert.deepEqual(
      plan.priorities.map((p) => [p.number, p.actions.length]),
      [
        ['1', 6],
        ['2', 6],
        ['3', 2],
        ['4', 5],
        ['5', 3],
        ['6', 4],
        ['7', 5],
        ['8', 3],
      ],
    );
    assert.deepEqual(
      plan.glossary.map((g) => g.code),
      ['CM', 'DCS', 'DDCS', 'EGM', 'HI', 'HSI', 'HSPR', 'PCM', 'PTSA', 'SIM', 'SIO'],
    );
    // 2.1 "Introduce a new peer challenge process (refer to 1.3)": the reference links.
    assert.ok(action('2.1')?.strategic.some((part) => part.action === '1.3'));
  });

  test('the Head of Inclusion updates action 6.1; the RAG history and the audit log record it', async () => {
    const id = action('6.1')?.id ?? 0;
    const response = await call('owner', 'POST', `/api/v1/actions/${String(id)}/updates`, {
      rag: 'amber',
      commentary: 'Campaign launched in two of the three localities.',
      evidenceUrl: 'https://example.org/attendance-campaign',
    });
    assert.equal(response.statusCode, 201);
    const detail = (await call('owner', 'GET', `/api/v1/actions/${String(id)}`)).json<{
      action: { rag: string };
      updates: { rag: string; commentary: string }[];
      canUpdate: boolean;
    }>();
    assert.equal(detail.action.rag, 'amber');
    assert.deepEqual(
      detail.updates.map((u) => u.rag),
      ['amber', 'red'],
    );
    assert.equal(detail.canUpdate, true);
    const audit = await services.audit.list({ action: 'plan.actionUpdated', page: 1, pageSize: 5 });
    assert.equal(audit.rows.length, 1);
  });

  test('someone who does not lead an action cannot update it (403); a board member cannot update at all', async () => {
    const id = action('2.2')?.id ?? 0;
    const byOwner = await call('owner', 'POST', `/api/v1/actions/${String(id)}/updates`, {
      rag: 'green',
      commentary: 'x',
    });
    assert.equal(byOwner.statusCode, 403);
    const byBoard = await call('board', 'POST', `/api/v1/actions/${String(id)}/updates`, {
      rag: 'green',
      commentary: 'x',
    });
    assert.equal(byBoard.statusCode, 403);
    const bySchool = await call('school', 'GET', '/api/v1/plans');
    assert.equal(bySchool.statusCode, 403);
  });

  test('a RAG outside the list, or no commentary, is refused and changes nothing', async () => {
    const id = action('6.2')?.id ?? 0;
    for (const payload of [
      { rag: 'purple', commentary: 'Fine' },
      { rag: 'green', commentary: '  ' },
      { rag: 'green', commentary: 'Fine', evidenceUrl: 'javascript:alert(1)' },
    ]) {
      const response = await call('owner', 'POST', `/api/v1/actions/${String(id)}/updates`, payload);
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
    }
    const detail = (await call('owner', 'GET', `/api/v1/actions/${String(id)}`)).json<{
      updates: unknown[];
      action: { rag: string };
    }>();
    assert.deepEqual([detail.updates.length, detail.action.rag], [0, 'not started']);
  });

  test('KPIs: seed 001’s published rank, then the register and a computed ranking, are read when there are figures', async () => {
    const kpi = (number: string) => plan.kpis.find((k) => k.number === number);
    // Before any league table is loaded, the demonstration's seed 001 figures stand: 140th of 150.
    const published = (await call('board', 'GET', `/api/v1/kpis/${String(kpi('SM1')?.id)}`)).json<{
      status: string;
      reasoning: string;
    }>();
    assert.equal(published.status, 'off track');
    assert.match(published.reasoning, /ranked 140 of 150 LAs in 2015\/16; the top half is rank 75 or better/);
    // Seed 000: "all schools good or outstanding by September 2018" — from the demonstration register.
    const allGood = (await call('board', 'GET', `/api/v1/kpis/${String(kpi('SM6')?.id)}`)).json<{
      status: string;
      reasoning: string;
      series: { value: number }[];
    }>();
    assert.equal(allGood.status, 'missed');
    assert.match(
      allGood.reasoning,
      /94% in 2017\/18 against all schools good or outstanding \(100%\) by 2017\/18: missed/,
    );
    await services.performance.importLaitDictionary(testOperator, dictionary);
    await services.performance.importValuesTemplate(testOperator, ks2, silentProgress);
    const ranked = (await call('board', 'GET', `/api/v1/kpis/${String(kpi('SM1')?.id)}`)).json<{
      status: string;
      reasoning: string;
      neededNext: number;
    }>();
    assert.equal(ranked.status, 'on track', ranked.reasoning);
    assert.match(ranked.reasoning, /ranked 2 of 4 LAs in 2016\/17; the top half is rank 2 or better/);
  });

  test('the plan round-trips through its workbook: unchanged, then one RAG edited; a workbook without RAG is refused', async () => {
    const visitor = new Visitor(app);
    await visitor.signIn('officer@beacon.example', 'demo-officer-password');
    const download = await visitor.get(`/plans/${String(plan.id)}/plan.xlsx`);
    assert.equal(download.statusCode, 200);
    const file = write('plan.xlsx', download.rawPayload);
    const officer = {
      userId: (await services.users.findByEmail('officer@beacon.example'))?.id ?? null,
      label: 'officer',
      role: 'officer' as const,
      schoolUrn: null,
      trustId: null,
    };
    const same = await services.planWorkbooks.importWorkbook(officer, plan.id, file);
    assert.deepEqual([same.updated, same.unchanged], [0, 34]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    sheet?.eachRow((row) => {
      if (row.getCell(1).value === '8.3') row.getCell(6).value = 'Amber';
    });
    const edited = path.join(folder, 'edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const changed = await services.planWorkbooks.importWorkbook(officer, plan.id, edited);
    assert.deepEqual([changed.updated, changed.unchanged], [1, 33]);
    const detail = (await call('officer', 'GET', `/api/v1/actions/${String(action('8.3')?.id)}`)).json<{
      action: { rag: string };
    }>();
    assert.equal(detail.action.rag, 'amber');
    sheet?.spliceColumns(6, 1);
    const noRag = path.join(folder, 'no-rag.xlsx');
    await workbook.xlsx.writeFile(noRag);
    await assertImportRefused(services.planWorkbooks.importWorkbook(officer, plan.id, noRag), {
      problem: /Missing column RAG/,
      line: 1,
    });
    // Seed 002's plan exports in its own layout and reads back unchanged.
    const post16 = await visitor.get('/plans/2/plan.xlsx');
    const post16File = write('post16.xlsx', post16.rawPayload);
    const post16Book = new ExcelJS.Workbook();
    await post16Book.xlsx.readFile(post16File);
    const headings: unknown[] = [];
    post16Book.worksheets[0]?.getRow(1).eachCell((cell) => headings.push(cell.value));
    assert.deepEqual(headings, [
      'Num',
      'Strategic Actions',
      'Operational Actions',
      'Performance Measure',
      'By whom and when',
      'Resources/costs',
      'RAG',
    ]);
    const post16Again = await services.planWorkbooks.importWorkbook(
      { ...officer, role: 'admin' },
      2,
      post16File,
    );
    assert.deepEqual([post16Again.updated, post16Again.unchanged], [0, 27]);
    const owner = {
      ...officer,
      userId: (await services.users.findByEmail('owner@beacon.example'))?.id ?? null,
      role: 'action_owner' as const,
    };
    await assert.rejects(
      services.planWorkbooks.importWorkbook(owner, plan.id, file),
      /Only the plan’s owner \(DDCS\)/,
    );
  });

  test('seed 002: Peterborough’s plan numbers its actions 1:1:1 to 4:1:4 and judges its NEET target from recorded figures', async () => {
    const list = (await call('board', 'GET', '/api/v1/plans')).json<
      { id: number; title: string; actions: number }[]
    >();
    const peterborough = list.find((p) => p.title.includes('Peterborough'));
    assert.ok(peterborough);
    assert.equal(peterborough.actions, 27);
    const whole = (await call('board', 'GET', `/api/v1/plans/${String(peterborough.id)}`)).json<Plan>();
    const numbers = whole.priorities.flatMap((p) => p.actions.map((a) => a.number));
    assert.deepEqual([numbers[0], numbers.at(-1)], ['1:1:1', '4:1:4']);
    const neet = whole.kpis.find((k) => k.number === 'K3');
    assert.ok(neet);
    assert.equal(neet.status, 'no data');
    // Seed 002: "Reduction in NEET figures: current figure = 6.14%. Target = 5.5%".
    const recorded = await call('officer', 'POST', `/api/v1/kpis/${String(neet.id)}/actuals`, {
      period: 2015,
      value: 5.4,
    });
    assert.equal(recorded.statusCode, 201);
    const judged = recorded.json<{ status: string; reasoning: string }>();
    assert.equal(judged.status, 'met', judged.reasoning);
    assert.match(judged.reasoning, /5\.40% in 2014\/15 against a target of 5\.50% by 2014\/15: met/);
    const notRecorded = await call('officer', 'POST', `/api/v1/kpis/${String(plan.kpis[0]?.id)}/actuals`, {
      period: 2017,
      value: 50,
    });
    assert.equal(notRecorded.statusCode, 400);
    const byOwner = await call('owner', 'POST', `/api/v1/kpis/${String(neet.id)}/actuals`, {
      period: 2015,
      value: 1,
    });
    assert.equal(byOwner.statusCode, 403);
    // Typing over a figure keeps the one it replaced as the audit's "before".
    const corrected = await call('officer', 'POST', `/api/v1/kpis/${String(neet.id)}/actuals`, {
      period: 2015,
      value: 5.6,
    });
    assert.equal(corrected.statusCode, 201);
    const [entry] = await queryRows<{ before: { value: number } | null; after: { value: number } }>(
      services.database.db,
      sql`select before, after from audit_log where action = 'kpi.actualRecorded' order by id desc limit 1`,
    );
    assert.deepEqual([entry?.before?.value, entry?.after.value], [5.4, 5.6]);
  });

  test('seed 003: KPI 14 is judged from the register and its table is the Ofsted table of Sept 2014 and Sept 2015', async () => {
    const list = (await call('board', 'GET', '/api/v1/plans')).json<{ id: number; title: string }[]>();
    const plymouth = list.find((p) => p.title.startsWith('Ambitious Plymouth'));
    assert.ok(plymouth);
    const whole = (await call('board', 'GET', `/api/v1/plans/${String(plymouth.id)}`)).json<Plan>();
    const kpi14 = whole.kpis.find((k) => k.number === 'KPI 14');
    assert.ok(kpi14);
    // The officer holds no role in Plymouth's plan: its recorded KPIs are not theirs to write.
    const kpi19 = whole.kpis.find((k) => k.number === 'KPI 19');
    assert.ok(kpi19);
    const notTheirs = await call('officer', 'POST', `/api/v1/kpis/${String(kpi19.id)}/actuals`, {
      period: 2016,
      value: 50,
    });
    assert.equal(notTheirs.statusCode, 403);
    assert.match(notTheirs.body, /Only the lead of KPI 19 \(AD-CYP\) or the plan’s owner/);
    const judged = (await call('board', 'GET', `/api/v1/kpis/${String(kpi14.id)}`)).json<{
      status: string;
      reasoning: string;
      phaseTable: {
        rows: {
          phaseGroup: string;
          earlier: { good: number; graded: number };
          later: { good: number; graded: number };
        }[];
        total: { earlier: { percent: number }; later: { percent: number } };
      };
    }>();
    assert.equal(judged.status, 'met', judged.reasoning);
    assert.match(judged.reasoning, /78% in 2014\/15 against 77% in 2013\/14: maintained/);
    assert.deepEqual(
      judged.phaseTable.rows.map((r) => [
        r.phaseGroup,
        r.earlier.good,
        r.earlier.graded,
        r.later.good,
        r.later.graded,
      ]),
      [
        ['Primary', 51, 67, 54, 70],
        ['Secondary', 12, 16, 12, 16],
        ['Special', 7, 8, 7, 8],
      ],
    );
    assert.deepEqual(
      [judged.phaseTable.total.earlier.percent, judged.phaseTable.total.later.percent],
      [77, 78],
    );
    const visitor = new Visitor(app);
    await visitor.signIn('board@beacon.example', 'demo-board-password');
    const csv = await visitor.get(`/plans/${String(plymouth.id)}/kpi-report.csv`);
    assert.equal(csv.statusCode, 200);
    // A byte-order mark first, so that Excel reads the file as UTF-8.
    assert.ok(csv.body.startsWith('\uFEFF'));
    const lines = csv.body.slice(1).split(/\r?\n/);
    assert.equal(
      lines[0],
      'KPI,Outcome,Outcome lead,Key action,Performance indicator,Latest year,Latest value,Status,Why,Narrative',
    );
    assert.ok(
      lines.some((l) => l.startsWith('KPI 14,') && l.includes(',2014/15,78%,met,')),
      lines.join('\n'),
    );
    const xlsx = await visitor.get(`/plans/${String(plymouth.id)}/kpi-report.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.equal(workbook.worksheets[0]?.getRow(3).getCell(1).value, 'KPI 14');
  });

  test('all four seed plans are in Beacon: Portsmouth, Peterborough, Plymouth and Sefton (five priorities)', async () => {
    const list = (await call('board', 'GET', '/api/v1/plans')).json<
      { id: number; title: string; organisation: string }[]
    >();
    assert.deepEqual(
      list.map((p) => p.organisation),
      ['Portsmouth City Council', 'Peterborough City Council', 'Plymouth City Council', 'Sefton Council'],
    );
    const sefton = (await call('board', 'GET', `/api/v1/plans/${String(list[3]?.id)}`)).json<
      Plan & { kpis: { rule: { kind: string } }[] }
    >();
    assert.equal(sefton.priorities.length, 5);
    assert.ok(
      sefton.kpis.length > 0 && sefton.kpis.every((k) => k.rule.kind === 'inLine' && k.status === 'no data'),
    );
  });

  test('seed 000’s gap between disadvantaged pupils and their peers, and seed 002’s "in line with statistical neighbours", read from the catalogue', async () => {
    const groups = write(
      'groups.csv',
      [
        'entity_type,entity_code,entity_name,indicator,period,group,value',
        'la,851,Portsmouth,KS2RWM_Expected_STD,2016,disadvantaged,37.6',
        'la,851,Portsmouth,KS2RWM_Expected_STD,2017,disadvantaged,53',
      ].join('\n'),
    );
    await services.performance.importValuesTemplate(testOperator, groups, silentProgress);
    const neighbours = write(
      'neighbours.csv',
      ['la_number,neighbour_rank,neighbour_la_number,closeness', '851,1,852,Close', '851,2,850,Close'].join(
        '\n',
      ),
    );
    await services.performance.importNeighbours(testOperator, neighbours, '2025');
    const [halve, inLine] = await database()
      .db.insert(kpis)
      .values([
        {
          planId: plan.id,
          number: 'T1',
          measure: 'Disadvantaged gap, KS2 RWM',
          evidence: 'catalogue',
          indicatorKey: 'KS2RWM_Expected_STD',
          laCode: '851',
          direction: 'higher',
          baselinePeriod: 2016,
          targetPeriod: 2018,
          targetRule: { kind: 'halveGap', between: { group: 'disadvantaged', comparedWith: 'all' } },
        },
        {
          planId: plan.id,
          number: 'T2',
          measure: 'KS2 RWM against statistical neighbours',
          evidence: 'catalogue',
          indicatorKey: 'KS2RWM_Expected_STD',
          laCode: '851',
          direction: 'higher',
          baselinePeriod: 2016,
          targetPeriod: 2018,
          targetRule: { kind: 'inLine', comparator: 'statistical neighbours', tolerance: 0.5 },
        },
      ])
      .returning({ id: kpis.id });
    // The gap was 37.6 − 47.6 = −10 points in 2016 and 53 − 58 = −5 in 2017: halved a year early.
    const gap = (await call('board', 'GET', `/api/v1/kpis/${String(halve?.id)}`)).json<{
      status: string;
      reasoning: string;
      neededNext: number;
    }>();
    assert.equal(gap.status, 'on track', gap.reasoning);
    assert.equal(gap.neededNext, 5);
    // Neighbours Southampton (54) and Hampshire (57) average 55.5 in 2017; Portsmouth's 58 is better.
    const against = (await call('board', 'GET', `/api/v1/kpis/${String(inLine?.id)}`)).json<{
      status: string;
      reasoning: string;
      comparatorName: string;
    }>();
    assert.equal(against.comparatorName, 'statistical neighbours');
    assert.equal(against.status, 'on track', against.reasoning);
    assert.match(against.reasoning, /against statistical neighbours’ 55\.5/);
  });

  test('the pages: an owner finds their actions, updates one with the keyboard’s form, and sees it saved', async () => {
    const visitor = new Visitor(app);
    await visitor.signIn('owner@beacon.example', 'demo-owner-password');
    const mine = await visitor.get('/my-actions');
    assert.equal(mine.statusCode, 200);
    assert.match(mine.body, /actions you lead/);
    const id = action('4.5')?.id ?? 0;
    const page = await visitor.get(`/actions/${String(id)}`);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const bad = await visitor.postForm(`/actions/${String(id)}/updates`, {
      _csrf: token,
      rag: '',
      commentary: '',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Choose a RAG status/);
    const saved = await visitor.postForm(`/actions/${String(id)}/updates`, {
      _csrf: token,
      rag: 'green',
      commentary: 'Suite of documents extended.',
      evidenceUrl: '',
    });
    assert.equal(saved.statusCode, 303);
    const after = await visitor.get(saved.headers.location ?? '');
    assert.match(after.body, /Your update was saved/);
    const progress = await visitor.get(`/plans/${String(plan.id)}/progress.csv`);
    const progressLines = progress.body.split(/\r?\n/);
    assert.equal(progressLines.length, 35);
    assert.ok(
      progressLines.some(
        (l) => l.includes(',4.5,') && l.includes('green') && l.includes('Suite of documents extended.'),
      ),
    );
    const planPage = await visitor.get(`/plans/${String(plan.id)}`);
    assert.match(planPage.body, /Priority 8: Improve post-16 outcomes/);
    const kpiPage = await visitor.get(`/kpis/${String(plan.kpis[0]?.id)}`);
    assert.equal(kpiPage.statusCode, 200);
  });
});
