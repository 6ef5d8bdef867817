import type { Page } from 'playwright-core';
import { expectAccessible } from '../browser.ts';

/** What every Beacon page has: a heading, the service navigation, and an accessibility check. */
export class BeaconPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path: string): Promise<number> {
    const response = await this.page.goto(this.baseUrl + path);
    await expectAccessible(this.page);
    return response?.status() ?? 0;
  }

  /** Does something that loads a new page (submitting a form), waits for it, then checks it. */
  async navigatesBy(action: () => Promise<void>): Promise<void> {
    await Promise.all([this.page.waitForEvent('load'), action()]);
    await expectAccessible(this.page);
  }

  async arrived(): Promise<void> {
    await this.page.waitForLoadState('load');
    await expectAccessible(this.page);
  }

  heading(): Promise<string> {
    return this.page.locator('h1').innerText();
  }

  async navigationItems(): Promise<string[]> {
    return this.page.locator('.govuk-service-navigation__list a').allInnerTexts();
  }

  async signOut(): Promise<void> {
    await this.navigatesBy(() => this.page.getByRole('button', { name: 'Sign out' }).click());
  }
}
