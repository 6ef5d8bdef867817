import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationError } from '../../kernel/errors.ts';

// Every list the API answers with, paged, sorted and filtered the same way, so a dashboard can
// take a large list a page at a time: ?page=2&pageSize=100&sort=-name&status=open. The answer stays
// the list itself; how many there are in all, and the way to the other pages, are in its headers
// (X-Total-Count; Link with rel first, prev, next and last, RFC 8288). A list with its own paging
// (the schools register) answers with an object and is left as it is.

export const maxListPageSize = 500;
const listParameters = new Set(['page', 'pageSize', 'sort']);

type Row = Record<string, unknown>;
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The fields of a list's rows that can be sorted and filtered by: those holding one value. */
function scalarFields(rows: readonly Row[]): string[] {
  const first = rows[0];
  return first ? Object.keys(first).filter((key) => isScalar(first[key])) : [];
}

/** A row's field as text, for matching a filter and ordering words: only one-value fields are used. */
const textOf = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return textOf(a).localeCompare(textOf(b), 'en-GB', { numeric: true });
}

function whole(text: string | null, field: string, fallback: number): number {
  if (text === null) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new ValidationError([{ field, message: `${field} is a whole number from 1` }]);
  return value;
}

/** The query's own names, as sent: a route's validated query keeps only the names it declares. */
function sentQuery(request: FastifyRequest): URLSearchParams {
  return new URL(request.raw.url ?? '/', 'http://beacon.invalid').searchParams;
}

function declaredNames(request: FastifyRequest): Set<string> {
  const schema = request.routeOptions.schema?.querystring as { shape?: object } | undefined;
  return new Set(schema?.shape ? Object.keys(schema.shape) : []);
}

export function pageApiLists(api: FastifyInstance): void {
  api.addHook('preSerialization', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || !Array.isArray(payload)) return payload;
    const rows = payload as Row[];
    const query = sentQuery(request);
    const fields = scalarFields(rows);
    const offered = `you can use ${fields.join(', ') || 'none: the list is empty'}`;

    // Filters: any name the route does not take itself, matched against the rows' own fields.
    const declared = declaredNames(request);
    const filters = [...query.entries()].filter(([name]) => !listParameters.has(name) && !declared.has(name));
    for (const [name] of filters)
      if (rows.length > 0 && !fields.includes(name))
        throw new ValidationError([
          { field: name, message: `There is no field “${name}” to filter by: ${offered}` },
        ]);
    let shown = rows.filter((row) =>
      filters.every(([name, value]) => textOf(row[name]).toLowerCase() === value.toLowerCase()),
    );

    const sort = query.get('sort');
    if (sort) {
      const keys = sort
        .split(',')
        .map((key) => ({ field: key.replace(/^-/, ''), descending: key.startsWith('-') }));
      for (const { field } of keys)
        if (rows.length > 0 && !fields.includes(field))
          throw new ValidationError([
            { field: 'sort', message: `There is no field “${field}” to sort by: ${offered}` },
          ]);
      shown = [...shown].sort((a, b) => {
        for (const { field, descending } of keys) {
          const order = compare(a[field], b[field]);
          if (order !== 0) return descending ? -order : order;
        }
        return 0;
      });
    }

    const page = whole(query.get('page'), 'page', 1);
    const pageSize = Math.min(whole(query.get('pageSize'), 'pageSize', maxListPageSize), maxListPageSize);
    const pages = Math.max(1, Math.ceil(shown.length / pageSize));
    const at = (n: number) => {
      const next = new URLSearchParams(query);
      next.set('page', String(n));
      next.set('pageSize', String(pageSize));
      return `<${request.url.split('?')[0] ?? ''}?${next.toString()}>`;
    };
    const links = [`${at(1)}; rel="first"`, `${at(pages)}; rel="last"`];
    if (page > 1) links.push(`${at(Math.min(page - 1, pages))}; rel="prev"`);
    if (page < pages) links.push(`${at(page + 1)}; rel="next"`);
    reply
      .header('x-total-count', shown.length)
      .header('x-page', page)
      .header('x-page-size', pageSize)
      .header('x-max-page-size', maxListPageSize)
      .header('link', links.join(', '));
    return shown.slice((page - 1) * pageSize, page * pageSize);
  });
}
