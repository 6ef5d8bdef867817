import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { account, startDemoSignedInAs } from './demoApp.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { ConcernPage } from './pages/ConcernPage.ts';

void describe('schools causing concern in a real browser [chromium]', () => {
  let page: Page;
  let baseUrl: string;
  let stop: () => Promise<void>;

  before(async () => {
    ({ page, baseUrl, stop } = await startDemoSignedInAs('officer'));
  });

  after(async () => {
    await stop();
  });

  test('seed 000: the review proposes Portsmouth’s schools requiring improvement at least moderate', async () => {
    const concern = new ConcernPage(page, baseUrl);
    await concern.review('851');
    assert.equal(await concern.heading(), 'Portsmouth: schools causing concern');
    const flagged = await concern.flagged();
    const portsdown = flagged.find((row) => row[0] === 'Portsdown Hill School');
    assert.deepEqual(portsdown, ['Portsdown Hill School', 'Moderate', 'Not categorised']);
  });

  test('an officer holds a School Assessment Meeting and confirms a category with the keyboard', async () => {
    const concern = new ConcernPage(page, baseUrl);
    await concern.review('851');
    await concern.startMeeting('2026-10-15', 'HSI (chair); SIM; partnership headteacher');
    assert.equal(await concern.heading(), 'School Assessment Meeting, 15 October 2026');
    await concern.openDecision('Portsdown Hill School');
    assert.equal(await concern.heading(), 'Portsdown Hill School');
    await page.getByRole('button', { name: 'Confirm the category' }).click();
    await concern.arrived();
    assert.match(await concern.errorSummary(), /Give the rationale for the category/);
    await concern.decide('Moderate', 'Requires improvement; monitor half-termly');
    assert.match(await page.locator('#school-990006').innerText(), /Moderate[\s\S]*monitor half-termly/);
    assert.match(await page.locator('#school-990006').innerText(), /Decided at this meeting/);
    // On a phone the meeting's table scrolls in place: its hidden link words do not widen the page.
    const meeting = new URL(page.url()).pathname;
    await page.setViewportSize({ width: 375, height: 720 });
    await concern.open(meeting);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
    await page.setViewportSize({ width: 1280, height: 720 });
    await concern.open('/schools/990006/concern');
    assert.match(await page.locator('main').innerText(), /Category: Moderate/);
  });

  test('an officer plans a support visit and sees it counted against the allowance', async () => {
    const concern = new ConcernPage(page, baseUrl);
    assert.equal(await concern.open('/schools/990006/visits'), 200);
    await page.getByText('Plan a visit').click();
    await page.getByLabel('Days').fill('1.5');
    await page.getByLabel('Purpose').fill('Leadership review with the chair of governors');
    await concern.navigatesBy(() => page.getByRole('button', { name: 'Plan the visit' }).click());
    assert.match(await page.locator('main').innerText(), /4 days allowed, 0 done, 1.5 planned, 2.5 left/);
    assert.equal(await concern.open('/concern/support?la=851'), 200);
    assert.match(
      await page.locator('main table').innerText(),
      /Portsdown Hill School\s+Moderate\s+4\s+0\s+1.5\s+2.5/,
    );
  });

  test('the Operational Group report lists the categorised school, and prints without menus or forms', async () => {
    const concern = new ConcernPage(page, baseUrl);
    assert.equal(await concern.open('/concern/report?la=851&from=2026-09-01&to=2026-10-31'), 200);
    assert.equal(await concern.heading(), 'Schools causing concern: 1 September 2026 to 31 October 2026');
    assert.match(
      await page.locator('main table').innerText(),
      /Portsdown Hill School[\s\S]*Moderate[\s\S]*Newly identified/,
    );
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.govuk-service-navigation').isVisible(), false);
    assert.equal(await page.locator('main form').first().isVisible(), false);
    assert.equal(await page.locator('main table').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
  });

  test('an administrator changes the risk model on its page, and a mistake is explained', async () => {
    const concern = new ConcernPage(page, baseUrl);
    await concern.signOut();
    const signIn = new SignInPage(page, baseUrl);
    await signIn.signInWithKeyboard(account('admin').email, account('admin').password);
    await concern.arrived();
    assert.equal(await concern.open('/concern/model?la=851'), 200);
    await page.getByLabel('Category 2 starts at (points)').fill('0');
    await concern.navigatesBy(() => page.getByRole('button', { name: 'Save as a new version' }).click());
    assert.match(
      await concern.errorSummary(),
      /moderate starts at 0, not above minimum \(0\): the ranges overlap/,
    );
    await page.getByLabel('Category 2 starts at (points)').fill('5');
    await concern.navigatesBy(() => page.getByRole('button', { name: 'Save as a new version' }).click());
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /saved as version 2/);
  });
});
