import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BeaconPage } from './BeaconPage.ts';

export class ImportPage extends BeaconPage {
  async openPage(): Promise<void> {
    await this.open('/admin/imports');
  }

  /** Chooses the kind of file, attaches it and submits, as a person would. */
  async upload(kindTitle: string, fileName: string, content: string): Promise<void> {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-e2e-')), fileName);
    fs.writeFileSync(file, content);
    await this.page.getByLabel(kindTitle).check();
    await this.page.getByLabel('File', { exact: true }).setInputFiles(file);
    await this.navigatesBy(() => this.page.getByRole('button', { name: 'Import' }).click());
  }

  problems(): Promise<string[]> {
    return this.page.locator('#problems + .beacon-table-scroll tbody tr').allInnerTexts();
  }

  summaryValue(key: string): Promise<string> {
    return this.page.locator('.govuk-summary-list__row', { hasText: key }).locator('dd').innerText();
  }
}
