import { fillDate } from '../browser.ts';
import { BeaconPage } from './BeaconPage.ts';

/** An LA's landscape: a form to choose the LA and two dates, and the tables. */
export class LandscapePage extends BeaconPage {
  async show(la: string, at: string, compareWith: string): Promise<void> {
    await this.open('/landscape');
    await this.page.getByLabel('Local authority').selectOption({ value: la });
    await fillDate(this.page, 'Date', at);
    await fillDate(this.page, 'Compare with', compareWith);
    await this.navigatesBy(() => this.page.getByRole('button', { name: 'Show landscape' }).click());
  }

  /** The good-or-outstanding table, one array a row, cells as shown. */
  async goodOrOutstanding(): Promise<string[][]> {
    const table = this.page.locator('table', { hasText: 'Schools judged good or outstanding by Ofsted' });
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent.trim())),
      );
  }

  summary(): Promise<string> {
    return this.page.locator('.govuk-body-l').innerText();
  }
}
