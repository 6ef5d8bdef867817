import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServices } from '../src/app/services.ts';
import { createApp, publicAssetsDir } from '../src/app/createApp.ts';
import { testConfig, Visitor } from '../src/app/testing.ts';
import { loadDemo } from '../src/demo/load.ts';
import { demoAccounts } from '../src/demo/accounts.ts';
import { launchChromium } from '../src/reports/pdf/chromium.ts';
import { PdfPrinter, type PrintJob } from '../src/reports/pdf/printer.ts';
import { median, server, timed } from './databases.ts';
import { loadLait } from './data.ts';
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
        return page.pdf({
          format: 'A4',
          printBackground: true,
          tagged: true,
          outline: true,
          displayHeaderFooter: true,
          headerTemplate: job.headerHtml,
          footerTemplate: job.footerHtml,
          margin: { top: '22mm', bottom: '24mm', left: '15mm', right: '15mm' },
        });
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
}
