import { withLineNumbers, type CsvTable } from '../kernel/importFiles.ts';
import { templateOptional, templateRequired } from '../performance/imports/valuesTemplate.ts';
import type { NeighbourLink } from '../performance/imports/neighbours.ts';
import { seed001Figures, type Figure } from './results.ts';

// Generated national comparison figures, so that the demonstration ranks a full league, its gaps
// page has figures and its schools have results. Every figure here is made up, from a fixed seed,
// and says so: the other 149 local authorities are "Generated authority 101" to "249" (codes DfE
// has never used), and the file they load from is named as generated. They are made to agree with
// seed 001: England's figures are the paper's, Portsmouth's are the paper's, and Portsmouth stands
// at the rank the paper prints (joint 140th of 150 for KS2 reading, writing and maths).

export const generatedDataset = 'generated-national-comparison-figures.csv';
export const generatedSchoolsDataset = 'generated-demonstration-school-results.csv';
const regions = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
];

/** The made-up local authorities: the other 149 of seed 001's 150. */
export const generatedAuthorities = Array.from({ length: 149 }, (_, i) => {
  const code = String(101 + i);
  return {
    code,
    name: `Generated authority ${code}`,
    areaType: 'la' as const,
    regionName: regions[i % 9] ?? null,
  };
});

/** A small, fixed pseudo-random sequence (mulberry32), so every demonstration holds the same figures. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  // A normal deviate by Box and Muller: figures across LAs bunch around England's.
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, normal };
}

const roundTo = (value: number, places: number) => Number(value.toFixed(places));

/** How widely LAs' figures spread, by measure: KS2 attainment about 4 points, progress about 1. */
function spreadOf(indicator: string): { sd: number; places: number; within: (v: number) => boolean } {
  if (indicator.includes('_Prog_')) return { sd: 0.9, places: 1, within: () => true };
  if (indicator === 'AVG_Attain8_Score') return { sd: 2.2, places: 1, within: (v) => v > 0 && v < 90 };
  // A percentage stays a percentage: a league near 100 bunches below it.
  return { sd: 3.6, places: 1, within: (v) => v >= 0 && v <= 100 };
}

/**
 * One league of 149 generated LAs around England's figure. Where the paper prints Portsmouth's rank,
 * exactly the LAs the rank says are better than Portsmouth, and one more equal to it for a joint
 * rank; polarity is "higher is better" for every seed 001 measure.
 */
export function generatedLeague(
  seed: number,
  centre: number,
  own: number,
  indicator: string,
  printedRank?: string,
): number[] {
  const { normal } = randomFrom(seed);
  const { sd, places, within } = spreadOf(indicator);
  const draw = (accept: (v: number) => boolean) => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const value = roundTo(centre + normal() * sd, places);
      if (within(value) && accept(value)) return value;
    }
    // Never reached in practice; a value just past Portsmouth's keeps the rank true.
    return roundTo(accept(own + 10 ** -places) ? own + 10 ** -places : own - 10 ** -places, places);
  };
  if (printedRank === undefined) return Array.from({ length: 149 }, () => draw(() => true));
  const joint = printedRank.startsWith('=');
  const rank = Number(printedRank.replace('=', ''));
  const above = Array.from({ length: rank - 1 }, () => draw((v) => v > own));
  const tied = joint ? [own] : [];
  const below = Array.from({ length: 149 - above.length - tied.length }, () => draw((v) => v < own));
  // Shuffled by the same sequence, so a league is not in code order.
  const all = [...above, ...tied, ...below];
  const { next } = randomFrom(seed + 1);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [all[i], all[j]] = [all[j] ?? 0, all[i] ?? 0];
  }
  return all;
}

const header = [...templateRequired, ...templateOptional];
type Cells = Partial<Record<(typeof header)[number], string>>;
const row = (cells: Cells) => header.map((c) => cells[c] ?? '');

/** Seed 001's leagues: each year it prints a figure for, every generated LA's figure. */
function leagueRows(): string[][] {
  const rows: string[][] = [];
  seed001Figures.forEach((figure: Figure, index) => {
    const years = [
      {
        period: '2016',
        own: figure.la2016,
        england: figure.england2016,
        rank: figure.rank,
        status: 'provisional',
      },
      { period: '2015', own: figure.la2015, england: figure.england2015, rank: undefined, status: 'final' },
    ];
    years.forEach((year, y) => {
      if (year.own === undefined) return;
      const own = Number(year.own);
      // Key stage 4 has no national figure in the paper: the league is centred a little above Portsmouth.
      const centre = year.england === undefined ? own + 1.5 : Number(year.england);
      const league = generatedLeague(1000 + index * 10 + y, centre, own, figure.indicator, year.rank);
      generatedAuthorities.forEach((la, i) => {
        rows.push(
          row({
            entity_type: 'la',
            entity_code: la.code,
            indicator: figure.indicator,
            period: year.period,
            status: year.status,
            value: String(league[i]),
          }),
        );
      });
    });
  });
  return rows;
}

/**
 * KS2 reading, writing and maths by disadvantage, for England, Portsmouth and every generated LA:
 * a gap of about 20 points around each area's figure for all pupils, with disadvantaged pupils
 * about 30% of the cohort, so that the two groups average back to that figure.
 */
