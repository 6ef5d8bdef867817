import { roundHalfAwayFromZero } from '../performance/compare/numbers.ts';
import {
  countGoodOrOutstanding,
  goodOrOutstandingByPhase,
  gradedCount,
  type GradedCount,
} from './rules/goodOrOutstanding.ts';
import { currentGrade, type InspectionForGrade } from './rules/inspections.ts';
import { isOpenOn } from './rules/dates.ts';
import { phaseGroups, type PhaseGroup } from './rules/phases.ts';
import { isStateFunded, type CountedSchools } from './rules/stateFunded.ts';

// An LA's educational landscape (SPEC C1, seeds 001 and 003): what schools it has, who runs them,
// how many are good or outstanding at two dates, and which need attention. Built from the
// register's rows by the pure rules, so each figure is the tested rule's figure.

export type LandscapeSchool = {
  urn: number;
  name: string;
  phase: string;
  phaseGroup: string;
  establishmentType: string;
  isAcademy: boolean;
  status: string;
  openedOn: string | null;
  closedOn: string | null;
  trustId: string | null;
  trustName: string | null;
  trustType: string | null;
};

export type LandscapeInspection = InspectionForGrade & {
  urn: number;
  categoryOfConcern: string | null;
};

export type EarlyYearsProvider = {
  providerType: string;
  overallEffectiveness: number | null;
};

const byCount = <T extends { n: number; label: string }>(a: T, b: T) =>
  b.n - a.n || a.label.localeCompare(b.label);

function tally(values: readonly string[]): { label: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([label, n]) => ({ label, n })).sort(byCount);
}

