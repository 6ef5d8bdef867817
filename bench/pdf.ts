import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServices } from '../src/app/services.ts';
import { createApp, publicAssetsDir } from '../src/app/createApp.ts';
import { testConfig, Visitor } from '../src/app/testing.ts';
import { loadDemo } from '../src/demo/load.ts';
import { demoAccounts } from '../src/demo/accounts.ts';
import { launchChromium } from '../src/reports/pdf/chromium.ts';
import { PdfPrinter, pdfOptions, type PrintJob } from '../src/reports/pdf/printer.ts';
import { median, server, timed } from './databases.ts';
import { benchOperator as operator, laitFiles, loadLait, nationalSchoolsDir } from './data.ts';
import { externalDataDir } from '../src/performance/externalData.ts';
import { silentProgress } from '../src/kernel/importFiles.ts';
import { inPipeline } from '../src/kernel/collections.ts';
import { letterPage } from '../src/reports/letters/page.ts';
import { readPdf } from '../src/reports/pdf/reading.testing.ts';

// P5: PDFs. Beacon's PDF of a page (the route, its queries, the page rendered for print, the
// printer's pool) against the engine's floor: Chromium's own page.pdf() of the very same HTML
// saved as a static file, in a browser of its own, measured in the same run. On PostgreSQL, with
// DfE's LAIT loaded (the LA results summary from real figures) and the demonstration (its plan is a
// board-style paper of 27 pages).
const repeats = 5;

type Case = { name: string; url: string };
const cases: Case[] = [
  { name: 'LA results summary (Portsmouth 2018/19, LAIT)', url: '/areas/851/results/2019.pdf' },
  { name: 'Board-style paper: the action plan (27 pages)', url: '/plans/1.pdf' },
  { name: 'School results (demonstration school)', url: '/schools/990001/results.pdf' },
];

/** The last job the app's printer was given: the HTML the floor prints too. */
function captureJobs(): { last: () => PrintJob | undefined } {
  let last: PrintJob | undefined;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the printer as this
  const print = PdfPrinter.prototype.print;
  PdfPrinter.prototype.print = function (this: PdfPrinter, job: PrintJob) {
    last = job;
    return print.call(this, job);
  };
  return { last: () => last };
}

