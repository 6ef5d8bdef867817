import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import Papa from 'papaparse';
import jStat from 'jstat';
import { externalFile } from '../performance/externalData.ts';
import { impactOf, type SchoolFigures } from './rules/impact.ts';

// SPEC C6, 8 on real data: ten real primary schools taken as if they were a programme's, their KS2
// reading, writing and maths at the expected standard in 2016 and 2018 from DfE's national
// school-level files (dfe-school-level-national-2016-2018/SOURCE.md: "Overall Meet Std" is
// PTRWM_EXP), against the schools matched to them from the rest of England. The effect and its
// interval are worked out again here from the files' own figures, apart from the rule.

const files = [2016, 2018].map((year) =>
  externalFile(`dfe-school-level-national-2016-2018/csv/ks2_perf_${String(year)}.csv`),
);
const skip = files.find((f) => f.skip)?.skip ?? false;

type Row = { URN: string; 'KS2 Pupils': string; 'Overall Meet Std': string };

function figures(file: string): Map<number, { rwm: number; pupils: number }> {
  const rows = Papa.parse<Row>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const byUrn = new Map<number, { rwm: number; pupils: number }>();
  for (const row of rows) {
    const rwm = Number.parseFloat(row['Overall Meet Std'].replace('%', ''));
    const pupils = Number(row['KS2 Pupils']);
    if (row['Overall Meet Std'] !== '' && Number.isFinite(rwm) && pupils > 0)
      byUrn.set(Number(row.URN), { rwm, pupils });
  }
  return byUrn;
}

test(
  'ten real schools as a programme: the effect against matched schools, worked out twice',
  { skip },
  () => {
    const [before, after] = files.map((f) => figures(f.file ?? ''));
    assert.ok(before && after);
    const schools: SchoolFigures[] = [...before.entries()].flatMap(([urn, b]) => {
      const a = after.get(urn);
      return a
        ? [{ urn, phase: 'Primary', before: b.rwm, after: a.rwm, disadvantaged: null, pupils: b.pupils }]
        : [];
    });
    assert.ok(schools.length > 13_000, `${String(schools.length)} schools with both years`);
    // The programme: the ten schools with the lowest URNs among those of 30 or more pupils.
    const programme = schools.filter((s) => (s.pupils ?? 0) >= 30).slice(0, 10);
    const taking = new Set(programme.map((s) => s.urn));
    const answer = impactOf({
      participants: programme,
      pool: schools.filter((s) => !taking.has(s.urn)),
      beforeYear: 2016,
      afterYear: 2018,
      methodologyBreaks: [2016],
    });
    assert.equal(answer.kind, 'estimate');
    assert.equal(answer.participants, 10);
    assert.equal(answer.comparators, 30);

    // Again, from the files: each comparator's change, each participant's, and Welch's interval.
    const change = (urn: number) =>
      (after.get(urn)?.rwm ?? Number.NaN) - (before.get(urn)?.rwm ?? Number.NaN);
    const theirs = programme.map((s) => change(s.urn));
    const comparison = answer.matched.flatMap((m) => m.comparators).map(change);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = (xs: number[]) => xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1);
    const effect = mean(theirs) - mean(comparison);
    const [va, vb] = [variance(theirs) / theirs.length, variance(comparison) / comparison.length];
    const freedom = (va + vb) ** 2 / (va ** 2 / (theirs.length - 1) + vb ** 2 / (comparison.length - 1));
    const margin = jStat.studentt.inv(0.975, freedom) * Math.sqrt(va + vb);
    assert.ok(Math.abs(answer.effect - effect) < 1e-9, `${String(answer.effect)} vs ${String(effect)}`);
    assert.ok(Math.abs(answer.lower - (effect - margin)) < 1e-9);
    assert.ok(Math.abs(answer.upper - (effect + margin)) < 1e-9);

    // Each comparator is near its school in 2016: within 15 points, as matching on prior attainment means.
    for (const m of answer.matched)
      for (const c of m.comparators)
        assert.ok(
          Math.abs((before.get(c)?.rwm ?? 0) - (before.get(m.urn)?.rwm ?? 0)) <= 15,
          `${String(c)} for ${String(m.urn)}`,
        );
  },
);
