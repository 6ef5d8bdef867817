import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../../kernel/config.ts';
import type { PrintedFigures } from '../../kernel/printing.ts';
import { formatDate, slugOf, todayIso } from '../../kernel/format.ts';
import { PdfPrinter, PrinterBusyError } from '../../reports/pdf/printer.ts';
import { shellContext, type ShellOptions } from './shell.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Prints a page template, given the context its route gives it, to a PDF. */
    printPage(template: string, context: Record<string, unknown>): Promise<Buffer>;
  }
}

/**
 * One printer for the app: Chromium starts with the first PDF asked for and closes with the app.
 * The page printed is the page people read, in its print layout (no menus, forms or footer), with a
 * running header and footer saying whose report it is and how current its figures are.
 */
export function registerPrinting(
  app: FastifyInstance,
  config: Config,
  shell: ShellOptions,
  assetsDir: string,
): void {
  const printer = new PdfPrinter({
    chromiumPath: config.printing.chromiumPath,
    pages: config.printing.pages,
    queue: config.printing.queue,
    timeoutMs: config.printing.timeoutSeconds * 1000,
    assetsDir,
    onBlocked: (url) => {
      app.log.warn({ url }, 'a printed page asked for something outside Beacon');
    },
  });
  app.addHook('onClose', async () => printer.close());

  app.decorate('printPage', async (template: string, context: Record<string, unknown>) => {
    const shellFields = { ...shellContext(config, shell), printing: true, navigation: [] };
    const furniture = {
      ...shellFields,
      council: config.localAuthority.name,
      title: typeof context.pageTitle === 'string' ? context.pageTitle : 'Report',
      figures: context.figures as PrintedFigures | undefined,
      producedOn: formatDate(todayIso()),
      pagesNumberedAfter: context.pagesNumberedAfter === true,
    };
    const [html, headerHtml, footerHtml] = await Promise.all([
      app.view(template, { ...shellFields, ...context }),
      app.view('reports/pdf/views/header.njk', furniture),
      app.view('reports/pdf/views/footer.njk', furniture),
    ]);
    return printer.print({ html, headerHtml, footerHtml });
  });
}

/** Sends a route's page as a PDF named after its title; a full queue is a 503 with Retry-After. */
export function sendPrinted(
  reply: FastifyReply,
  app: FastifyInstance,
  template: string,
  context: Record<string, unknown>,
): FastifyReply {
  const title = typeof context.pageTitle === 'string' ? context.pageTitle : 'report';
  app.printPage(template, context).then(
    (pdf) =>
      reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(title)}.pdf"`)
        .send(pdf),
    (error: unknown) => {
      if (error instanceof PrinterBusyError) reply.header('retry-after', String(error.retryAfterSeconds));
      reply.send(error);
    },
  );
  return reply;
}

/** "Portsmouth: results 2015/16" → "portsmouth-results-2015-16". */
export function fileName(title: string): string {
  return slugOf(title) || 'report';
}
