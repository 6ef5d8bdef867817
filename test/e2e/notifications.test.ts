import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoSignedInAs } from './demoApp.ts';
import { BeaconPage } from './pages/BeaconPage.ts';

// Notifications as a headteacher and an administrator use them, in Chromium, each page checked with
// axe: the count beside the account, the list, opening one, choosing a daily email with the
// keyboard, and the administrator's page of emails.

void describe('notifications in a real browser [chromium]', () => {
  describe('the headteacher', () => {
    let page: Page;
    let baseUrl: string;
    let stop: () => Promise<void>;
    before(async () => {
      ({ page, baseUrl, stop } = await startDemoSignedInAs('school_user'));
    });
    after(async () => {
      await stop();
    });

    test('the count beside the account leads to the list; opening one marks it read', async () => {
      const home = new BeaconPage(page, baseUrl);
      await home.open('/');
      const link = page.getByRole('link', { name: /^Notifications \d+ unread$/ });
      const unread = Number(/(\d+) unread/.exec((await link.textContent()) ?? '')?.[1]);
      assert.ok(unread > 0, 'the demonstration’s accepted returns are new to the school');
      await home.navigatesBy(() => link.click());
      assert.equal(await home.heading(), 'Notifications');
      const first = page.locator('.beacon-notifications a').first();
      assert.match(await first.innerText(), /^The council has accepted your school’s return for/);
      await home.navigatesBy(() => first.click());
      assert.equal(await home.heading(), 'Harbourside Primary School');
      const after = (await page.getByRole('link', { name: /^Notifications/ }).textContent()) ?? '';
      assert.equal(
        after.replace(/\s+/g, ' ').trim(),
        unread === 1 ? 'Notifications' : `Notifications ${String(unread - 1)} unread`,
      );
    });

    test('chooses a daily email for data returns with the keyboard, and it is kept', async () => {
      const choices = new BeaconPage(page, baseUrl);
      await choices.open('/notifications/preferences');
      assert.equal(await choices.heading(), 'How you hear of things');
      const daily = page
        .getByRole('group', { name: /A data return opens for your school/ })
        .getByRole('radio', { name: 'In a daily email' });
      await daily.focus();
      await page.keyboard.press('Space');
      await choices.navigatesBy(() => page.getByRole('button', { name: 'Save your choices' }).press('Enter'));
      assert.match(await page.locator('.govuk-notification-banner').innerText(), /Your choices are saved/);
      assert.ok(await daily.isChecked());
      // Only what can reach a school is asked about: nothing of board papers.
      assert.doesNotMatch(await page.locator('main').innerText(), /Papers are published/);
    });
  });

  describe('the administrator', () => {
    let page: Page;
    let baseUrl: string;
    let stop: () => Promise<void>;
    before(async () => {
      ({ page, baseUrl, stop } = await startDemoSignedInAs('admin'));
    });
    after(async () => {
      await stop();
    });

    test('reads the outbox and the emails not delivered under Emails', async () => {
      const emails = new BeaconPage(page, baseUrl);
      await emails.open('/');
      await emails.navigatesBy(() => page.getByRole('link', { name: 'Emails', exact: true }).click());
      assert.equal(await emails.heading(), 'Emails');
      const text = await page.locator('main').innerText();
      assert.match(text, /Waiting to be sent\s+\d+/);
      assert.match(text, /Every email has been delivered or is still being tried/);
    });
  });
});
