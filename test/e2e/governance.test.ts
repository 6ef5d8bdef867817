import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoSignedInAs } from './demoApp.ts';
import { BeaconPage } from './pages/BeaconPage.ts';

void describe('boards and meetings in a real browser [chromium]', () => {
  let page: Page;
  let baseUrl: string;
  let stop: () => Promise<void>;

  before(async () => {
    ({ page, baseUrl, stop } = await startDemoSignedInAs('officer'));
  });

  after(async () => {
    await stop();
  });

  test('the officer goes from Boards to seed 001’s meeting and records who came, by keyboard', async () => {
    const boards = new BeaconPage(page, baseUrl);
    await boards.open('/');
    await boards.navigatesBy(() => page.getByRole('link', { name: 'Boards', exact: true }).click());
    assert.equal(await boards.heading(), 'Boards');
    await boards.navigatesBy(() => page.getByRole('link', { name: 'Education Advisory Board' }).click());
    await boards.navigatesBy(() => page.getByRole('link', { name: /30 September 2016/ }).click());
    assert.equal(await boards.heading(), 'Meeting of 30 September 2016');
    assert.match(await page.locator('main').innerText(), /Decision: Noted\./);

    const attendance = page.getByRole('combobox', { name: 'Attendance of Councillor Alicia Denny' });
    await attendance.focus();
    await attendance.selectOption('apologies');
    await page.getByRole('checkbox', { name: 'Arrived late' }).first().check();
    await boards.navigatesBy(() => page.getByRole('button', { name: 'Save attendance' }).click());
    assert.equal(await attendance.inputValue(), 'apologies');
    assert.equal(await page.getByRole('checkbox', { name: 'Arrived late' }).first().isChecked(), true);
    assert.match(await page.locator('main').innerText(), /1 of 5 voting members present; 1 needed/);
  });
  test('the officer adds a meeting from the board’s page; a mistake is explained on the page', async () => {
    const board = new BeaconPage(page, baseUrl);
    await board.open('/boards/2');
    await page.getByText('Add a meeting').click();
    await board.navigatesBy(() => page.getByRole('button', { name: 'Add the meeting' }).click());
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter a real date/);
    await page.getByLabel('Date').fill('2027-03-10');
    await page.getByLabel('Time').fill('4 pm');
    await page.getByLabel('Report', { exact: true }).fill('Annual programme of work');
    await board.navigatesBy(() => page.getByRole('button', { name: 'Add the meeting' }).click());
    assert.equal(await board.heading(), 'Meeting of 10 March 2027');
    assert.match(await page.locator('main').innerText(), /5\. Annual programme of work/);
  });
});
