import { z } from 'zod';
import type { DataTable } from './tables.ts';

// Lists people sort by any column and download as they see them. Sorting is done on the server,
// so it works without JavaScript, survives a reload and is the same in the page and the file: a
// column heading is a link that sorts by it (again to reverse), and says how it is sorted with
// aria-sort, as the MOJ sortable table does. One page may hold several lists, so the sort names
// its list and column: ?sort=flagged.score&order=descending.

export type SortOrder = 'ascending' | 'descending';
export type SortValue = string | number | null;

export type ListColumn<Row> = {
  key: string;
  header: string;
  /** What the column sorts by: a number sorts as a number, missing values last either way. */
  sortBy: (row: Row) => SortValue;
  /** What a file carries for the row; the sort value when not given. */
  text?: (row: Row) => string;
  numeric?: boolean;
};

export type Sorted = { list?: string; column?: string; order: SortOrder };

/** The sort and order asked for; anything malformed is ignored rather than refused. */
export const sortQuery = z.object({
  sort: z
    .string()
    .regex(/^[a-z0-9-]{1,30}\.[a-z0-9-]{1,30}$/)
    .optional()
    .catch(undefined),
  order: z.enum(['ascending', 'descending']).optional().catch(undefined),
});

export function sortedAs(query: z.infer<typeof sortQuery>): Sorted {
  const [list, column] = query.sort?.split('.') ?? [];
  return { list, column, order: query.order ?? 'ascending' };
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function compare(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows in the order asked for, when it is for this list and one of its columns; otherwise in
 * the order given. Missing values go last in either direction; ties keep the given order.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  list: string,
  columns: readonly ListColumn<Row>[],
  sorted: Sorted,
): Row[] {
  const column = sorted.list === list ? columns.find((c) => c.key === sorted.column) : undefined;
  if (!column) return [...rows];
  const sign = sorted.order === 'descending' ? -1 : 1;
  return rows
    .map((row, at) => ({ row, at, value: column.sortBy(row) }))
    .sort((x, y) => {
      const missingX = x.value === null || x.value === '';
      const missingY = y.value === null || y.value === '';
      if (missingX || missingY) return missingX === missingY ? x.at - y.at : missingX ? 1 : -1;
      return sign * compare(x.value, y.value) || x.at - y.at;
    })
    .map((r) => r.row);
}

export type SortHeader = {
  header: string;
  href: string;
  ariaSort: 'ascending' | 'descending' | 'none';
  numeric: boolean;
};

/**
 * Each column's heading link: the page's own address and filters, sorted by that column, the
 * current column reversing. `anchor` brings the reader back to the list.
 */
export function sortHeaders<Row>(
  path: string,
  filters: Readonly<Record<string, string | number | undefined>>,
  list: string,
  columns: readonly ListColumn<Row>[],
  sorted: Sorted,
): SortHeader[] {
  return columns.map((c) => {
    const current = sorted.list === list && sorted.column === c.key;
    const order: SortOrder = current && sorted.order === 'ascending' ? 'descending' : 'ascending';
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filters))
      if (value !== undefined && value !== '' && name !== 'sort' && name !== 'order' && name !== 'page')
        query.set(name, String(value));
    query.set('sort', `${list}.${c.key}`);
    query.set('order', order);
    return {
      header: c.header,
      href: `${path}?${query.toString()}#${list}`,
      ariaSort: current ? sorted.order : 'none',
      numeric: c.numeric ?? false,
    };
  });
}

/** The list as a table for a CSV or workbook, in the order shown. */
export function listTable<Row>(
  id: string,
  title: string,
  columns: readonly ListColumn<Row>[],
  rows: readonly Row[],
): DataTable {
  return {
    id,
    title,
    columns: columns.map((c) => ({ header: c.header })),
    rows: rows.map((row) => columns.map((c) => (c.text ? c.text(row) : String(c.sortBy(row) ?? '')))),
  };
}

/** The same address with a file format asked for: the download carries the filters and the sort. */
export function downloadLinks(
  path: string,
  filters: Readonly<Record<string, string | number | undefined>>,
  list: string,
): { csv: string; xlsx: string } {
  const link = (format: string) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filters))
      if (value !== undefined && value !== '' && name !== 'page' && name !== 'format' && name !== 'table')
        query.set(name, String(value));
    query.set('table', list);
    query.set('format', format);
    return `${path}?${query.toString()}`;
  };
  return { csv: link('csv'), xlsx: link('xlsx') };
}
