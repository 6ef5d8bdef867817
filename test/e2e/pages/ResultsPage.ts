import { BeaconPage } from './BeaconPage.ts';

/** The results pages: an LA's summary (seed 001) and an indicator's page with its charts. */
export class ResultsPage extends BeaconPage {
  async chooseLocalAuthority(la: string): Promise<void> {
    await this.open('/areas');
    await this.page.getByLabel('Local authority').selectOption({ value: la });
    await this.navigatesBy(() => this.page.getByRole('button', { name: 'Show results' }).click());
  }

  /** A table's body, one array a row, cells as read (a judged figure reads with its words). */
  async table(caption: string): Promise<string[][]> {
    const table = this.page.locator('table', { has: this.page.locator('caption', { hasText: caption }) });
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.querySelectorAll('th, td'), (cell) =>
            (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          ),
        ),
      );
  }

  /** The name a screen reader gives a chart: its title and description. */
  /** The typeface and size a chart's labels are drawn in, as the browser computes them. */
  async chartLabelStyle(): Promise<{ family: string; size: string }> {
    return this.page
      .locator('svg[role="img"] text')
      .first()
      .evaluate((text) => {
        const style = getComputedStyle(text);
        return { family: style.fontFamily, size: style.fontSize };
      });
  }

  async chartNames(): Promise<string[]> {
    return this.page.locator('svg[role="img"]').evaluateAll((charts) =>
      charts.map((svg) =>
        (svg.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' — '),
      ),
    );
  }
}
