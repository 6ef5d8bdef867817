import type { ListColumn } from '../kernel/tables/sorting.ts';

// The support view's schools as a list to sort and download: a category sorts by its place in
// the allowance table (the risk model's order), days as numbers.

type SupportRow = {
  urn: number;
  name: string;
  category: string | null;
  use: { allowance: number; done: number; planned: number; remaining: number; overPlanned: boolean };
};

export function supportColumns(categoryOrder: readonly string[]): ListColumn<SupportRow>[] {
  return [
    { key: 'school', header: 'School', sortBy: (s) => s.name },
    {
      key: 'category',
      header: 'Category',
      sortBy: (s) => (s.category === null ? null : categoryOrder.indexOf(s.category)),
      text: (s) => s.category ?? 'Not categorised',
    },
    { key: 'allowance', header: 'Allowance (days)', sortBy: (s) => s.use.allowance, numeric: true },
    { key: 'done', header: 'Done', sortBy: (s) => s.use.done, numeric: true },
    { key: 'planned', header: 'Planned', sortBy: (s) => s.use.planned, numeric: true },
    {
      key: 'left',
      header: 'Left',
      sortBy: (s) => s.use.remaining,
      numeric: true,
      text: (s) => `${String(s.use.remaining)}${s.use.overPlanned ? ' (more planned than allowed)' : ''}`,
    },
  ];
}
