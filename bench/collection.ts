import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createServices } from '../src/app/services.ts';
import { silentProgress } from '../src/kernel/importFiles.ts';
import { queryRows } from '../src/db/client.ts';
import { dataSharingAgreements, inYearReturns, inYearTotals } from '../src/collection/schema.ts';
import { cellKey, defaultGrids, gridRows } from '../src/collection/rules/grid.ts';
import { completion } from '../src/collection/rules/validation.ts';
import { contributions } from '../src/collection/rules/inYear.ts';
import { readReturnWorkbook, returnTemplate } from '../src/collection/workbook.ts';
import { median, onEachDatabase, timed, type BenchDatabase } from './databases.ts';
import { benchOperator as operator, nationalSchoolsDir as national } from './data.ts';

// SPEC C7's measures: the LA overview and the in-year picture for a window holding a return from
// every open primary school in England, and one uploaded return validated and saved. A window is
// one LA's, so the benchmark files every primary school under one authority's code ("as if one LA
// held them all"): the volume is England's. Goals on PostgreSQL: the overview under 300 ms, the
// picture under 1 s, an upload validated and saved under 500 ms.

const grid = defaultGrids.Primary;
const la = '999';

type Row = { database: string; returns: number; overview: number; picture: number; upload: number };

function figuresFor(urn: number) {
  const figures: Record<string, number> = {};
  for (const row of gridRows(grid)) {
    const pupils = { all: 30 + (urn % 31), disadvantaged: 9, boys: 15, SEND: 4 }[row.group];
    const expected = 50 + ((urn + row.subject.length) % 40);
    figures[cellKey({ ...row, measure: 'pupils' })] = pupils;
    figures[cellKey({ ...row, measure: 'expected' })] = expected;
    figures[cellKey({ ...row, measure: 'higher' })] = Math.floor(expected / 4);
  }
  return figures;
}

async function load(database: BenchDatabase) {
  const services = await createServices(database);
  await services.register.importSpine(
    operator,
    path.join(national, 'england_spine_2017-2018.csv'),
    silentProgress,
  );
  await database.db.execute(sql`update establishments set la_code = ${la} where phase_group = 'Primary'`);
  const opensOn = '2018-11-01';
  const windowId = await services.collectionWindows.open(operator, {
    name: 'Autumn 2018 in-year progress',
    laCode: la,
    opensOn,
    closesOn: '2018-12-14',
    phases: ['Primary'],
  });
  const schools = await queryRows<{ urn: number }>(
    database.db,
    sql`select urn from establishments where la_code = ${la} and phase_group = 'Primary'
          and not (status = 'Closed' and closed_on is null)
          and (opened_on is null or opened_on <= ${opensOn}) and (closed_on is null or closed_on > ${opensOn})
        order by urn`,
  );
  // Every school but the last has sent its return, written in bulk with the running totals the
  // service would have left after taking them one by one.
  const sending = schools.slice(0, -1);
  const totals = new Map<
    string,
    { schools: number; pupils: number; expectedSum: number; higherSum: number }
  >();
  for (let i = 0; i < sending.length; i += 500) {
    const batch = sending.slice(i, i + 500);
    await database.db.insert(dataSharingAgreements).values(
      batch.map((s) => ({
        urn: s.urn,
        status: 'signed' as const,
        signedOn: '2018-09-01',
        updatedBy: 'bench',
      })),
    );
    for (const s of batch)
      for (const c of contributions(grid, figuresFor(s.urn))) {
        const t = totals.get(c.row) ?? { schools: 0, pupils: 0, expectedSum: 0, higherSum: 0 };
        totals.set(c.row, {
          schools: t.schools + 1,
          pupils: t.pupils + c.pupils,
          expectedSum: t.expectedSum + c.expectedSum,
          higherSum: t.higherSum + c.higherSum,
        });
      }
    await database.db.transaction(async (tx) => {
      await tx.insert(inYearReturns).values(
        batch.map((s) => {
          const figures = figuresFor(s.urn);
          return {
            windowId,
            urn: s.urn,
            status: 'submitted' as const,
            figures,
            predictions: { ks2rwm: 60 },
            completion: completion(grid, figures, { ks2rwm: 60 }),
          };
        }),
      );
    });
  }
  await database.db
    .insert(inYearTotals)
    .values([...totals].map(([row, t]) => ({ windowId, phase: grid.phase, row, ...t })));
  const last = schools.at(-1)?.urn ?? 0;
  await database.db
    .insert(dataSharingAgreements)
    .values({ urn: last, status: 'signed', signedOn: '2018-09-01', updatedBy: 'bench' });
  return { services, windowId, returns: sending.length, last };
}

async function measure(database: BenchDatabase): Promise<Row> {
  const { services, windowId, returns, last } = await load(database);
  const officer = { ...operator, role: 'officer' as const };
  const overview: number[] = [];
  const picture: number[] = [];
  for (let i = 0; i < 5; i++) {
    overview.push(
      (await timed(() => services.collectionWindows.overview(officer, windowId, '2018-12-20'))).seconds,
    );
    picture.push((await timed(() => services.inYearAnalysis.picture(officer, windowId))).seconds);
  }
  // The last school uploads its filled-in workbook: read, checked and saved as its draft.
  const school = { urn: last, name: 'The last school' };
  const workbook = await returnTemplate({
    school,
    windowName: 'Autumn 2018 in-year progress',
    grid,
    figures: figuresFor(last),
    predictions: { ks2rwm: 58 },
    notes: {},
  });
  const uploads: number[] = [];
  for (let i = 0; i < 5; i++)
    uploads.push(
      (
        await timed(async () => {
          const read = await readReturnWorkbook(workbook, grid, last);
          return services.inYearReturns.change(operator, windowId, last, 'save', read, '2018-12-01');
        })
      ).seconds,
    );
  return {
    database: database.label,
    returns,
    overview: median(overview),
    picture: median(picture),
    upload: median(uploads),
  };
}

export async function collectionBench(): Promise<void> {
  const rows = await onEachDatabase(measure);
  console.log(
    '\nData collection (SPEC C7): every open primary school in England in one window (median of 5).\n',
  );
  console.log(
    '| database | returns | LA overview (s) | in-year picture (s) | upload validated and saved (s) |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.database} | ${r.returns.toLocaleString('en-GB')} | ${r.overview.toFixed(3)} | ${r.picture.toFixed(3)} | ${r.upload.toFixed(3)} |`,
    );
}
