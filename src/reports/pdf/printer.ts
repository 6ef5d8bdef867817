import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { launchChromium } from './chromium.ts';

// PDFs are printed by Chromium from the HTML a person reads. One browser serves the process; a
// few pages are kept open and reused, so a 2-core machine is never asked for more renders at once
// than it can take; more requests wait in a short queue, and beyond that are told to come back.

export type PrintJob = {
  /** The whole page, as the app renders it for printing. */
  html: string;
  /** Chromium's running header and footer: small HTML fragments with their own inline styles. */
  headerHtml: string;
  footerHtml: string;
  /** Overrides the printer's own limit for this job (tests use it to make a render time out). */
  timeoutMs?: number;
};

export type PrinterOptions = {
  chromiumPath?: string;
  /** Pages rendering at once. */
  pages: number;
  /** Jobs that may wait for a page; one more is refused with PrinterBusyError. */
  queue: number;
  timeoutMs: number;
  /** The folder `/assets/…` is served from: the only files a printed page may load. */
  assetsDir: string;
  /** Told of every request a page makes outside Beacon's own assets (each one is blocked). */
  onBlocked?: (url: string) => void;
};

export class PrinterBusyError extends Error {
  override name = 'PrinterBusyError';
  readonly statusCode = 503;
  constructor(readonly retryAfterSeconds: number) {
    super('Beacon is producing as many PDFs as it can just now. Try again in a few seconds.');
  }
}

export class PrintTimeoutError extends Error {
  override name = 'PrintTimeoutError';
  readonly statusCode = 503;
  constructor(seconds: number) {
    super(`The PDF took longer than ${String(seconds)} seconds to produce, so it was stopped.`);
  }
}

// The printed document's own address: never looked up on a network, every request to it is answered
// here. Anything else the page asks for is blocked.
const origin = 'http://beacon.print';
const documentUrl = `${origin}/document`;

const contentTypes: Record<string, string> = {
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** A4, tagged, with an outline from the headings, and the job's running header and footer. */
export function pdfOptions(job: PrintJob) {
  return {
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: job.headerHtml,
    footerTemplate: job.footerHtml,
    margin: { top: '22mm', bottom: '24mm', left: '15mm', right: '15mm' },
  } as const;
}

type PooledPage = { page: Page; context: BrowserContext; html: string };

export class PdfPrinter {
  #browser: Promise<Browser> | undefined;
  readonly #idle: PooledPage[] = [];
  #open = 0;
  readonly #waiting: ((page: PooledPage | Error) => void)[] = [];
  #closed = false;

  constructor(private readonly options: PrinterOptions) {}

  /** Prints one page to a tagged PDF with an outline from its headings. */
  async print(job: PrintJob): Promise<Buffer> {
    const pooled = await this.#acquire();
    let healthy = true;
    try {
      return await this.#render(pooled, job);
    } catch (error) {
      healthy = false;
      throw error;
    } finally {
      await this.#release(pooled, healthy);
    }
  }

  /** How busy the printer is, for the health of the process and for tests. */
  get load(): { rendering: number; waiting: number; open: number } {
    return { rendering: this.#open - this.#idle.length, waiting: this.#waiting.length, open: this.#open };
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const waiter of this.#waiting.splice(0)) waiter(new Error('Beacon is shutting down.'));
    const browser = this.#browser;
    this.#browser = undefined;
    this.#idle.splice(0);
    this.#open = 0;
    if (browser) await (await browser.catch(() => undefined))?.close();
  }

  async #render(pooled: PooledPage, job: PrintJob): Promise<Buffer> {
    const timeoutMs = job.timeoutMs ?? this.options.timeoutMs;
    pooled.html = job.html;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new PrintTimeoutError(Math.max(1, Math.round(timeoutMs / 1000))));
      }, timeoutMs);
    });
    const work = (async () => {
      await pooled.page.goto(documentUrl, { waitUntil: 'load', timeout: timeoutMs });
      return pooled.page.pdf(pdfOptions(job));
    })();
    // The page is closed if the timer wins; the render then fails on its own, and is not awaited.
    work.catch(() => undefined);
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async #acquire(): Promise<PooledPage> {
    if (this.#closed) throw new Error('Beacon is shutting down.');
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (this.#open < this.options.pages) {
      this.#open += 1;
      try {
        return await this.#newPage();
      } catch (error) {
        this.#open -= 1;
        throw error;
      }
    }
    if (this.#waiting.length >= this.options.queue) {
      // A render takes about a second; a queue's worth of them is what to wait before trying again.
      throw new PrinterBusyError(Math.max(1, Math.ceil(this.options.queue / this.options.pages)));
    }
    const next = await new Promise<PooledPage | Error>((resolve) => this.#waiting.push(resolve));
    if (next instanceof Error) throw next;
    return next;
  }

  async #release(pooled: PooledPage, healthy: boolean): Promise<void> {
    let page: PooledPage | undefined = pooled;
    if (!healthy || pooled.page.isClosed()) {
      // A page that failed (or timed out part-way) is thrown away and a fresh one takes its place.
      await pooled.context.close().catch(() => undefined);
      page = undefined;
    }
    const waiter = this.#waiting.shift();
    if (!waiter) {
      if (page) this.#idle.push(page);
      else this.#open -= 1;
      return;
    }
    if (page) {
      waiter(page);
      return;
    }
    this.#newPage().then(waiter, (error: unknown) => {
      this.#open -= 1;
      waiter(error instanceof Error ? error : new Error(String(error)));
    });
  }

  async #newPage(): Promise<PooledPage> {
    const browser = await this.#launched();
    // No script runs in a printed page: the pages work without it, and typed text stays text.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const pooled: PooledPage = { page, context, html: '' };
    await page.route('**/*', (route) => this.#answer(route, pooled));
    return pooled;
  }

  async #answer(route: Route, pooled: PooledPage): Promise<void> {
    const url = route.request().url();
    if (url === documentUrl) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pooled.html });
      return;
    }
    const asset = url.startsWith(`${origin}/assets/`) ? await this.#asset(url) : undefined;
    if (asset) {
      await route.fulfill({ status: 200, contentType: asset.contentType, body: asset.body });
      return;
    }
    this.options.onBlocked?.(url);
    await route.abort('blockedbyclient');
  }

  async #asset(url: string): Promise<{ body: Buffer; contentType: string } | undefined> {
    const name = decodeURIComponent(new URL(url).pathname.slice('/assets/'.length));
    const file = path.resolve(this.options.assetsDir, name);
    if (!file.startsWith(path.resolve(this.options.assetsDir) + path.sep)) return undefined;
    const contentType = contentTypes[path.extname(file)];
    if (!contentType) return undefined;
    const body = await fs.readFile(file).catch(() => undefined);
    return body ? { body, contentType } : undefined;
  }

  #launched(): Promise<Browser> {
    if (!this.#browser) {
      const launching = launchChromium(this.options.chromiumPath);
      this.#browser = launching;
      launching.then(
        (browser) =>
          browser.on('disconnected', () => {
            // A browser that crashed is started again by the next render.
            // Pages rendering when it went fail and are let go as they finish; idle ones go now.
            if (this.#browser === launching) {
              this.#browser = undefined;
              this.#open -= this.#idle.splice(0).length;
            }
          }),
        () => {
          if (this.#browser === launching) this.#browser = undefined;
        },
      );
    }
    return this.#browser;
  }
}
