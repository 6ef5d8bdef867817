import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoSignedInAs } from './demoApp.ts';
import { fillDate } from './browser.ts';
import { BeaconPage } from './pages/BeaconPage.ts';

// In-year returns (SPEC C7) as the school's data lead and the LA's officer use them, in Chromium,
// each page checked with axe: the return form's error summary links to the field at fault.

void describe('in-year returns in a real browser [chromium]', () => {
  describe('the data lead', () => {
    let page: Page;
    let baseUrl: string;
    let stop: () => Promise<void>;
    before(async () => {
      ({ page, baseUrl, stop } = await startDemoSignedInAs('school_user'));
    });
    after(async () => {
      await stop();
    });

    test('the school reads its accepted spring return and the autumn one beside the LA', async () => {
      const returns = new BeaconPage(page, baseUrl);
      await returns.open('/');
      await returns.navigatesBy(() => page.getByRole('link', { name: 'Data returns', exact: true }).click());
      assert.equal(await returns.heading(), 'Data returns');
      await returns.navigatesBy(() =>
        page.getByRole('link', { name: 'Harbourside Primary School' }).first().click(),
      );
      assert.equal(await returns.heading(), 'Harbourside Primary School');
      const text = await page.locator('main').innerText();
      assert.match(text, /Accepted/);
      assert.match(text, /Year 6/);
    });
  });

  describe('the officer', () => {
    let page: Page;
    let baseUrl: string;
    let stop: () => Promise<void>;
    before(async () => {
      ({ page, baseUrl, stop } = await startDemoSignedInAs('officer'));
    });
    after(async () => {
      await stop();
    });

    test('opens a return; the overview, the late list and the LA’s picture read as the officer expects', async () => {
      const officer = new BeaconPage(page, baseUrl);
      await officer.open('/collection');
      await page.getByText('Open a return').click();
      await officer.navigatesBy(() => page.getByRole('button', { name: 'Open the return' }).click());
      assert.match(await page.locator('.govuk-error-summary').innerText(), /Name the return/);
      await page.getByLabel('Name of the return').fill('Summer 2016 in-year progress');
      await fillDate(page, 'Opens', '2016-05-03');
      await fillDate(page, 'Closes', '2016-05-27');
      await page.getByRole('checkbox', { name: /^Primary: years R to 6/ }).check();
      await officer.navigatesBy(() => page.getByRole('button', { name: 'Open the return' }).click());
      assert.equal(await officer.heading(), 'Summer 2016 in-year progress');
      assert.match(await page.locator('main').innerText(), /Late \(\d+\)/);

      await officer.open('/collection/windows/2');
      assert.match(await page.locator('main').innerText(), /Returned/);
      await officer.navigatesBy(() => page.getByRole('link', { name: 'The LA’s in-year picture' }).click());
      assert.match(await page.locator('main').innerText(), /Year 6 reading, all pupils/);
      await officer.open('/collection/windows/2/accuracy');
      assert.match(await page.locator('main').innerText(), /the LA’s result was 47\.6/);
      await officer.open('/collection/agreements');
      assert.equal(await officer.heading(), 'Data-sharing agreements');
    });
  });
});
