import { BeaconPage } from './BeaconPage.ts';

/** The schools register's search page: filters on the left, results on the right. */
export class SchoolsPage extends BeaconPage {
  async openPage(query = ''): Promise<void> {
    await this.open(`/schools${query}`);
  }

  async choose(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Name or URN').fill(text);
  }

  /** Applies the filters from the keyboard: Enter in the name field submits the form. */
  async applyWithKeyboard(): Promise<void> {
    await this.navigatesBy(async () => {
      await this.page.getByLabel('Name or URN').focus();
      await this.page.keyboard.press('Enter');
    });
  }

  caption(): Promise<string> {
    return this.page.locator('table caption').innerText();
  }

  schoolNames(): Promise<string[]> {
    return this.page.locator('tbody th a').allInnerTexts();
  }

  async openSchool(name: string): Promise<void> {
    await this.navigatesBy(() => this.page.getByRole('link', { name, exact: true }).click());
  }
}
