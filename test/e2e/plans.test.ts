import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoSignedInAs } from './demoApp.ts';
import { BeaconPage } from './pages/BeaconPage.ts';
import { downloadSafely, fillDate } from './browser.ts';

void describe('plans in a real browser [chromium]', () => {
  let page: Page;
  let baseUrl: string;
  let stop: () => Promise<void>;

  before(async () => {
    ({ page, baseUrl, stop } = await startDemoSignedInAs('action_owner'));
  });

  after(async () => {
    await stop();
  });

  test('seed 000’s plan reads in its own layout: priorities, No / Actions / Who / When / Milestones / RAG', async () => {
    const plans = new BeaconPage(page, baseUrl);
    assert.equal(await plans.open('/plans'), 200);
    await plans.navigatesBy(() => page.getByRole('link', { name: /Detailed action plan/ }).click());
    assert.match(await plans.heading(), /^Detailed action plan to address issues identified by Ofsted/);
    assert.equal(await page.locator('h2', { hasText: /^Priority \d:/ }).count(), 8);
    assert.deepEqual(
      await page.locator('table.beacon-plan-table').first().locator('thead th').allInnerTexts(),
      ['No', 'Actions', 'Who', 'When', 'Milestones', 'RAG'],
    );
  });

  test('the Head of Inclusion updates action 6.2 from the keyboard: a mistake explained, then saved', async () => {
    const actions = new BeaconPage(page, baseUrl);
    assert.equal(await actions.open('/my-actions'), 200);
    await actions.navigatesBy(() => page.getByRole('link', { name: '6.2', exact: true }).click());
    assert.equal(await actions.heading(), 'Action 6.2');
    await actions.navigatesBy(() => page.getByRole('button', { name: 'Save update' }).click());
    assert.match(
      await page.locator('.govuk-error-summary').innerText(),
      /Say what has happened since the last update/,
    );
    await page.getByLabel('Amber').check();
    await page
      .getByLabel('What has happened since the last update')
      .fill('Training offered to all secondary schools.');
    await actions.navigatesBy(async () => {
      await page.getByRole('button', { name: 'Save update' }).focus();
      await page.keyboard.press('Enter');
    });
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Your update was saved/);
    assert.match(await page.locator('table').innerText(), /Training offered to all secondary schools/);
  });

  test('what an owner types reaches the progress report as text, never as a formula (CSV and XLSX)', async () => {
    const actions = new BeaconPage(page, baseUrl);
    assert.equal(await actions.open('/my-actions'), 200);
    await actions.navigatesBy(() => page.getByRole('link', { name: '6.2', exact: true }).click());
    const formula = '=HYPERLINK("http://evil.example","Click for the figures")';
    await page.getByLabel('Amber').check();
    await page.getByLabel('What has happened since the last update').fill(formula);
    await actions.navigatesBy(() => page.getByRole('button', { name: 'Save update' }).click());
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Your update was saved/);
    assert.equal(await actions.open('/plans/1'), 200);
    for (const format of ['CSV', 'XLSX']) {
      const cells = await downloadSafely(page, () =>
        page.locator('p', { hasText: 'Progress report' }).getByRole('link', { name: format }).click(),
      );
      assert.ok(cells.flat().includes(`'${formula}`), `${format}: the commentary, neutralised`);
    }
    assert.equal(await actions.open('/plans/3/kpi-report'), 200);
    for (const format of ['CSV', 'XLSX'])
      await downloadSafely(page, () => page.getByRole('link', { name: format, exact: true }).click());
  });

  test('seed 003’s KPI report reads as the council’s: KPI 14 with its Ofsted table', async () => {
    const report = new BeaconPage(page, baseUrl);
    assert.equal(await report.open('/plans/3/kpi-report'), 200);
    assert.match(await report.heading(), /^KPI report: Ambitious Plymouth/);
    assert.match(
      await page.locator('section', { hasText: 'KPI 14' }).locator('table').innerText(),
      /Good \/ Outstanding\s+51\s+54\s+12\s+12\s+7\s+7\s+70\s+73/,
    );
  });

  test('a success measure shows its status and the reasoning behind it', async () => {
    const kpi = new BeaconPage(page, baseUrl);
    assert.equal(await kpi.open('/plans/1'), 200);
    await kpi.navigatesBy(() =>
      page.getByRole('link', { name: /SM6: Schools judged good or outstanding/ }).click(),
    );
    assert.match(
      await page.locator('main').innerText(),
      /on track for all schools good or outstanding \(100%\) by 2017\/18/,
    );
  });
});

void describe('a plan made on the web in a real browser [chromium]', () => {
  let page: Page;
  let baseUrl: string;
  let stop: () => Promise<void>;

  before(async () => {
    ({ page, baseUrl, stop } = await startDemoSignedInAs('officer'));
  });

  after(async () => {
    await stop();
  });

  test('an officer makes a plan, adds a priority and an action, and reads it as others will', async () => {
    const plans = new BeaconPage(page, baseUrl);
    assert.equal(await plans.open('/plans'), 200);
    await plans.navigatesBy(() => page.getByRole('link', { name: 'Make a plan' }).click());
    await page.getByLabel('Title', { exact: true }).fill('Writing at key stage 2');
    await page.getByLabel('Whose plan it is').fill('Portsmouth City Council');
    await fillDate(page, 'Agreed on', '2016-11-14');
    await page.getByLabel('Owner role’s short name').fill('HSI');
    await page.getByLabel('Owner role’s title').fill('Head of School Improvement');
    await plans.navigatesBy(() => page.getByRole('button', { name: 'Make the plan' }).click());
    assert.match(await plans.heading(), /^Change the plan: Writing at key stage 2/);

    await plans.navigatesBy(() => page.getByRole('link', { name: 'Add a priority' }).click());
    await page.getByLabel('Number').fill('1');
    await page.getByLabel('Priority', { exact: true }).fill('Teach writing well in every school');
    await page.getByLabel('HSI: Head of School Improvement').check();
    await plans.navigatesBy(() => page.getByRole('button', { name: 'Add the priority' }).click());

    await page.getByRole('button', { name: /Priority 1: Teach writing well/ }).click();
    await plans.navigatesBy(() => page.getByRole('link', { name: 'Add an action to priority 1' }).click());
    await page.getByLabel('Number').fill('2.1');
    await page.getByLabel('Action', { exact: true }).fill('Train a writing lead in each school');
    await page.getByLabel('HSI: Head of School Improvement').check();
    await page.getByLabel('When').fill('By July 2017');
    await plans.navigatesBy(() => page.getByRole('button', { name: 'Add the action' }).click());
    assert.match(
      await page.locator('.govuk-error-summary').innerText(),
      /An action under priority 1 is numbered 1\.1, 1\.2 and so on/,
    );
    await page.getByLabel('Number').fill('1.1');
    await plans.navigatesBy(() => page.getByRole('button', { name: 'Add the action' }).click());
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Your changes are saved/);

    await plans.navigatesBy(() => page.getByRole('link', { name: 'See the plan as others see it' }).click());
    assert.match(
      await page.locator('main').innerText(),
      /1\.1\s+Train a writing lead in each school\s+HSI\s+By July 2017/,
    );
  });
});
