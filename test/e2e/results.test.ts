import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoSignedInAs } from './demoApp.ts';
import { downloadSafely } from './browser.ts';
import { readPdf } from '../../src/reports/pdf/reading.testing.ts';
import { ResultsPage } from './pages/ResultsPage.ts';
import { BeaconPage } from './pages/BeaconPage.ts';

void describe('results in a real browser [chromium]', () => {
  let page: Page;
  let baseUrl: string;
  let stop: () => Promise<void>;

  before(async () => {
    ({ page, baseUrl, stop } = await startDemoSignedInAs('board_member'));
  });

  after(async () => {
    await stop();
  });

  test('a board member reads seed 001’s summary for Portsmouth, words and all', async () => {
    const results = new ResultsPage(page, baseUrl);
    await results.chooseLocalAuthority('851');
    assert.equal(await results.heading(), 'Provisional educational attainment and progress results 2015/16');
    const ks2 = await results.table('Key Stage 2: Attainment');
    assert.deepEqual(ks2[0], [
      'KS2 Reading, Writing & Maths Combined - % meeting expected standard',
      '47.6',
      '53',
      'joint 140 of 150 (as published)',
      'n/a',
      '−5.4 ▼ worse than national',
      '−2 (previous measure) ▼ worse than national',
    ]);
    const narrative = await page.locator('.beacon-narrative').innerText();
    assert.match(
      narrative,
      /Portsmouth is provisionally joint 140th out of 150 local authorities nationally in 2016\./,
    );
    // The table as a file: stored values beside the figures as printed, minus signs Excel reads.
    const csv = await downloadSafely(page, () =>
      page.getByRole('link', { name: 'CSV of Key Stage 2: Attainment' }).click(),
    );
    const writing = csv.find((row) => (row[0] ?? '').includes('Writing'));
    assert.ok(
      writing?.some((cell) => /^-\d/.test(cell)),
      'a gap as shown, with a hyphen-minus',
    );
    await downloadSafely(page, () =>
      page.getByRole('link', { name: 'XLSX of Key Stage 2: Attainment' }).click(),
    );
    // The whole report as a PDF, from the link on the page: its figures as the page shows them.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download this report as a PDF' }).click(),
    ]);
    assert.equal(pdf.suggestedFilename(), 'portsmouth-results-2015-16.pdf');
    const read = await readPdf(fs.readFileSync(await pdf.path()));
    assert.match(read.text, /47\.6\s+53\s+joint 140 of 150/);
    await results.navigatesBy(() =>
      page.getByRole('link', { name: 'Gaps between groups of pupils in Portsmouth' }).click(),
    );
    assert.equal(await results.heading(), 'Gaps between groups of pupils');
  });

  test('from the summary to a measure’s page, by keyboard, with charts a screen reader can name', async () => {
    const results = new ResultsPage(page, baseUrl);
    await results.open('/areas/851/results/2016');
    const link = page.getByRole('link', { name: 'KS2 Writing - % meeting expected standard' });
    await link.focus();
    await results.navigatesBy(() => page.keyboard.press('Enter'));
    assert.equal(await results.heading(), 'KS2 TA - expected standard Writing - All Pupils');
    const names = await results.chartNames();
    assert.equal(names.length, 2);
    assert.match(names[0] ?? '', /Portsmouth against England[\s\S]*Change of method from 2015\/16/);
    // The charts' labels are in the page's typeface, not the browser's default serif, at 16px.
    assert.deepEqual(await results.chartLabelStyle(), { family: 'arial, sans-serif', size: '16px' });
    const trend = await results.table('Portsmouth over time');
    assert.deepEqual(
      trend.map((r) => r[0]),
      ['2014/15', '2015/16'],
    );
    assert.match(trend[1]?.[4] ?? '', /−1\.7 ▼ worse than England/);
  });

  test('the charts print: the print layout keeps them and drops the forms', async () => {
    const results = new ResultsPage(page, baseUrl);
    await results.open('/areas/851/indicators/KS2RWM_Expected_STD?period=2016');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('svg[role="img"]').first().isVisible(), true);
    assert.equal(await page.locator('form.beacon-no-print').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
  });

  test('a school’s results page is reached from the school, and says plainly when none are held', async () => {
    const results = new ResultsPage(page, baseUrl);
    await results.open('/schools/990001');
    await results.navigatesBy(() =>
      page.getByRole('link', { name: 'Results against the LA and England' }).click(),
    );
    assert.equal(await results.heading(), 'Harbourside Primary School: results');
    // The demonstration's generated result beside seed 001's Portsmouth and England figures.
    assert.match(
      await page.locator('main').innerText(),
      /Reading, writing and maths: expected standard \(%\)\t\d+\t47\.6\t53\t/,
    );
    // Plymouth's demonstration schools have no results.
    await results.open('/schools/991001/results');
    assert.match(
      await page.locator('main').innerText(),
      /Beacon holds no published key stage 2 or 4 results/,
    );
  });
  test('the area profile is reached from the menu, its pictograms named, its figures in a table', async () => {
    const profile = new BeaconPage(page, baseUrl);
    await profile.open('/');
    await profile.navigatesBy(() => page.getByRole('link', { name: 'Area profile' }).click());
    // The council's own, which links to the councils that entered their own figures: seed 004's Sefton.
    await profile.navigatesBy(() => page.getByRole('link', { name: 'Sefton' }).click());
    assert.equal(
      await profile.heading(),
      'If Sefton’s parliamentary constituencies had 100 children, as they grow up',
    );
    const bootle = page.getByRole('region', { name: 'Bootle', exact: true });
    assert.equal(await bootle.getByRole('img', { name: '29 of 100 children' }).count(), 1, 'poverty');
    const table = bootle.getByRole('table');
    assert.match(
      await table.locator('tbody tr').first().innerText(),
      /Children living in poverty \(%\)\s+29%\s+29\s+2015/,
    );
    await profile.navigatesBy(() => page.getByRole('link', { name: 'See the profile by ward' }).click());
    assert.match(await page.locator('main').innerText(), /Beacon has no wards for Sefton yet/);
  });
});
