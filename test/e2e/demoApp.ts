import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { createServices } from '../../src/app/services.ts';
import { createApp } from '../../src/app/createApp.ts';
import { testConfig } from '../../src/app/testing.ts';
import { loadDemo } from '../../src/demo/load.ts';
import { demoAccounts } from '../../src/demo/accounts.ts';
import { launchChromium } from './browser.ts';
import { SignInPage } from './pages/SignInPage.ts';

/** Beacon on an in-memory database with the demonstration loaded, and Chromium pointed at it. */
export async function startDemoInBrowser(): Promise<{
  baseUrl: string;
  page: Page;
  stop: () => Promise<void>;
}> {
  const database = await openDatabase({ memory: true });
  await migrateDatabase(database);
  const services = await createServices(database);
  await loadDemo(services);
  const app: FastifyInstance = await createApp(services, testConfig(), { demonstration: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser: Browser = await launchChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  return {
    baseUrl,
    page,
    stop: async () => {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

export const account = (role: string) => {
  const found = demoAccounts.find((a) => a.role === role);
  if (!found) throw new Error(`No demo account for ${role}`);
  return found;
};

/** The demonstration in Chromium, signed in with the keyboard as the demonstration account for a role. */
export async function startDemoSignedInAs(
  role: string,
): Promise<Awaited<ReturnType<typeof startDemoInBrowser>>> {
  const started = await startDemoInBrowser();
  const signIn = new SignInPage(started.page, started.baseUrl);
  await started.page.goto(`${started.baseUrl}/sign-in`);
  await signIn.signInWithKeyboard(account(role).email, account(role).password);
  return started;
}
