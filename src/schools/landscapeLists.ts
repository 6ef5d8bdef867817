import type { ListColumn } from '../kernel/tables/sorting.ts';
import { formatDate } from '../kernel/format.ts';

// The landscape's lists of schools, to sort and download: those below good, those inspected
// longest ago, and academy conversions in progress. Its count tables (by phase, by type) end in
// a total and keep their order.

const date = (value: string | null) => (value === null ? '' : formatDate(value));

type BelowGood = {
  urn: number;
  name: string;
  phase: string;
  grade: number | null;
  inspectedOn: string | null;
  categoryOfConcern: string | null;
};
type SinceInspection = {
  urn: number;
  name: string;
  phase: string;
  inspectedOn: string | null;
  daysSince: number | null;
};
type Conversion = {
  urn: number;
  name: string;
  stage: string;
  sponsor: string | null;
  expectedOn: string | null;
};

export const belowGoodColumns: ListColumn<BelowGood>[] = [
  { key: 'school', header: 'School', sortBy: (s) => s.name },
  {
    key: 'grade',
    header: 'Grade',
    sortBy: (s) => s.grade,
    text: (s) =>
      `${s.grade === 3 ? '3 Requires improvement' : '4 Inadequate'}${s.categoryOfConcern ? `, ${s.categoryOfConcern}` : ''}`,
  },
  { key: 'inspected', header: 'Inspected', sortBy: (s) => s.inspectedOn, text: (s) => date(s.inspectedOn) },
];

export const sinceInspectionColumns: ListColumn<SinceInspection>[] = [
  { key: 'school', header: 'School', sortBy: (s) => s.name },
  {
    key: 'inspected',
    header: 'Last inspected',
    sortBy: (s) => s.inspectedOn,
    text: (s) => date(s.inspectedOn) || 'Not yet inspected',
  },
  {
    key: 'years',
    header: 'Years since',
    sortBy: (s) => s.daysSince,
    numeric: true,
    text: (s) => (s.daysSince === null ? '' : (s.daysSince / 365.25).toFixed(1)),
  },
];

export const conversionColumns: ListColumn<Conversion>[] = [
  { key: 'school', header: 'School', sortBy: (c) => c.name },
  { key: 'stage', header: 'Stage', sortBy: (c) => c.stage },
  { key: 'sponsor', header: 'Sponsor', sortBy: (c) => c.sponsor, text: (c) => c.sponsor ?? 'None yet' },
  {
    key: 'expected',
    header: 'Expected',
    sortBy: (c) => c.expectedOn,
    text: (c) => date(c.expectedOn) || 'Not known',
  },
];
