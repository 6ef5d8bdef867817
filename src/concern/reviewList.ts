import type { ListColumn } from '../kernel/tables/sorting.ts';
import type { ReviewEntry } from './review.ts';

// The desk-top review's flagged schools as a list people sort and download: a category sorts by
// its place in the risk model (minimum below moderate below maximum), not by its name.

type Flagged = ReviewEntry & { currentCategory: string | null };

export function reviewColumns(categories: readonly { name: string }[]): ListColumn<Flagged>[] {
  const rank = (name: string | null) => (name === null ? null : categories.findIndex((c) => c.name === name));
  return [
    { key: 'school', header: 'School', sortBy: (e) => e.name },
    {
      key: 'proposed',
      header: 'Proposed',
      sortBy: (e) => rank(e.proposedCategory),
      text: (e) => e.proposedCategory,
    },
    { key: 'score', header: 'Score', sortBy: (e) => e.score, numeric: true },
    {
      key: 'confirmed',
      header: 'Confirmed',
      sortBy: (e) => rank(e.currentCategory),
      text: (e) => e.currentCategory ?? 'Not categorised',
    },
    { key: 'reasons', header: 'Reasons', sortBy: (e) => e.reasons.length, text: (e) => e.reasons.join('; ') },
  ];
}

/** The file carries the URN and the academy flag beside the page's columns. */
export function reviewFileColumns(categories: readonly { name: string }[]): ListColumn<Flagged>[] {
  return [
    { key: 'urn', header: 'URN', sortBy: (e) => e.urn },
    ...reviewColumns(categories),
    { key: 'academy', header: 'Academy', sortBy: (e) => (e.isAcademy ? 'Yes' : 'No') },
  ];
}