function gapRows(allPupils: ReadonlyMap<string, number>): string[][] {
  const { normal } = randomFrom(7);
  const share = 0.3;
  return [...allPupils.entries()].flatMap(([code, all]) => {
    const gap = code === '970' ? 21 : 20 + normal() * 3;
    const disadvantaged = roundTo(all - (1 - share) * gap, 1);
    const others = roundTo(all + share * gap, 1);
    const type = code === '970' ? 'england' : 'la';
    return [
      ['disadvantaged', disadvantaged],
      ['non_disadvantaged', others],
    ].map(([group, value]) =>
      row({
        entity_type: type,
        entity_code: code,
        indicator: 'KS2RWM_Expected_STD',
        period: '2016',
        status: 'provisional',
        group: String(group),
        value: String(value),
      }),
    );
  });
}

/** Every generated figure as rows of the values template, in one file named as generated. */
export function generatedNationalFigures(): CsvTable {
  const leagues = leagueRows();
  const ks2 = new Map<string, number>([
    ['970', 53],
    ['851', 47.6],
  ]);
  const rwmColumn = header.indexOf('indicator');
  for (const cells of leagues) {
    if (cells[rwmColumn] === 'KS2RWM_Expected_STD' && cells[header.indexOf('period')] === '2016')
      ks2.set(cells[header.indexOf('entity_code')] ?? '', Number(cells[header.indexOf('value')]));
  }
  return withLineNumbers([...header], [...leagues, ...gapRows(ks2)]);
}

/** Portsmouth's ten statistical neighbours in DfE's 2025 model's shape, from the generated LAs. */
export function generatedNeighbours(): NeighbourLink[] {
  return [104, 117, 122, 139, 146, 158, 171, 183, 196, 210].map((code, i) => ({
    laCode: '851',
    neighbourRank: i + 1,
    neighbourCode: String(code),
    closeness: i < 3 ? 'Extremely close' : i < 7 ? 'Very close' : 'Close',
  }));
}

type DemoSchool = { urn: number; laCode: string; phase: string; status?: string | undefined };

/**
 * Results for Portsmouth's demonstration schools, generated around Portsmouth's figures in seed 001
 * (each school a steady distance above or below them, so a school low one year is low the next),
 * with their cohorts weighted so the schools average back to Portsmouth's figure. Every tenth
 * primary has a cohort of four, so small-cohort suppression shows.
 */
export function generatedSchoolResults(schools: readonly DemoSchool[]): CsvTable {
  const { normal } = randomFrom(11);
  const open = schools.filter((s) => s.laCode === '851' && (s.status ?? 'Open') === 'Open');
  const rows: string[][] = [];
  const phaseSchools = (phase: string) => open.filter((s) => s.phase === phase);

  const primaries = phaseSchools('Primary').map((school, i) => ({
    school,
    cohort: i % 10 === 9 ? 4 : 20 + Math.round(Math.abs(normal()) * 25),
    effect: normal() * 9,
  }));
  const secondaries = phaseSchools('Secondary').map((school) => ({
    school,
    cohort: 120 + Math.round(Math.abs(normal()) * 60),
    effect: normal() * 6,
  }));
  // Centred, pupil-weighted, so the schools average back to Portsmouth's own figure.
  for (const group of [primaries, secondaries]) {
    const pupils = group.reduce((sum, s) => sum + s.cohort, 0);
    const mean = group.reduce((sum, s) => sum + s.effect * s.cohort, 0) / Math.max(pupils, 1);
    for (const s of group) s.effect -= mean;
  }
  const percent = (value: number) => String(Math.min(100, Math.max(0, Math.round(value))));
  const add = (
    urn: number,
    indicator: string,
    period: string,
    value: string,
    cohort: number,
    extra: Cells = {},
  ) =>
    rows.push(
      row({
        entity_type: 'school',
        entity_code: String(urn),
        indicator,
        period,
        status: period === '2016' ? 'provisional' : 'final',
        value,
        denominator: String(cohort),
        // As DfE prints a school's figures: percentages whole, scores to one place.
        published_decimals: value.includes('.') ? '1' : '0',
        ...extra,
      }),
    );

  for (const { school, cohort, effect } of primaries) {
    add(school.urn, 'KS2RWM_Expected_STD', '2016', percent(47.6 + effect + normal() * 3), cohort);
    add(school.urn, 'KS2R_Expected_STD', '2016', percent(61.3 + 0.8 * effect + normal() * 3), cohort);
    add(school.urn, 'KS2W_Teacher_Assess', '2016', percent(72.6 + 0.6 * effect + normal() * 3), cohort);
    add(school.urn, 'KS2M_Expected_STD', '2016', percent(63.8 + 0.8 * effect + normal() * 3), cohort);
    add(school.urn, 'KS2RWM_Expected_STD', '2015', percent(78 + 0.7 * effect + normal() * 3), cohort);
    // Progress with DfE's 95% interval for the cohort: about ±12/√pupils.
    for (const [indicator, own] of [
      ['KS2R_Prog_VA', -1.6],
      ['KS2W_Prog_VA', -1.4],
      ['KS2M_Prog_VA', -1.8],
    ] as const) {
      const score = roundTo(own + 0.15 * effect + normal() * 0.8, 1);
      const half = roundTo(12 / Math.sqrt(cohort), 1);
      add(school.urn, indicator, '2016', String(score), cohort, {
        ci_lower: String(roundTo(score - half, 1)),
        ci_upper: String(roundTo(score + half, 1)),
      });
    }
  }
  for (const { school, cohort, effect } of secondaries) {
    add(school.urn, 'AVG_Attain8_Score', '2016', String(roundTo(46.2 + 0.6 * effect + normal(), 1)), cohort);
    add(school.urn, 'KS4_AC_EngMaths', '2016', percent(57.5 + effect + normal() * 2), cohort);
  }
  return withLineNumbers([...header], rows);
}
