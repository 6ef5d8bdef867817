import { fillDate } from '../browser.ts';
import { BeaconPage } from './BeaconPage.ts';

/** The desk-top review, a School Assessment Meeting and the decision form, as an officer uses them. */
export class ConcernPage extends BeaconPage {
  async review(la: string): Promise<void> {
    await this.open(`/concern?la=${la}`);
  }

  /** The flagged schools' rows: name, proposed and confirmed category, as read on screen. */
  async flagged(): Promise<string[][]> {
    const rows = this.page.locator('main table').nth(1).locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const name = (await row.locator('th a').innerText()).trim();
      const cells = await row.locator('td').allInnerTexts();
      out.push([name, (cells[0] ?? '').trim(), (cells[2] ?? '').trim()]);
    }
    return out;
  }

  async startMeeting(heldOn: string, attendees: string): Promise<void> {
    await fillDate(this.page, 'Date of the meeting', heldOn);
    await this.page.getByLabel('Who attended').fill(attendees);
    await this.navigatesBy(() => this.page.getByRole('button', { name: 'Start the meeting' }).click());
  }

  async openDecision(school: string): Promise<void> {
    await this.navigatesBy(() =>
      this.page.getByRole('link', { name: `Decide the category of ${school}` }).click(),
    );
  }

  /** Chooses a category and writes the rationale with the keyboard, then confirms. */
  async decide(category: string, rationale: string): Promise<void> {
    await this.page.getByRole('radio', { name: category }).check();
    await this.page.getByLabel('Rationale').focus();
    await this.page.keyboard.type(rationale);
    await this.navigatesBy(() => this.page.getByRole('button', { name: 'Confirm the category' }).click());
  }

  errorSummary(): Promise<string> {
    return this.page.locator('.govuk-error-summary').innerText();
  }
}