async function floorOf(job: PrintJob): Promise<number> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-pdf-floor-'));
  fs.cpSync(publicAssetsDir, path.join(folder, 'assets'), { recursive: true });
  const file = path.join(folder, 'page.html');
  fs.writeFileSync(file, job.html.replaceAll('"/assets/', '"assets/'));
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const times: number[] = [];
    for (let i = 0; i <= repeats; i++) {
      const run = await timed(async () => {
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        return page.pdf(pdfOptions(job));
      });
      if (i > 0) times.push(run.seconds);
    }
    return median(times);
  } finally {
    await browser.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function beaconTimes(visitor: Visitor, url: string): Promise<{ seconds: number; pages: number }> {
  const times: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  // The first asks Chromium to start; a person's usual PDF is one from a printer already running.
  for (let i = 0; i <= repeats; i++) {
    const run = await timed(() => visitor.get(url));
    if (run.result.statusCode !== 200) throw new Error(`${url} answered ${String(run.result.statusCode)}`);
    pdf = run.result.rawPayload;
    if (i > 0) times.push(run.seconds);
  }
  return { seconds: median(times), pages: (await readPdf(pdf)).pages };
}

async function concurrent(visitor: Visitor, url: string, count: number) {
  const run = await timed(() => Promise.all(Array.from({ length: count }, () => visitor.get(url))));
  const statuses = run.result.map((r) => r.statusCode);
  return {
    seconds: run.seconds,
    ok: statuses.filter((s) => s === 200).length,
    busy: statuses.filter((s) => s === 503).length,
  };
}

/** Node's and Chromium's resident memory, sampled every 200 ms while `work` runs; the peaks. */
async function peakMemory<T>(work: () => Promise<T>): Promise<{ result: T; node: number; chromium: number }> {
  let node = 0;
  let chromium = 0;
  const sample = () => {
    node = Math.max(node, process.memoryUsage().rss);
    const ps = spawnSync('ps', ['-C', 'chromium', '-o', 'rss=']);
    const kib = String(ps.stdout)
      .split('\n')
      .reduce((sum, line) => sum + (Number(line.trim()) || 0), 0);
    chromium = Math.max(chromium, kib * 1024);
  };
  const timer = setInterval(sample, 200);
  try {
    return { result: await work(), node, chromium };
  } finally {
    clearInterval(timer);
  }
}

const mib = (bytes: number) => `${String(Math.round(bytes / 1024 / 1024))} MiB`;

/**
 * A school profile from real data, and the annual letter of every open school in Hampshire (850):
 * the national register (2017/18 spine and Ofsted), KS2 and KS4 school results 2016 to 2018, and the
 * 2019 census and absence, each imported as a council would.
 */
export async function lettersBench(): Promise<void> {
  const database = await server();
  const jobs = captureJobs();
  const services = await createServices(database);
  const config = testConfig();
  try {
    await services.register.importSpine(
      operator,
      path.join(nationalSchoolsDir, 'england_spine_2017-2018.csv'),
      silentProgress,
    );
    await services.register.importOfsted(
      operator,
      path.join(nationalSchoolsDir, 'ofsted_ratings_2018.csv'),
      silentProgress,
    );
    await services.performance.importLaitDictionary(operator, laitFiles.dictionary);
    for (const year of [2016, 2017, 2018])
      for (const stage of ['ks2', 'ks4'])
        await services.performance.importPerfTable(
          operator,
          path.join(nationalSchoolsDir, `${stage}_perf_${String(year)}.csv`),
          year,
          silentProgress,
        );
    const context = path.join(externalDataDir(), 'dfe-perf-tables-2018-19-national');
    await services.performance.importSchoolContext(
      operator,
      path.join(context, 'england_census.csv'),
      'census',
      2019,
      silentProgress,
    );
    await services.performance.importSchoolContext(
      operator,
      path.join(context, 'england_abs.csv'),
      'absence',
      2019,
      silentProgress,
    );
    await loadDemo(services);
    const app = await createApp(services, config, { demonstration: false });
    try {
      const visitor = new Visitor(app);
      const officer = demoAccounts.find((a) => a.role === 'officer');
      if (!officer) throw new Error('no demonstration officer');
      await visitor.signIn(officer.email, officer.password);
      const schools = await services.letters.schoolsOf(operator, '850');
      const sample = schools[0];
      if (!sample) throw new Error('no Hampshire schools');
      const url = `/schools/${String(sample.urn)}/profile.pdf`;
      const profile = await beaconTimes(visitor, url);
      const job = jobs.last();
      if (!job) throw new Error('no job captured');
      const floor = await floorOf(job);
      console.log(
        `\n| School profile (${sample.name}, Hampshire, real data) | ${String(profile.pages)} | ${profile.seconds.toFixed(3)} s | ${floor.toFixed(3)} s | ${(profile.seconds / floor).toFixed(2)}× |`,
      );
      const letters = async (list: typeof schools) =>
        inPipeline(
          list,
          (school) => services.letters.letterFor(operator, school.urn, config),
          async (letter) => {
            await app.printPage(letterPage.template, letterPage.context(letter));
          },
        );
      const part = schools.slice(0, 100);
      const some = await peakMemory(() => timed(() => letters(part)));
      const all = await peakMemory(() => timed(() => letters(schools)));
      console.log(
        `\nLetters, Hampshire (LA 850), as beacon report letters prints them (one printing, the next read meanwhile):`,
      );
      console.log('| letters | time | per letter | peak RSS, Beacon | peak RSS, Chromium |');
      console.log('| --- | --- | --- | --- | --- |');
      for (const [n, run] of [
        [part.length, some],
        [schools.length, all],
      ] as const)
        console.log(
          `| ${String(n)} | ${run.result.seconds.toFixed(1)} s | ${(run.result.seconds / n).toFixed(3)} s | ${mib(run.node)} | ${mib(run.chromium)} |`,
        );
    } finally {
      await app.close();
    }
  } finally {
    await database.drop();
  }
}

export async function pdfBench(): Promise<void> {
  const database = await server();
  const jobs = captureJobs();
  const services = await createServices(database);
  await loadLait(services);
  await loadDemo(services);
  const app = await createApp(services, testConfig(), { demonstration: true });
  try {
    const officer = demoAccounts.find((a) => a.role === 'officer');
    if (!officer) throw new Error('no demonstration officer');
    const visitor = new Visitor(app);
    await visitor.signIn(officer.email, officer.password);
    console.log(
      '\nP5: PDFs (PostgreSQL; Beacon’s PDF against Chromium’s page.pdf() of the same HTML as a file)',
    );
    console.log('| PDF | pages | Beacon, median of 5 | floor, median of 5 | ratio |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const c of cases) {
      const beacon = await beaconTimes(visitor, c.url);
      const job = jobs.last();
      if (!job) throw new Error('no job captured');
      const floor = await floorOf(job);
      console.log(
        `| ${c.name} | ${String(beacon.pages)} | ${beacon.seconds.toFixed(3)} s | ${floor.toFixed(3)} s | ${(beacon.seconds / floor).toFixed(2)}× |`,
      );
    }
    const burst = await concurrent(visitor, '/areas/851/results/2019.pdf', 10);
    console.log(
      `\n10 summary PDFs asked for at once (2 pages printing, 8 waiting): ${String(burst.ok)} made, ${String(burst.busy)} told to retry, in ${burst.seconds.toFixed(2)} s`,
    );
  } finally {
    await app.close();
    await database.drop();
  }
  await lettersBench();
}
