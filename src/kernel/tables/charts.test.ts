import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trendChart } from './charts.ts';

// LAIT's KS2 series for an LA runs 2010/11 to 2024/25, with DfE's 2016 break (new assessments).
const periods = Array.from({ length: 15 }, (_, i) => ({ period: 2011 + i, label: `${2010 + i}/${11 + i}` }));
const chart = trendChart({
  title: 'KS2 reading, writing and maths',
  description: 'Portsmouth against England',
  periods,
  series: [
    {
      name: 'Portsmouth',
      role: 'own',
      // The highest value touches the top of the plot, where a label inside the plot would sit.
      points: periods.map((p, i) => ({ period: p.period, label: p.label, value: i === 5 ? 80 : 60 + i })),
    },
  ],
  breaks: [{ period: 2016, reason: 'New key stage 1 and 2 assessments in 2016 (DfE).' }],
  format: (value) => value.toFixed(0),
});

test('the "Break" label sits above the plot, where no line or point is drawn', () => {
  const [mark] = chart.breaks;
  assert.ok(mark);
  const highest = Math.min(...chart.lines.flatMap((l) => l.points.map((p) => p.y)));
  assert.ok(highest >= chart.plot.top, 'points stay inside the plot');
  // The label's text (16px, drawn above its baseline) ends above the plot's top.
  assert.ok(
    mark.labelY < chart.plot.top - 4,
    `label at ${String(mark.labelY)}, plot from ${String(chart.plot.top)}`,
  );
  assert.ok(mark.labelY - 16 >= 0, 'and inside the picture');
});

test('year labels are thinned so they never overlap, and the latest year is always labelled', () => {
  const xs = chart.xTicks.map((t) => t.x);
  const gaps = xs.slice(1).map((x, i) => x - (xs[i] ?? 0));
  assert.ok(Math.min(...gaps) >= 64, `labels ${gaps.map(String).join(', ')} apart`);
  assert.equal(chart.xTicks.at(-1)?.label, '2024/25');
  assert.ok(chart.xTicks.length < periods.length);
});
