import type { PrintedFigures } from '../../kernel/printing.ts';
import type { SummaryPage } from '../readService.ts';

export const summaryTemplate = 'performance/views/results-summary.njk';

/**
 * What the LA results summary's page is given, on screen, as a PDF or from the command line. The
 * body (its tables and sentences) is rendered by the template unless one already rendered is given.
 */
export function summaryPageContext(page: SummaryPage, body?: string) {
  const { summary, periods } = page;
  return {
    pageTitle: `${summary.area.name}: results ${summary.periodLabel}`,
    summary,
    periods,
    tables: page.tables,
    downloadBase: `/areas/${summary.area.code}/results/${String(summary.period)}/download`,
    body,
    figures: {
      asAt: summary.periodLabel,
      status: summary.provisional ? 'provisional' : 'final',
    } satisfies PrintedFigures,
  };
}
