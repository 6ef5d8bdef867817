import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../kernel/config.ts';
import { createApp } from './createApp.ts';
import { createServices, type Services } from './services.ts';
import type { DatabaseHandle } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import type { NewUserInput } from '../access/userInput.ts';
import { ImportFailedError } from '../kernel/importFiles.ts';
import { eq } from 'drizzle-orm';
import { notifications, users } from '../access/schema.ts';

export const testOperator: Actor = {
  userId: null,
  label: 'test setup',
  role: 'admin',
  schoolUrn: null,
  trustId: null,
};

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    BEACON_SESSION_SECRET: 'a test secret that is long enough to sign cookies',
    BEACON_DATA_DIR: '/nonexistent-test-data',
    DATABASE_URL: 'postgres://unused.invalid/unused',
    ...env,
  });
}

export async function buildTestApp(
  database: DatabaseHandle,
  env: Record<string, string> = {},
): Promise<{ app: FastifyInstance; services: Services; config: Config }> {
  const services = await createServices(database);
  const config = testConfig(env);
  const app = await createApp(services, config, { demonstration: false });
  return { app, services, config };
}

export const testPassword = 'correct horse battery staple';

/** A maintained primary school in Portsmouth, for tests that need a school user's own school. */
export const testSchool = {
  urn: 116001,
  name: 'Own Primary',
  laCode: '851',
  laName: 'Portsmouth',
  phase: 'Primary',
  establishmentType: 'Community school',
};

export async function addUser(services: Services, input: Partial<NewUserInput> & { email: string }) {
  return services.users.add(testOperator, {
    name: input.email.split('@')[0] ?? input.email,
    role: 'officer',
    password: testPassword,
    ...input,
  });
}

/** A browser-like visitor for app.inject(): keeps its cookie and reads CSRF tokens from pages. */
let visitors = 0;

export class Visitor {
  private cookie = '';
  // Each visitor comes from its own address, as different people do; sign-in is rate-limited by it.
  private readonly remoteAddress = `192.0.2.${(visitors++ % 250) + 1}`;
  constructor(private readonly app: FastifyInstance) {}

  private keep(response: LightMyRequestResponse): LightMyRequestResponse {
    // After sign-in the old session cookie is cleared and a new one set: the last one counts.
    const set = response.cookies.filter((c) => c.name === 'beacon.sid').at(-1);
    if (set) this.cookie = set.value ? `beacon.sid=${set.value}` : '';
    return response;
  }

  get sessionCookie(): string {
    return this.cookie;
  }

  async get(url: string, headers: Record<string, string> = {}) {
    return this.keep(
      await this.app.inject({
        method: 'GET',
        url,
        remoteAddress: this.remoteAddress,
        headers: { cookie: this.cookie, ...headers },
      }),
    );
  }

  async csrfToken(url = '/sign-in'): Promise<string> {
    const page = await this.get(url);
    const match = /name="_csrf" value="([^"]+)"/.exec(page.body);
    if (!match?.[1]) throw new Error(`No CSRF token on ${url} (status ${page.statusCode})`);
    return match[1];
  }

  /** Posts a form; a field given several values is sent once for each, as ticked checkboxes are. */
  async postForm(url: string, form: Record<string, string | string[]>) {
    const pairs = Object.entries(form).flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map((one) => [name, one]),
    );
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.remoteAddress,
        headers: { cookie: this.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(pairs).toString(),
      }),
    );
  }

  async signIn(email: string, password = testPassword) {
    const token = await this.csrfToken('/sign-in');
    return this.postForm('/sign-in', { _csrf: token, email, password });
  }
}

/** Expects an import to fail with a problem matching `expected` at the line and column given. */
export async function assertImportRefused(
  attempt: Promise<unknown>,
  expected: { problem: RegExp; line?: number; column?: string },
): Promise<void> {
  await assert.rejects(attempt, (error: unknown) => {
    assert.ok(error instanceof ImportFailedError, String(error));
    const problem = error.problems.find((p) => expected.problem.test(p.message));
    assert.ok(problem, `expected ${String(expected.problem)} in ${JSON.stringify(error.problems)}`);
    if (expected.line !== undefined) assert.equal(problem.line, expected.line);
    if (expected.column !== undefined) assert.equal(problem.column, expected.column);
    return true;
  });
}

/** A new temporary folder for a test file's inputs, and a way to write files into it. */
export function scratchFiles(prefix: string): {
  folder: string;
  write: (name: string, content: string | Buffer) => string;
} {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `beacon-${prefix}-`));
  return {
    folder,
    write: (name, content) => {
      const file = path.join(folder, name);
      fs.writeFileSync(file, content);
      return file;
    },
  };
}

/** A file an import must refuse, the problem it must name, and where. */
export type RefusedFile = {
  name: string;
  content: string | Buffer;
  problem: RegExp;
  line?: number;
  column?: string;
};

export type CsvRow = Record<string, string>;

/**
 * A CSV file's rows by column name, read with papaparse straight from the file: what a test
 * checks an import against, independently of the import's own reader. None when there is no file.
 */
export function csvRows(file: string | null): CsvRow[] {
  if (!file) return [];
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true }).data;
}

/** A page's words as a reader meets them: tags gone, spaces folded. */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a person has been told, oldest first: the titles of their notifications. */
export async function notificationsOf(services: Services, email: string): Promise<string[]> {
  const rows = await services.database.db
    .select({ title: notifications.title })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(users.email, email))
    .orderBy(notifications.id);
  return rows.map((r) => r.title);
}

/** A multipart body as a browser sends it: fields in order, then at most one file. */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; content: string; type?: string },
) {
  const boundary = `----beacon${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  if (file) {
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/csv'}\r\n\r\n${file.content}\r\n`,
    );
  }
  return {
    payload: `${parts.join('')}--${boundary}--\r\n`,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
