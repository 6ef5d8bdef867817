import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDemoSignedInAs } from './demoApp.ts';
import { fillDate } from './browser.ts';
import { BeaconPage } from './pages/BeaconPage.ts';
import { PDFDocument, StandardFonts } from 'pdf-lib';

async function twoPagePdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2])
    document.addPage().drawText(`Programme, page ${String(n)}`, { x: 50, y: 700, font });
  return Buffer.from(await document.save());
}

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
    await boards.navigatesBy(() =>
      page.getByRole('link', { name: 'Education Advisory Board', exact: true }).click(),
    );
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
    await fillDate(page, 'Date', '2027-03-10');
    await page.getByLabel('Time', { exact: true }).fill('4 pm');
    await page.getByLabel('Report', { exact: true }).fill('Annual programme of work');
    await board.navigatesBy(() => page.getByRole('button', { name: 'Add the meeting' }).click());
    assert.equal(await board.heading(), 'Meeting of 10 March 2027');
    // The board's first meeting of the academic year agrees its membership (seed 001).
    assert.match(
      await page.locator('main').innerText(),
      /5\. Membership and terms of reference for the year/,
    );
    assert.match(await page.locator('main').innerText(), /6\. Annual programme of work/);
  });

  test('the clerk uploads a paper as a PDF to the new meeting; the pack gives it with its pages', async () => {
    const meeting = new BeaconPage(page, baseUrl);
    assert.equal(await meeting.heading(), 'Meeting of 10 March 2027');
    await page.getByText('Upload a paper to item 6 (PDF)').click();
    await meeting.navigatesBy(() => page.getByRole('button', { name: 'Upload the paper' }).click());
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Choose the PDF to upload/);
    // The form with the problem is open again, the problem beside its field.
    assert.match(await page.locator('.govuk-error-message').first().innerText(), /Choose the PDF to upload/);
    await page.getByLabel('Title of the paper').fill('Programme of work 2027');
    await page.getByLabel('The paper, as a PDF').setInputFiles({
      name: 'programme.pdf',
      mimeType: 'application/pdf',
      buffer: await twoPagePdf(),
    });
    await meeting.navigatesBy(() => page.getByRole('button', { name: 'Upload the paper' }).click());
    await meeting.navigatesBy(() => page.getByRole('link', { name: 'Programme of work 2027' }).click());
    assert.match(
      await page.locator('main').innerText(),
      /Paper 1\s+Programme of work 2027\s+A document supplied as a PDF, 2 pages\./,
    );
  });

  test('the officer sets up a board from its terms of reference, adds a member and plans its year', async () => {
    const boards = new BeaconPage(page, baseUrl);
    await boards.open('/boards');
    await boards.navigatesBy(() => page.getByRole('link', { name: 'Set up a board' }).click());
    await page.getByLabel('Name').fill('Schools Forum');
    await page.getByLabel('Schools forum').check();
    await page.getByLabel('Meets', { exact: true }).fill('termly');
    await page.getByLabel('Quorum').fill('150');
    await boards.navigatesBy(() => page.getByRole('button', { name: 'Set up the board' }).click());
    assert.match(await page.locator('.govuk-error-summary').innerText(), /no more than 100%/);
    await page.getByLabel('Quorum').fill('40');
    await page.getByLabel('Purpose').fill('To consult on school funding.');
    await page
      .getByLabel('Membership, one seat to a line')
      .fill('Chair\n4 x primary headteachers\nEducation Funding Agency (non-voting)');
    await boards.navigatesBy(() => page.getByRole('button', { name: 'Set up the board' }).click());
    assert.equal(await boards.heading(), 'Schools Forum');
    await page.getByText('Add a member').click();
    await page.getByLabel('Seat').selectOption({ label: 'primary headteachers (4 places free)' });
    await page.getByLabel('Name', { exact: true }).fill('Lucy Wilby');
    await boards.navigatesBy(() => page.getByRole('button', { name: 'Add the member' }).click());
    assert.match(await page.locator('#membership ~ div table').innerText(), /Lucy Wilby/);
    // The demonstration runs in November 2016: its academic year's fourth month is December 2016.
    await page.getByText(/Plan an item in/).click();
    await page.getByRole('combobox', { name: 'Month' }).selectOption({ index: 4 });
    await page.getByLabel('What the board will take').fill('Schools budget');
    await boards.navigatesBy(() => page.getByRole('button', { name: 'Plan the item' }).click());
    assert.match(await page.locator('main').innerText(), /December 2016\s+Schools budget/);
  });
});
