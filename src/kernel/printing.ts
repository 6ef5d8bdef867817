// A report page is also a PDF: the same route, at the same address with ".pdf" added, with the same
// permission and the same figures, printed by the app instead of sent as HTML.

/** What a printed report says about its figures in every page's footer. */
export type PrintedFigures = {
  /** "2015/16", "1 December 2026": the year or the date the figures describe. */
  asAt: string;
  /** Whether the figures are provisional, revised or final, where the report's figures say so. */
  status?: 'provisional' | 'revised' | 'final';
};

/** A report page's address and its PDF's, each with the route config that says which it is. */
export function printable(url: string): { url: string; print: boolean }[] {
  return [
    { url, print: false },
    { url: `${url}.pdf`, print: true },
  ];
}
