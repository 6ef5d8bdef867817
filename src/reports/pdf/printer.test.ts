import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { PdfPrinter, PrinterBusyError, PrintTimeoutError, type PrintJob } from './printer.ts';
import { readPdf, statedPageCount } from './reading.testing.ts';

// The printer on its own: a bounded pool, a queue that refuses politely when full, a render that
// times out without harming the next one, and nothing fetched from outside Beacon.

const assetsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'beacon-print-assets-'));
fs.writeFileSync(path.join(assetsDir, 'print.css'), 'h1 { color: rgb(11, 12, 13); }');

const footer = `<div style="font-size: 8pt; margin: 0 15mm;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

function job(body: string, extra: Partial<PrintJob> = {}): PrintJob {
  return {
    html: `<!DOCTYPE html><html lang="en"><head><title>Test report</title><link rel="stylesheet" href="/assets/print.css"></head><body>${body}</body></html>`,
    headerHtml: '<div style="font-size: 8pt; margin: 0 15mm;">Test council</div>',
    footerHtml: footer,
    ...extra,
  };
}

void describe('the PDF printer [chromium]', () => {
  const blocked: string[] = [];
  const printer = new PdfPrinter({
    pages: 1,
    queue: 1,
    timeoutMs: 20_000,
    assetsDir,
    onBlocked: (url) => blocked.push(url),
  });

  after(async () => {
    await printer.close();
    fs.rmSync(assetsDir, { recursive: true, force: true });
  });

  test('prints a tagged PDF with an outline from the headings, its language and "Page X of Y"', async () => {
    const pages = Array.from(
      { length: 3 },
      (_, i) => `<h2>Part ${String(i + 1)}</h2><p style="break-after: page">Figure ${String(47.6 + i)}</p>`,
    ).join('');
    const read = await readPdf(await printer.print(job(`<h1>Results</h1>${pages}`)));
    assert.equal(read.pages, 3);
    assert.equal(statedPageCount(read), 3);
    assert.equal(read.taggedPages, 3);
    assert.equal(read.language, 'en');
    assert.deepEqual(read.outline, ['Results', 'Part 1', 'Part 2', 'Part 3']);
    assert.match(read.text, /Figure 47\.6/);
    assert.match(read.text, /Figure 49\.6/);
    assert.match(read.pageTexts[0] ?? '', /Test council/);
  });

  test('loads Beacon’s own assets and blocks every other request the page makes', async () => {
    blocked.splice(0);
    await printer.print(
      job(
        '<h1>Outside</h1><img src="https://example.com/tracker.png" alt=""><link rel="stylesheet" href="http://192.0.2.1/x.css"><img src="/assets/../../etc/passwd" alt="">',
      ),
    );
    assert.ok(blocked.includes('https://example.com/tracker.png'), blocked.join(', '));
    assert.ok(blocked.includes('http://192.0.2.1/x.css'), blocked.join(', '));
    assert.ok(!blocked.some((url) => url.endsWith('/assets/print.css')), 'its own stylesheet is served');
  });

  test('typed text stays text: no script runs in a printed page', async () => {
    const read = await readPdf(
      await printer.print(
        job(
          '<h1>Plan</h1><p id="t">&lt;b&gt;bold&lt;/b&gt;</p><script>document.getElementById("t").textContent = "ran"</script>',
        ),
      ),
    );
    assert.match(read.text, /<b>bold<\/b>/);
    assert.doesNotMatch(read.text, /ran/);
  });

  test('more renders than pages wait in the queue; beyond the queue they are refused with a wait', async () => {
    const results = await Promise.allSettled([
      printer.print(job('<h1>One</h1>')),
      printer.print(job('<h1>Two</h1>')),
      printer.print(job('<h1>Three</h1>')),
    ]);
    const [one, two, three] = results;
    assert.equal(one.status, 'fulfilled');
    assert.equal(two.status, 'fulfilled');
    assert.equal(three.status, 'rejected');
    const refusal: unknown = three.reason;
    assert.ok(refusal instanceof PrinterBusyError);
    assert.ok(refusal.retryAfterSeconds >= 1);
    assert.deepEqual(printer.load, { rendering: 0, waiting: 0, open: 1 });
  });

  test('a render that times out is stopped, its page closed, and the next render works', async () => {
    await assert.rejects(printer.print(job('<h1>Slow</h1>', { timeoutMs: 1 })), PrintTimeoutError);
    assert.equal(printer.load.rendering, 0);
    const read = await readPdf(await printer.print(job('<h1>After</h1>')));
    assert.deepEqual(read.outline, ['After']);
  });
});
