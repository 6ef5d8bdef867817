import { z } from 'zod';
import { countedSchools } from './rules/stateFunded.ts';
import { optionalText } from '../kernel/queries.ts';

// The query strings the register's pages and API share, checked once.

/** The most schools one page of the register's API gives. */
export const maxPageSize = 500;

export const schoolFiltersQuery = z.object({
  q: optionalText,
  la: z
    .string()
    .trim()
    .regex(/^(\d{3})?$/, 'An LA code is DfE’s three-digit LA number, like 851')
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  phase: optionalText,
  type: optionalText,
  trust: optionalText,
  grade: z
    .enum(['', '1', '2', '3', '4', 'none'])
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  status: z
    .enum(['', 'open', 'closed'])
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  // A larger page is given the largest there is, and the answer says so (maxPageSize).
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .default(50)
    .transform((n) => Math.min(n, maxPageSize)),
});
export type SchoolFiltersQuery = z.infer<typeof schoolFiltersQuery>;

export const urnParams = z.object({
  urn: z.coerce.number().int().positive('A URN is a positive whole number').max(9_999_999),
});

export const trustParams = z.object({ id: z.string().min(1).max(200) });

const isoDate = z.iso.date('Enter a real date, with the day, month and year');

export const landscapeQuery = z.object({
  la: z.string().regex(/^\d{3}$/, 'An LA code is DfE’s three-digit LA number, like 851'),
  at: isoDate.optional(),
  compareWith: isoDate.optional(),
  schools: z
    .enum(countedSchools, { error: 'Choose state-funded schools or all establishments' })
    .default('stateFunded')
    .describe('Which establishments % good or outstanding counts: state-funded (as DfE and seed 003) or all'),
});

/** The two dates a landscape compares: the chosen date and, by default, a year before it. */
export function landscapeDates(
  query: { at?: string | undefined; compareWith?: string | undefined },
  today: string,
) {
  const later = query.at ?? today;
  const yearBefore = `${String(Number(later.slice(0, 4)) - 1)}${later.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { earlier: query.compareWith ?? yearBefore, later };
}
