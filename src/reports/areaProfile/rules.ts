import { roundHalfAwayFromZero } from '../../performance/compare/numbers.ts';
import { academicYearLabel } from '../../performance/periods.ts';
import { areaLines, type AreaLine, type FromSchools } from '../../performance/areaIndicators.ts';

// "If this area had 100 children" (seed 004, section 2): each line is a rate turned into a number
// of 100 children. A council's own figure for an area comes first; otherwise Beacon works the rate
// out from the schools whose GIAS constituency or ward it is, weighted by pupils. Pure: the service
// reads the register and the figures, these rules make the profile.

/** A rate as "N of 100 children", half away from zero (seed 004: 28.5% would be 29). */
export function ofHundred(rate: number): number {
  return roundHalfAwayFromZero(rate, 0);
}

export type Weighted = { value: number; weight: number };

/** The pupil-weighted mean of the schools' rates: the rate among all their pupils together. */
export function pupilWeighted(figures: readonly Weighted[]): { rate: number; pupils: number } | null {
  const usable = figures.filter((f) => Number.isFinite(f.value) && f.weight > 0);
  const pupils = usable.reduce((sum, f) => sum + f.weight, 0);
  if (pupils === 0) return null;
  return { rate: usable.reduce((sum, f) => sum + f.value * f.weight, 0) / pupils, pupils };
}

export type SchoolFigure = {
  value: number | null;
  /** The pupils the figure is of (the cohort DfE gives), when the file gives them. */
  cohort: number | null;
  period: string;
  periodEnd: number;
};

export type ProfileSchool = {
  urn: number;
  areaName: string;
  phaseGroup: string;
  stateFunded: boolean;
  numberOnRoll: number | null;
  percentageFsm: number | null;
  /** Current Ofsted grade, 1–4, or null. */
  grade: number | null;
  figures: ReadonlyMap<string, readonly SchoolFigure[]>;
};

export type CouncilFigure = {
  areaCode: string;
  indicatorKey: string;
  value: number | null;
  period: string;
  periodEnd: number;
  /** The places the council printed it to, when fewer than the value holds. */
  publishedDecimals: number | null;
};

export type ProfileArea = { code: string | null; name: string };

export type LineFigure = {
  key: string;
  words: string;
  title: string;
  source: 'council' | 'schools';
  rate: number | null;
  /** The places to print the rate to: the council's own, else one. */
  decimals: number;
  children: number | null;
  period: string | null;
  schools: number;
  pupils: number | null;
  /** Worked out from fewer pupils than the small-cohort threshold, for a reader who may not see it. */
  withheld: boolean;
};

type FromSchoolsResult = { rate: number; pupils: number; schools: number; period: string | null };

function latest<T extends { periodEnd: number }>(list: readonly T[]): T | undefined {
  return list.reduce<T | undefined>(
    (best, f) => (best && best.periodEnd >= f.periodEnd ? best : f),
    undefined,
  );
}

/** The line's rate among the area's schools, or null when none of them has the figure. */
export function fromSchools(
  source: FromSchools,
  schools: readonly ProfileSchool[],
): FromSchoolsResult | null {
  const result = (list: readonly (Weighted & { urn: number })[], period: string | null) => {
    const weighted = pupilWeighted(list);
    if (!weighted) return null;
    return { ...weighted, schools: new Set(list.map((f) => f.urn)).size, period };
  };
  if (source.kind === 'registerFsm') {
    return result(
      schools.flatMap((s) =>
        s.percentageFsm === null || s.numberOnRoll === null
          ? []
          : [{ urn: s.urn, value: s.percentageFsm, weight: s.numberOnRoll }],
      ),
      null,
    );
  }
  if (source.kind === 'goodOrOutstanding') {
    // Pupils in graded state-funded schools, as SPEC's % good or outstanding counts schools.
    return result(
      schools.flatMap((s) =>
        s.grade === null || !s.stateFunded || s.numberOnRoll === null
          ? []
          : [{ urn: s.urn, value: s.grade <= 2 ? 100 : 0, weight: s.numberOnRoll }],
      ),
      null,
    );
  }
  const inPhase = schools.filter((s) => !source.phaseGroup || s.phaseGroup === source.phaseGroup);
  const figures = inPhase.flatMap((s) =>
    (s.figures.get(source.indicator) ?? []).map((f) => ({ school: s, f })),
  );
  // One year for the whole area: the latest any of its schools has.
  const year = latest(figures.map(({ f }) => f));
  if (!year) return null;
  return result(
    figures.flatMap(({ school, f }) => {
      const weight = f.cohort ?? school.numberOnRoll;
      return f.periodEnd !== year.periodEnd || f.value === null || weight === null
        ? []
        : [{ urn: school.urn, value: f.value, weight }];
    }),
    // As the results pages write a school year: 2018/19.
    academicYearLabel(year.periodEnd),
  );
}

