import { BeaconPage } from './BeaconPage.ts';

export class SignInPage extends BeaconPage {
  async openPage(returnTo?: string): Promise<void> {
    await this.open(returnTo ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in');
  }

  /** Signs in with the keyboard alone, as a person who does not use a mouse would. */
  async signInWithKeyboard(email: string, password: string): Promise<void> {
    // The form keeps the email after a failed attempt; start from an empty field.
    await this.page.getByLabel('Email address').fill('');
    await this.page.getByLabel('Email address').focus();
    await this.page.keyboard.type(email);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(password);
    await this.navigatesBy(() => this.page.keyboard.press('Enter'));
  }

  errorSummary(): Promise<string> {
    return this.page.locator('.govuk-error-summary').innerText();
  }
}
