import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

// Charts drawn on the server as SVG (d3 works out the scales and paths; the template draws them),
// so they print, need no script, and carry a title and description for screen readers. Every chart
// sits beside a table of its data and a link to download it: the picture never holds a figure the
// table does not.

export type ChartPoint = { period: number; label: string; value: number | null };
export type ChartSeries = {
  name: string;
  /** own: the chosen LA; national; neighbours: the statistical neighbours' average. */
  role: 'own' | 'national' | 'neighbours';
  points: ChartPoint[];
};

const width = 640;
const height = 320;
// The top margin holds the labels of methodology breaks, above the plot where no line runs.
const margin = { top: 36, right: 20, bottom: 44, left: 64 };
/** The room a year's label needs at the labels' size: fewer labels rather than overlapping ones. */
const labelWidth = 64;

function niceDomain(values: number[]): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const scale = scaleLinear()
    .domain(low === high ? [low - 1, high + 1] : [low, high])
    .nice();
  const [a, b] = scale.domain();
  return [a ?? low, b ?? high];
}

/** What every chart has: its size, its words for screen readers, its plot area and value axis. */
function chartFrame(
  input: { title: string; description: string; format: (value: number) => string },
  domain: [number, number],
) {
  const y = scaleLinear()
    .domain(domain)
    .range([height - margin.bottom, margin.top]);
  const frame = {
    width,
    height,
    title: input.title,
    description: input.description,
    plot: { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom },
    yTicks: y.ticks(5).map((v) => ({ y: y(v), label: input.format(v) })),
  };
  return { y, frame };
}

/** Every year's label when they fit; else every second, third … year, always with the latest. */
function thinned<T>(periods: readonly T[]): T[] {
  const fit = Math.max(1, Math.floor((width - margin.left - margin.right) / labelWidth));
  const every = Math.ceil(periods.length / fit);
  const last = periods.length - 1;
  return periods.filter((_, i) => (last - i) % every === 0);
}

export type TrendChart = ReturnType<typeof trendChart>;

/**
 * A line for each series over the years. A line stops at a methodology break and at a year with
 * no figure, and starts again after it: years either side of a break are not joined.
 */
export function trendChart(input: {
  title: string;
  description: string;
  periods: { period: number; label: string }[];
  series: ChartSeries[];
  /** Periods from which a new methodology applies, drawn as a dashed line and labelled. */
  breaks: { period: number; reason: string }[];
  format: (value: number) => string;
}) {
  const values = input.series.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const x = scalePoint<number>()
    .domain(input.periods.map((p) => p.period))
    .range([margin.left, width - margin.right])
    .padding(0.5);
  const { y, frame } = chartFrame(input, values.length > 0 ? niceDomain(values) : [0, 1]);
  const breakStarts = new Set(input.breaks.map((b) => b.period));
  const lines = input.series.map((s) => {
    // A gap before each break: the point after it opens a new segment.
    const withGaps = s.points.flatMap((p) =>
      breakStarts.has(p.period) ? [{ ...p, value: null, gap: true }, p] : [p],
    );
    const path = line<ChartPoint>()
      .defined((p) => p.value !== null)
      .x((p) => x(p.period) ?? 0)
      .y((p) => y(p.value ?? 0))(withGaps);
    return {
      name: s.name,
      role: s.role,
      path: path ?? '',
      points: s.points.flatMap((p) =>
        p.value === null
          ? []
          : [{ x: x(p.period) ?? 0, y: y(p.value), label: `${s.name} ${p.label}: ${input.format(p.value)}` }],
      ),
    };
  });
  const step = x.step();
  return {
    ...frame,
    xTicks: thinned(input.periods).map((p) => ({ x: x(p.period) ?? 0, label: p.label })),
    lines,
    breaks: input.breaks.flatMap((b) => {
      const at = x(b.period);
      // The label sits in the top margin, centred on the break: no line is drawn there.
      return at === undefined
        ? []
        : [{ x: at - step / 2, labelY: margin.top - 10, label: 'Break', reason: b.reason }];
    }),
  };
}

export type RankingChart = ReturnType<typeof rankingChart>;

/** Every LA as a bar, best first; the chosen LA and its neighbours marked; reference lines across. */
export function rankingChart(input: {
  title: string;
  description: string;
  bars: { code: string; name: string; value: number; role: 'own' | 'neighbour' | 'other' }[];
  references: { name: string; value: number }[];
  format: (value: number) => string;
}) {
  const values = [...input.bars.map((b) => b.value), ...input.references.map((r) => r.value), 0];
  const x = scaleBand()
    .domain(input.bars.map((b) => b.code))
    .range([margin.left, width - margin.right])
    .paddingInner(0.1);
  const { y, frame } = chartFrame(input, niceDomain(values));
  const zero = y(0);
  return {
    ...frame,
    bars: input.bars.map((b) => ({
      x: x(b.code) ?? 0,
      width: Math.max(x.bandwidth(), 1),
      y: Math.min(y(b.value), zero),
      height: Math.abs(zero - y(b.value)),
      role: b.role,
      label: `${b.name}: ${input.format(b.value)}`,
    })),
    references: input.references.map((r) => ({ y: y(r.value), label: `${r.name} ${input.format(r.value)}` })),
  };
}
