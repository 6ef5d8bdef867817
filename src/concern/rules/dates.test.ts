import assert from 'node:assert/strict';
import { test } from 'node:test';
import { academicYearOf, latestResultsYear, yearBefore } from './dates.ts';

// DfE's school year runs from 1 September; provisional KS2 results reach councils in early September
// (seed 001 reports "2016 provisional results" to a meeting of 13 September 2016).
const cases: { date: string; year: [string, string]; results: number; yearBefore: string }[] = [
  { date: '2016-09-13', year: ['2016-09-01', '2017-08-31'], results: 2016, yearBefore: '2015-09-13' },
  { date: '2016-08-31', year: ['2015-09-01', '2016-08-31'], results: 2015, yearBefore: '2015-08-31' },
  { date: '2016-09-01', year: ['2016-09-01', '2017-08-31'], results: 2016, yearBefore: '2015-09-01' },
  { date: '2018-12-01', year: ['2018-09-01', '2019-08-31'], results: 2018, yearBefore: '2017-12-01' },
  { date: '2020-02-29', year: ['2019-09-01', '2020-08-31'], results: 2019, yearBefore: '2019-02-28' },
];
for (const c of cases) {
  test(`${c.date}: academic year ${c.year.join(' to ')}, results of ${String(c.results)}, a year before ${c.yearBefore}`, () => {
    assert.deepEqual(academicYearOf(c.date), { from: c.year[0], to: c.year[1] });
    assert.equal(latestResultsYear(c.date), c.results);
    assert.equal(yearBefore(c.date), c.yearBefore);
  });
}
