// SPEC "Rules": figures for a cohort below the threshold (default: fewer than 6 pupils) show as "x"
// to roles below officer, and nothing shown beside them may give them away: a gap or a change
// worked from a suppressed figure is suppressed too.

export const defaultSmallCohortThreshold = 6;
export const suppressedMark = 'x';

/** True when the cohort is known and smaller than the threshold. */
export function isSmallCohort(cohort: number | null, threshold: number): boolean {
  return cohort !== null && cohort < threshold;
}

/** Whether a figure is withheld from this viewer. */
export function withheld(cohort: number | null, threshold: number, seesSmallCohorts: boolean): boolean {
  return !seesSmallCohorts && isSmallCohort(cohort, threshold);
}

/** A figure worked from others is withheld when any of them is. */
export function derivedWithheld(...inputs: readonly boolean[]): boolean {
  return inputs.some(Boolean);
}
