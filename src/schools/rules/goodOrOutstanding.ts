import { roundHalfAwayFromZero } from '../../performance/compare/numbers.ts';
import { phaseGroups, type PhaseGroup } from './phases.ts';

// SPEC "Rules": % good or outstanding = schools whose latest inspection as at the date is grade 1
// or 2 ÷ schools with a current grade, by phase and in total, rounded half away from zero (seed 003:
// 7 of 8 special schools is 88%).

export type GradedCount = { good: number; graded: number; percent: number | null };

export function percentGoodOrOutstanding(good: number, graded: number): number | null {
  if (graded === 0) return null;
  return roundHalfAwayFromZero((good / graded) * 100, 0);
}

export function gradedCount(good: number, graded: number): GradedCount {
  return { good, graded, percent: percentGoodOrOutstanding(good, graded) };
}

/** Good or outstanding among those with a grade: schools' current grades, or providers' latest. */
export function countGoodOrOutstanding(grades: readonly (number | null)[]): GradedCount {
  const graded = grades.filter((grade) => grade !== null);
  return gradedCount(graded.filter((grade) => grade <= 2).length, graded.length);
}

export type SchoolGrade = { phaseGroup: PhaseGroup; grade: number | null };

/** Counts by phase group (only groups with a graded school) and in total. */
export function goodOrOutstandingByPhase(schools: readonly SchoolGrade[]): {
  byPhase: ({ phaseGroup: PhaseGroup } & GradedCount)[];
  total: GradedCount;
} {
  const tally = new Map<PhaseGroup, { good: number; graded: number }>();
  for (const school of schools) {
    if (school.grade === null) continue;
    const row = tally.get(school.phaseGroup) ?? { good: 0, graded: 0 };
    row.graded += 1;
    if (school.grade <= 2) row.good += 1;
    tally.set(school.phaseGroup, row);
  }
  const byPhase = phaseGroups.flatMap((phaseGroup) => {
    const row = tally.get(phaseGroup);
    return row ? [{ phaseGroup, ...gradedCount(row.good, row.graded) }] : [];
  });
  const good = byPhase.reduce((sum, row) => sum + row.good, 0);
  const graded = byPhase.reduce((sum, row) => sum + row.graded, 0);
  return { byPhase, total: gradedCount(good, graded) };
}
