import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { account, startDemoInBrowser } from './demoApp.ts';
import { BeaconPage } from './pages/BeaconPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { AuditLogPage } from './pages/AuditLogPage.ts';
import { ImportPage } from './pages/ImportPage.ts';

void describe('app shell in a real browser [chromium]', () => {
  let page: Page;
  let baseUrl: string;
  let stop: () => Promise<void>;

  before(async () => {
    ({ page, baseUrl, stop } = await startDemoInBrowser());
  });

  after(async () => {
    await stop();
  });

  test('a visitor is sent to sign in, and a wrong password is explained accessibly', async () => {
    const signIn = new SignInPage(page, baseUrl);
    await page.goto(`${baseUrl}/admin/audit`);
    await signIn.arrived();
    assert.equal(await signIn.heading(), 'Sign in to Beacon');
    assert.match(page.url(), /\/sign-in\?returnTo=%2Fadmin%2Faudit$/);
    await signIn.signInWithKeyboard(account('admin').email, 'not the password');
    assert.match(await signIn.errorSummary(), /The email address or password is not right/);
    assert.match(await page.title(), /^Error: Sign in/);
  });

  test('the administrator signs in with the keyboard and lands where they were going', async () => {
    const signIn = new SignInPage(page, baseUrl);
    await signIn.signInWithKeyboard(account('admin').email, account('admin').password);
    assert.equal(await signIn.heading(), 'Audit log');
    assert.deepEqual(
      (await signIn.navigationItems()).map((item) => item.replace(/\s+/g, ' ').trim()),
      [
        'Home',
        'Schools',
        'Landscape',
        'Results',
        'Causing concern',
        'Concern report',
        'Plans',
        'My actions',
        'Area profile',
        'Letters',
        'Boards',
        'Support',
        'Data returns',
        'Import data',
        'Indicators',
        'Users',
        'Emails',
        'API tokens',
        'Audit log',
        // Beside the account's name: the person's notifications, then the account itself.
        'Notifications',
        'Your account: Beacon administrator (Administrator)',
      ],
    );
  });

  test('the home page shows the council, the demonstration banner and no crown', async () => {
    const home = new BeaconPage(page, baseUrl);
    assert.equal(await home.open('/'), 200);
    assert.equal(await home.heading(), 'Beacon');
    assert.equal(await page.locator('.govuk-generic-header').innerText(), 'Portsmouth City Council');
    // The demonstration runs in the autumn of its council papers, and says so.
    assert.match(
      await page.locator('.beacon-demonstration-banner').innerText(),
      /demonstration data and runs as if today were 14 November 2016/,
    );
    assert.equal(
      await page.locator('.govuk-logo, .govuk-footer__crown, .govuk-footer__copyright-logo').count(),
      0,
    );
    const font = await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily);
    assert.match(font, /^arial/i);
  });

  test('the audit log lists and filters what happened', async () => {
    const audit = new AuditLogPage(page, baseUrl);
    await audit.openPage();
    assert.match(await audit.caption(), /\d+ entries/);
    await audit.filterByAction('user.signInFailed');
    assert.equal(await audit.caption(), '1 entry');
    assert.deepEqual(await audit.actions(), ['user.signInFailed']);
  });

  test('the administrator imports figures through the upload page: a bad file is explained, a good one lands', async () => {
    const imports = new ImportPage(page, baseUrl);
    await imports.openPage();
    const header = 'entity_type,entity_code,entity_name,indicator,period,value';
    await imports.upload(
      'Beacon values template',
      'bad.csv',
      `${header}\nla,851,Portsmouth,KS1RWM_Expected_STD,2016,58.5\nla,851,Portsmouth,KS1RWM_Expected_STD,2017,158\n`,
    );
    assert.match(
      await page.locator('.govuk-error-summary').innerText(),
      /bad\.csv was not imported: nothing was changed/,
    );
    assert.deepEqual(await imports.problems(), ['3\tvalue\t158 is not a percentage from 0 to 100']);
    // The form's fields were right: none is marked.
    assert.equal(await page.locator('.govuk-error-message').count(), 0);
    // Sent empty, the two fields at fault are marked, and on a phone the page is no wider than it.
    await page.setViewportSize({ width: 375, height: 720 });
    await imports.openPage();
    await imports.navigatesBy(() => page.getByRole('button', { name: 'Import' }).click());
    assert.equal(await page.locator('.govuk-error-message').count(), 2);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
    await page.setViewportSize({ width: 1280, height: 720 });
    await imports.upload(
      'Beacon values template',
      'good.csv',
      `${header}\nla,851,Portsmouth,KS1RWM_Expected_STD,2017,60.1\n`,
    );
    assert.equal(await imports.summaryValue('Figures added'), '1');
  });

  test('the administrator finds an indicator, makes a mistake, corrects it and saves', async () => {
    const indicators = new BeaconPage(page, baseUrl);
    await indicators.open('/admin/indicators?q=KS1RWM');
    await indicators.navigatesBy(() =>
      page.getByRole('link', { name: /KS1 reading, writing and maths combined/ }).click(),
    );
    assert.equal(await indicators.heading(), 'Edit indicator');
    await page.getByLabel('Decimal places shown').fill('9');
    await indicators.navigatesBy(() => page.getByRole('button', { name: 'Save' }).click());
    assert.match(
      await page.locator('.govuk-error-summary').innerText(),
      /Enter decimal places as a whole number from 0 to 4/,
    );
    await page.getByLabel('Decimal places shown').fill('0');
    await indicators.navigatesBy(() => page.getByRole('button', { name: 'Save' }).click());
    assert.match(
      await page.locator('.govuk-notification-banner').innerText(),
      /Your changes to the indicator were saved/,
    );
    assert.equal(await page.locator('tbody .govuk-tag').innerText(), 'Edited');
  });

  test('every indicator is reachable: found by words in the catalogue, then its page, with the way back', async () => {
    const catalogue = new BeaconPage(page, baseUrl);
    assert.equal(await catalogue.open('/areas'), 200);
    await catalogue.navigatesBy(() => page.getByRole('link', { name: 'find any indicator' }).click());
    await page.getByLabel('Words in the indicator’s name or description').fill('phonics');
    await page.getByLabel('Key stage').selectOption({ label: 'Key stage 1 and phonics' });
    await catalogue.navigatesBy(() => page.getByRole('button', { name: 'Find indicators' }).click());
    await catalogue.navigatesBy(() =>
      page.getByRole('link', { name: /Phonics Decoding - All pupils/ }).click(),
    );
    assert.match(page.url(), /\/areas\/851\/indicators\/KS1P_all/);
    const crumbs = await page.locator('.govuk-breadcrumbs').innerText();
    assert.match(crumbs, /Home\s+Results\s+Portsmouth: indicators/);
    await catalogue.navigatesBy(() =>
      page.locator('.govuk-breadcrumbs').getByRole('link', { name: 'Portsmouth: indicators' }).click(),
    );
    assert.equal(await catalogue.heading(), 'Indicators by topic');
  });

  test('an unknown address shows the accessible 404 page', async () => {
    const missing = new BeaconPage(page, baseUrl);
    assert.equal(await missing.open('/no-such-page'), 404);
    assert.equal(await missing.heading(), 'Page not found');
  });

  test('the users page and the schools pages are accessible', async () => {
    const users = new BeaconPage(page, baseUrl);
    assert.equal(await users.open('/admin/users'), 200);
    assert.equal(await users.heading(), 'Users');
    assert.equal(await users.open('/schools'), 200);
    assert.equal(await users.open('/schools/990001'), 200);
    assert.equal(await users.heading(), 'Harbourside Primary School');
  });

  test('on a phone every page of tables is no wider than the screen: wide tables scroll in place', async () => {
    const shell = new BeaconPage(page, baseUrl);
    await page.setViewportSize({ width: 375, height: 720 });
    const wider: string[] = [];
    for (const path of [
      '/concern',
      '/concern/report',
      '/concern/support',
      '/plans/1',
      '/plans/2',
      '/landscape',
      '/schools',
      '/admin/audit',
      '/admin/indicators',
      '/admin/users',
      '/trusts/DEMO-T1',
      '/areas/851/results/2016',
      '/areas/851/indicators/KS2W_Teacher_Assess?period=2016',
      '/indicators',
      '/areas/851/indicators',
    ]) {
      assert.equal(await shell.open(path), 200, path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 375) wider.push(`${path}: ${String(width)} px`);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    assert.deepEqual(wider, []);
  });

  test('a school user sees only their school, is refused another, and signs out', async () => {
    const shell = new BeaconPage(page, baseUrl);
    await shell.signOut();
    const signIn = new SignInPage(page, baseUrl);
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /You have signed out/);
    await signIn.signInWithKeyboard(account('school_user').email, account('school_user').password);
    // Boards: the papers boards publish publicly, which everyone may read. The school has been
    // told the council accepted its two returns of the demonstration.
    assert.deepEqual(
      (await shell.navigationItems()).map((item) => item.replace(/\s+/g, ' ')),
      [
        'Home',
        'Schools',
        'Results',
        'Boards',
        'Data returns',
        'Notifications 2 unread',
        'Your account: Headteacher (School user)',
      ],
    );
    await shell.open('/schools');
    assert.deepEqual(await page.locator('tbody th a').allInnerTexts(), ['Harbourside Primary School']);
    assert.equal(await shell.open('/schools/990002'), 403);
    assert.equal(await shell.heading(), 'You cannot do this');
  });
});
