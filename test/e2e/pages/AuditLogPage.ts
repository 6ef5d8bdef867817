import { BeaconPage } from './BeaconPage.ts';

export class AuditLogPage extends BeaconPage {
  async openPage(): Promise<void> {
    await this.open('/admin/audit');
  }

  async filterByAction(action: string): Promise<void> {
    await this.page.getByLabel('Action or record').fill(action);
    await this.navigatesBy(() => this.page.getByRole('button', { name: 'Filter' }).click());
  }

  caption(): Promise<string> {
    return this.page.locator('table caption').innerText();
  }

  actions(): Promise<string[]> {
    return this.page.locator('table tbody tr td:nth-child(3)').allInnerTexts();
  }
}
