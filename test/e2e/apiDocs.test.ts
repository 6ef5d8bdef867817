import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoSignedInAs } from './demoApp.ts';
import { BeaconPage } from './pages/BeaconPage.ts';
import { expectAccessible } from './browser.ts';

// The API's human page, as an analyst uses it: rendered from Beacon's own assets (nothing is
// asked of another site), opened part by part with the keyboard, accessible at every step.

void describe('the API described for people [chromium]', () => {
  let page: Page;
  let baseUrl: string;
  let stop: () => Promise<void>;
  const asked: string[] = [];
  before(async () => {
    ({ page, baseUrl, stop } = await startDemoSignedInAs('officer'));
    page.on('request', (request) => asked.push(request.url()));
  });
  after(async () => {
    await stop();
  });

  test('every operation is listed by part of Beacon; an operation opens with the keyboard', async () => {
    const docs = new BeaconPage(page, baseUrl);
    assert.equal(await docs.open('/api/docs'), 200);
    const plans = page.locator('#operations-tag-plans');
    await plans.waitFor();
    await expectAccessible(page);
    await plans.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const operation = page.locator('#operations-plans-get_api_v1_plans__id_');
    await operation.waitFor();
    assert.match(await operation.innerText(), /A plan’s whole hierarchy with RAG and evaluated KPIs/);
    await operation.locator('.opblock-summary-control').focus();
    await page.keyboard.press('Enter');
    await page.locator('#operations-plans-get_api_v1_plans__id_ .opblock-body').waitFor();
    assert.match(await operation.innerText(), /401[\s\S]*Unauthorized|application\/problem\+json/);
    await expectAccessible(page);
  });

  test('nothing is loaded from another site', () => {
    const elsewhere = asked.filter((url) => !url.startsWith(baseUrl));
    assert.deepEqual(elsewhere, []);
    assert.ok(asked.some((url) => url.endsWith('/assets/api-docs/swagger-ui-bundle.js')));
    assert.ok(asked.some((url) => url.endsWith('/api/v1/openapi.json')));
  });
});
