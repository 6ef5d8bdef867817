import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoSignedInAs } from './demoApp.ts';
import { BeaconPage } from './pages/BeaconPage.ts';
import { SchoolsPage } from './pages/SchoolsPage.ts';
import { LandscapePage } from './pages/LandscapePage.ts';

void describe('schools register in a real browser [chromium]', () => {
  let page: Page;
  let baseUrl: string;
  let stop: () => Promise<void>;

  before(async () => {
    ({ page, baseUrl, stop } = await startDemoSignedInAs('officer'));
  });

  after(async () => {
    await stop();
  });

  test('an officer filters the register with the keyboard and opens a school', async () => {
    const schools = new SchoolsPage(page, baseUrl);
    await schools.openPage();
    assert.match(await schools.caption(), /157 schools, showing 1 to 50/);
    await schools.choose('Local authority', 'Portsmouth (851)');
    await schools.choose('Phase', 'Secondary');
    await schools.choose('Current Ofsted grade', '3 Requires improvement');
    await schools.search('');
    await schools.applyWithKeyboard();
    assert.match(await schools.caption(), /^3 schools/);
    assert.deepEqual(await schools.schoolNames(), [
      'Copnor Academy',
      'Gunwharf School',
      'Portsdown Hill School',
    ]);
    await schools.openSchool('Portsdown Hill School');
    assert.equal(await schools.heading(), 'Portsdown Hill School');
    assert.match(await page.locator('main').innerText(), /Current grade: 3 Requires improvement/);
  });

  test('a school’s trust page lists its schools and their grades', async () => {
    const trust = new BeaconPage(page, baseUrl);
    assert.equal(await trust.open('/schools/990004'), 200);
    await trust.navigatesBy(() =>
      page
        .getByRole('link', { name: /Solent Shore Learning Trust/ })
        .first()
        .click(),
    );
    assert.equal(await trust.heading(), 'Solent Shore Learning Trust (demonstration)');
    assert.equal(await page.locator('tbody tr').count(), 4);
  });

  test('seed 003: the landscape shows Plymouth’s table for September 2014 and 2015 side by side', async () => {
    const landscape = new LandscapePage(page, baseUrl);
    await landscape.show('879', '2015-09-01', '2014-09-01');
    assert.equal(await landscape.heading(), 'Plymouth: educational landscape');
    assert.deepEqual(await landscape.goodOrOutstanding(), [
      ['Primary', '51', '67', '76%', '54', '70', '77%'],
      ['Secondary', '12', '16', '75%', '12', '16', '75%'],
      ['Special', '7', '8', '88%', '7', '8', '88%'],
      ['Total', '70', '91', '77%', '73', '94', '78%'],
    ]);
  });

  test('seed 001: Portsmouth’s landscape says a third are academies, 21 in 11 MATs', async () => {
    const landscape = new LandscapePage(page, baseUrl);
    await landscape.show('851', '2016-09-01', '2015-09-01');
    assert.match(
      await landscape.summary(),
      /63 open schools\. 21 are academies \(33% of schools\); 21 academies operated by 11 MATs/,
    );
  });

  test('an impossible date is explained in an error summary', async () => {
    const landscape = new LandscapePage(page, baseUrl);
    await landscape.show('851', '2016-02-30', '');
    assert.match(
      await page.locator('.govuk-error-summary').innerText(),
      /Date: Enter a real date, with the day, month and year/,
    );
  });
});
