import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortHeaders, sortRows, sortedAs, sortQuery, type ListColumn } from './sorting.ts';

// Lists sorted on the server. Rows shaped like the desk-top review's (seed 000's 3Ms categories:
// minimum, moderate, maximum), with a school not yet categorised.
type Row = { name: string; score: number | null; category: string | null };
const rows: Row[] = [
  { name: 'Harbourside Primary', score: 40, category: 'moderate' },
  { name: 'Admiral Lord Nelson School', score: 75, category: null },
  { name: 'Milton Park Primary', score: 40, category: 'maximum' },
  { name: 'St Edmund’s', score: null, category: 'minimum' },
];
const order = ['minimum', 'moderate', 'maximum'];
const columns: ListColumn<Row>[] = [
  { key: 'school', header: 'School', sortBy: (r) => r.name },
  { key: 'score', header: 'Score', sortBy: (r) => r.score, numeric: true },
  {
    key: 'category',
    header: 'Category',
    sortBy: (r) => (r.category === null ? null : order.indexOf(r.category)),
  },
];

const cases: { sort?: string; order?: string; names: string[]; why: string }[] = [
  { names: rows.map((r) => r.name), why: 'no sort asked for: the order given' },
  {
    sort: 'flagged.school',
    names: ['Admiral Lord Nelson School', 'Harbourside Primary', 'Milton Park Primary', 'St Edmund’s'],
    why: 'by name, A to Z',
  },
  {
    sort: 'flagged.score',
    order: 'descending',
    names: ['Admiral Lord Nelson School', 'Harbourside Primary', 'Milton Park Primary', 'St Edmund’s'],
    why: 'highest score first; a tie keeps the given order; no score goes last',
  },
  {
    sort: 'flagged.score',
    order: 'ascending',
    names: ['Harbourside Primary', 'Milton Park Primary', 'Admiral Lord Nelson School', 'St Edmund’s'],
    why: 'lowest score first, and no score still last',
  },
  {
    sort: 'flagged.category',
    order: 'descending',
    names: ['Milton Park Primary', 'Harbourside Primary', 'St Edmund’s', 'Admiral Lord Nelson School'],
    why: 'a category by its place in the model, not its name; not categorised last',
  },
  { sort: 'other.score', names: rows.map((r) => r.name), why: 'a sort for another list on the page' },
  { sort: 'flagged.nothing', names: rows.map((r) => r.name), why: 'a column the list does not have' },
  { sort: 'flagged', names: rows.map((r) => r.name), why: 'a malformed sort is ignored' },
];
for (const c of cases) {
  test(`sorts a list: ${c.why}`, () => {
    const sorted = sortedAs(sortQuery.parse({ sort: c.sort, order: c.order }));
    assert.deepEqual(
      sortRows(rows, 'flagged', columns, sorted).map((r) => r.name),
      c.names,
    );
  });
}

test('numbers in names sort as numbers (Year 2 before Year 10)', () => {
  const years = [{ name: 'Year 10' }, { name: 'Year 2' }];
  assert.deepEqual(
    sortRows(
      years,
      'y',
      [{ key: 'name', header: 'Name', sortBy: (r) => r.name }],
      sortedAs({ sort: 'y.name' }),
    ).map((r) => r.name),
    ['Year 2', 'Year 10'],
  );
});

test('each heading links to its sort, keeping the filters; the current one reverses and says how it is sorted', () => {
  const headers = sortHeaders(
    '/concern',
    { la: '851', asAt: '2016-11-14', page: 3, sort: 'flagged.score' },
    'flagged',
    columns,
    sortedAs({ sort: 'flagged.score', order: 'descending' }),
  );
  assert.deepEqual(
    headers.map((h) => [h.header, h.ariaSort, h.href]),
    [
      ['School', 'none', '/concern?la=851&asAt=2016-11-14&sort=flagged.school&order=ascending#flagged'],
      ['Score', 'descending', '/concern?la=851&asAt=2016-11-14&sort=flagged.score&order=ascending#flagged'],
      ['Category', 'none', '/concern?la=851&asAt=2016-11-14&sort=flagged.category&order=ascending#flagged'],
    ],
  );
});