function asPhaseGroup(value: string): PhaseGroup {
  return (phaseGroups as readonly string[]).includes(value) ? (value as PhaseGroup) : 'Other';
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** An LA's schools and inspections, read by date: who was open, and each school's grade. */
function registerOn(
  schools: readonly LandscapeSchool[],
  inspections: readonly LandscapeInspection[],
  counted: CountedSchools,
) {
  const inspectionsOf = new Map<number, LandscapeInspection[]>();
  for (const inspection of inspections) {
    const list = inspectionsOf.get(inspection.urn) ?? [];
    list.push(inspection);
    inspectionsOf.set(inspection.urn, list);
  }
  const gradeAt = (urn: number, at: string) => currentGrade(inspectionsOf.get(urn) ?? [], at);
  const openAt = (at: string) => schools.filter((s) => isOpenOn(s, at));
  // % good or outstanding counts state-funded schools, as seed 003 and DfE do, unless asked for all.
  const goodOrOutstandingAt = (at: string) =>
    goodOrOutstandingByPhase(
      openAt(at)
        .filter((s) => counted === 'all' || isStateFunded(s.establishmentType))
        .map((s) => ({ phaseGroup: asPhaseGroup(s.phaseGroup), grade: gradeAt(s.urn, at) })),
    );
  return { inspectionsOf, gradeAt, openAt, goodOrOutstandingAt };
}

/** % good or outstanding by phase and in total on each of several dates, from one reading of the register. */
export function goodOrOutstandingOn(
  schools: readonly LandscapeSchool[],
  inspections: readonly LandscapeInspection[],
  dates: readonly string[],
) {
  const register = registerOn(schools, inspections, 'stateFunded');
  return dates.map((at) => ({ at, ...register.goodOrOutstandingAt(at) }));
}

export function buildLandscape(input: {
  schools: readonly LandscapeSchool[];
  inspections: readonly LandscapeInspection[];
  earlyYears: readonly EarlyYearsProvider[];
  earlier: string;
  later: string;
  counted?: CountedSchools;
}) {
  const { earlier, later } = input;
  const counted = input.counted ?? 'stateFunded';
  const { inspectionsOf, gradeAt, openAt, goodOrOutstandingAt } = registerOn(
    input.schools,
    input.inspections,
    counted,
  );

  const open = openAt(later);
  const phaseCounts = tally(open.map((s) => s.phaseGroup));
  const byPhase = phaseGroups.flatMap((group) => {
    const row = phaseCounts.find((c) => c.label === group);
    return row ? [{ phaseGroup: group, n: row.n }] : [];
  });

  const academies = open.filter((s) => s.isAcademy);
  const multiAcademyTrusts = new Set(
    academies.filter((s) => s.trustType === 'Multi-academy trust').map((s) => s.trustId),
  );
  const inMultiAcademyTrusts = academies.filter((s) => s.trustType === 'Multi-academy trust').length;

  const before = goodOrOutstandingAt(earlier);
  const after = goodOrOutstandingAt(later);
  const comparedGroups = phaseGroups.filter(
    (g) => before.byPhase.some((r) => r.phaseGroup === g) || after.byPhase.some((r) => r.phaseGroup === g),
  );
  const none: GradedCount = gradedCount(0, 0);
  const goodOrOutstanding = {
    rows: comparedGroups.map((phaseGroup) => ({
      phaseGroup,
      earlier: before.byPhase.find((r) => r.phaseGroup === phaseGroup) ?? none,
      later: after.byPhase.find((r) => r.phaseGroup === phaseGroup) ?? none,
    })),
    total: { earlier: before.total, later: after.total },
  };

  const latestOf = (urn: number) =>
    (inspectionsOf.get(urn) ?? [])
      .filter((i) => i.inspectedOn <= later)
      .reduce<LandscapeInspection | undefined>(
        (a, b) => (!a || b.inspectedOn > a.inspectedOn ? b : a),
        undefined,
      );

  const belowGood = open
    .map((s) => ({ school: s, grade: gradeAt(s.urn, later), latest: latestOf(s.urn) }))
    .filter((row) => row.grade === 3 || row.grade === 4)
    .sort((a, b) => (b.grade ?? 0) - (a.grade ?? 0) || a.school.name.localeCompare(b.school.name))
    .map((row) => ({
      urn: row.school.urn,
      name: row.school.name,
      phase: row.school.phase,
      isAcademy: row.school.isAcademy,
      grade: row.grade,
      inspectedOn: row.latest?.inspectedOn ?? null,
      categoryOfConcern: row.latest?.categoryOfConcern ?? null,
    }));

  const longestSinceInspection = open
    .map((s) => ({ school: s, latest: latestOf(s.urn) }))
    .map((row) => ({
      urn: row.school.urn,
      name: row.school.name,
      phase: row.school.phase,
      inspectedOn: row.latest?.inspectedOn ?? null,
      daysSince: row.latest ? daysBetween(row.latest.inspectedOn, later) : null,
      // Not yet inspected, counted from when the school opened.
      openedOn: row.school.openedOn,
    }))
    .sort(
      (a, b) =>
        (a.inspectedOn ?? '0000').localeCompare(b.inspectedOn ?? '0000') || a.name.localeCompare(b.name),
    )
    .slice(0, 10);

  const earlyYearsTypes = tally(input.earlyYears.map((p) => p.providerType)).map(({ label, n }) => {
    const providers = input.earlyYears.filter((p) => p.providerType === label);
    return {
      providerType: label,
      n,
      ...countGoodOrOutstanding(providers.map((p) => p.overallEffectiveness)),
    };
  });

  return {
    earlier,
    later,
    openSchools: open.length,
    byPhase,
    byType: tally(open.map((s) => s.establishmentType)).map(({ label, n }) => ({
      establishmentType: label,
      n,
    })),
    academies: {
      n: academies.length,
      percentOfSchools:
        open.length === 0 ? null : roundHalfAwayFromZero((academies.length / open.length) * 100, 0),
      inMultiAcademyTrusts,
      multiAcademyTrusts: multiAcademyTrusts.size,
    },
    goodOrOutstanding: { ...goodOrOutstanding, counted },
    belowGood,
    longestSinceInspection,
    earlyYears: earlyYearsTypes,
  };
}

export type Landscape = ReturnType<typeof buildLandscape>;