export type ProfileRules = { smallCohortThreshold: number; seesSmallCohorts: boolean };

function lineFor(
  line: AreaLine,
  area: ProfileArea,
  schools: readonly ProfileSchool[],
  council: readonly CouncilFigure[],
  rules: ProfileRules,
): LineFigure | null {
  const base = { key: line.indicator.key, words: line.ofHundred, title: line.indicator.title };
  const entered = latest(
    council.filter(
      (f) => f.areaCode === area.code && f.indicatorKey === line.indicator.key && f.value !== null,
    ),
  );
  if (entered?.value != null) {
    return {
      ...base,
      source: 'council',
      rate: entered.value,
      decimals: entered.publishedDecimals ?? 1,
      children: ofHundred(entered.value),
      period: entered.period,
      schools: 0,
      pupils: null,
      withheld: false,
    };
  }
  const worked = line.fromSchools ? fromSchools(line.fromSchools, schools) : null;
  if (!worked) return null;
  const withheld = worked.pupils < rules.smallCohortThreshold && !rules.seesSmallCohorts;
  return {
    ...base,
    source: 'schools',
    rate: withheld ? null : worked.rate,
    decimals: 1,
    children: withheld ? null : ofHundred(worked.rate),
    period: worked.period,
    schools: worked.schools,
    pupils: withheld ? null : worked.pupils,
    withheld,
  };
}

const sameName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/**
 * Every area's lines, in the seed's order. A line no area has a figure for is left out; an area
 * without one of the lines others have shows that it has none.
 */
export function buildAreaProfile(input: {
  /** The council's own areas; a name only the register gives is an area too, without a code. */
  areas: readonly ProfileArea[];
  schools: readonly ProfileSchool[];
  council: readonly CouncilFigure[];
  rules: ProfileRules;
}) {
  const named = [...input.areas];
  for (const school of input.schools) {
    if (!named.some((a) => sameName(a.name, school.areaName)))
      named.push({ code: null, name: school.areaName });
  }
  const areas = named
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((area) => {
      const schools = input.schools.filter((s) => sameName(s.areaName, area.name));
      return {
        ...area,
        schools: schools.length,
        lines: areaLines.map((line) => ({
          line,
          figure: lineFor(line, area, schools, input.council, input.rules),
        })),
      };
    });
  const shown = areaLines.filter((line) =>
    areas.some((a) => a.lines.some((l) => l.line === line && l.figure !== null)),
  );
  return {
    lines: shown.map((l) => ({ key: l.indicator.key, words: l.ofHundred, title: l.indicator.title })),
    areas: areas.map((a) => ({
      code: a.code,
      name: a.name,
      schools: a.schools,
      lines: a.lines
        .filter((l) => shown.includes(l.line))
        .map((l) => ({
          key: l.line.indicator.key,
          words: l.line.ofHundred,
          title: l.line.indicator.title,
          figure: l.figure,
        })),
    })),
  };
}

export type AreaProfile = ReturnType<typeof buildAreaProfile>;
