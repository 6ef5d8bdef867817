import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium (apt-get install -y chromium), never a browser downloaded by a tool.
export const defaultChromiumPath = '/usr/bin/chromium';

export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
  readonly statusCode = 503;
  constructor(readonly executablePath: string) {
    super('Beacon cannot make PDFs on this server yet: ask whoever runs it to install Chromium.');
  }
}

/** Starts a headless Chromium that reaches for nothing outside the machine on its own. */
export async function launchChromium(executablePath = defaultChromiumPath): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    // The log carries the path; the operator installs it with apt-get install -y chromium.
    throw new ChromiumMissingError(executablePath);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
