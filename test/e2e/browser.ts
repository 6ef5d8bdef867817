import fs from 'node:fs';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  defaultChromiumPath,
  launchChromium as launchBeaconChromium,
} from '../../src/reports/pdf/chromium.ts';
import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { isLiveFormula } from '../../src/kernel/tables/files.ts';

// Debian's Chromium, never a browser downloaded by a tool, started as Beacon's PDF printer starts it.
export const chromiumPath = process.env.BEACON_CHROMIUM ?? defaultChromiumPath;

export const launchChromium = (): Promise<Browser> => launchBeaconChromium(chromiumPath);

/**
 * Text escaped twice shows its entity to the reader ("Director of Children&#39;s Services"): an
 * escaped string passed to an escaping template. No page a test visits may show one.
 */
export async function expectNoEscapedText(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  const shown = text.match(/&(amp|#39|#x27|quot|lt|gt);/g) ?? [];
  assert.deepEqual(shown, [], `${page.url()} shows escaped text`);
}

/** WCAG 2.2 AA by axe-core: every page a test visits must have no violations, nor escaped text. */
export async function expectAccessible(page: Page): Promise<void> {
  await expectNoEscapedText(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(summary, [], `axe found problems on ${page.url()}`);
}

/**
 * Downloads the file a click asks for and checks it opens safely: no cell of a CSV or a workbook is
 * a live formula (text typed into Beacon, like an owner's commentary, must arrive as text).
 * Returns the file's cells as text, for the test to read.
 */
export async function downloadSafely(page: Page, click: () => Promise<void>): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  const name = download.suggestedFilename();
  let cells: string[][];
  if (name.endsWith('.csv')) {
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.startsWith('\uFEFF'), `${name} has no byte-order mark for Excel`);
    cells = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  } else {
    assert.match(name, /\.xlsx$/, `${name} is neither CSV nor XLSX`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    cells = [];
    workbook.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        const texts: string[] = [];
        row.eachCell((cell) => {
          assert.notEqual(cell.type, ExcelJS.ValueType.Formula, `${name} ${cell.address} is a formula`);
          texts.push(cell.text);
        });
        cells.push(texts);
      });
    });
  }
  const live = cells.flat().filter((cell) => isLiveFormula(cell));
  assert.deepEqual(live, [], `${name} has cells a spreadsheet would run as formulae`);
  assert.ok(cells.length > 1, `${name} is empty`);
  return cells;
}

/**
 * Types a date into a GOV.UK date input found by its legend, as a person would: day, month and
 * year in their own boxes. An empty date, or text that is not YYYY-MM-DD, is typed as it splits.
 */
export async function fillDate(page: Page, legend: string, date: string, within?: Locator): Promise<void> {
  const group = (within ?? page.locator('body'))
    .locator('fieldset')
    .filter({ has: page.locator('legend', { hasText: new RegExp(`^\\s*${legend}\\s*$`) }) });
  const [year = '', month = '', day = ''] = date === '' ? [] : date.split('-');
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}
