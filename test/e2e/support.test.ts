import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoSignedInAs } from './demoApp.ts';
import { fillDate } from './browser.ts';
import { BeaconPage } from './pages/BeaconPage.ts';

// Support brokering (SPEC C6) as an officer uses it: the directory, brokering a leader, Challenge
// the Gap's workshops, the commissioning plan and the impact report, each page checked with axe.

void describe('support brokering in a real browser [chromium]', () => {
  let page: Page;
  let baseUrl: string;
  let stop: () => Promise<void>;

  before(async () => {
    ({ page, baseUrl, stop } = await startDemoSignedInAs('officer'));
  });

  after(async () => {
    await stop();
  });

  test('the officer finds a maths leader in the directory and brokers them to a school, by keyboard', async () => {
    const support = new BeaconPage(page, baseUrl);
    await support.open('/');
    await support.navigatesBy(() => page.getByRole('link', { name: 'Support', exact: true }).click());
    assert.equal(await support.heading(), 'Support');
    await support.navigatesBy(() =>
      page.getByRole('link', { name: 'The directory of system leaders' }).click(),
    );
    await page.getByLabel('Specialism', { exact: true }).fill('maths');
    await support.navigatesBy(() => page.getByRole('button', { name: 'Search' }).click());
    assert.match(await page.locator('main').innerText(), /2 system leaders/);

    await support.open('/support/deployments/new?urn=990006&needs=maths');
    const main = await page.locator('main').innerText();
    assert.match(main, /Local Leader of Education \(demonstration\)/);
    await support.navigatesBy(() => page.getByRole('button', { name: 'Propose the deployment' }).click());
    assert.match(await page.locator('.govuk-error-summary').innerText(), /There is a problem/);
  });

  test('Challenge the Gap: the officer records a session and who came; a date outside the programme is explained', async () => {
    const programme = new BeaconPage(page, baseUrl);
    await programme.open('/support/programmes');
    await programme.navigatesBy(() => page.getByRole('link', { name: 'Challenge the Gap' }).click());
    assert.equal(await programme.heading(), 'Challenge the Gap');
    assert.match(await page.locator('main').innerText(), /Sessions \(6\)/);
    await page.getByText('Record a session').click();
    await page.getByLabel('Session', { exact: true }).fill('Celebration event');
    await fillDate(page, 'Held on', '2017-09-01');
    await programme.navigatesBy(() => page.getByRole('button', { name: 'Record the session' }).click());
    assert.match(
      await page.locator('.govuk-error-summary').innerText(),
      /A session is held while the programme runs, between 1 June 2016 and 21 July 2017/,
    );
    await fillDate(page, 'Held on', '2017-07-12');
    await page.getByRole('checkbox').first().check();
    await programme.navigatesBy(() => page.getByRole('button', { name: 'Record the session' }).click());
    assert.match(await page.locator('main').innerText(), /Sessions \(7\)/);
    assert.match(
      await page.locator('main').innerText(),
      /12 July 2017: Celebration event \(1 of 12 schools\)/,
    );
  });

  test('the commissioning plan for 2016/17 and the impact report read as a board would read them', async () => {
    const plan = new BeaconPage(page, baseUrl);
    await plan.open('/support/commissioning');
    await plan.navigatesBy(() => page.getByRole('link', { name: 'Commissioning plan 2016/17' }).click());
    assert.equal(await plan.heading(), 'Commissioning plan 2016/17');
    const text = await page.locator('main').innerText();
    assert.match(
      text,
      /Approved: Portsmouth Education Partnership Executive Board \(demonstration\), 14 July 2016/,
    );
    assert.match(text, /Total, leaving out withdrawn work\s+£173,000/);

    await plan.open('/support/impact?programme=1');
    assert.equal(await plan.heading(), 'Impact report: Challenge the Gap');
    assert.match(await page.locator('main').innerText(), /Too few schools to tell/);
  });
});
