// Ofsted's scales and the dates they changed. The old four-point overall effectiveness grade ended
// for state-funded schools on 2 September 2024; report cards, on a five-point scale of their own,
// began on 10 November 2025. The two scales are never mixed.

export const overallGradesEnded = '2024-09-02';
export const reportCardsBegan = '2025-11-10';

export const overallEffectivenessLabels: Record<number, string> = {
  1: 'Outstanding',
  2: 'Good',
  3: 'Requires improvement',
  4: 'Inadequate',
};

/** Report card grades, best first (Ofsted's school inspection toolkit, November 2025). */
export const reportCardGrades = [
  'Exceptional',
  'Strong standard',
  'Expected standard',
  'Needs attention',
  'Urgent improvement',
] as const;

export const categoriesOfConcern = ['Special measures', 'Serious weaknesses', 'Notice to improve'] as const;
export type CategoryOfConcern = (typeof categoriesOfConcern)[number];

export type Judgement = { overallEffectiveness: number; categoryOfConcern: CategoryOfConcern | null };

/**
 * Reads an overall judgement as Ofsted's files and GIAS write it. "Satisfactory" was grade 3 until
 * September 2012; GIAS writes an inadequate school's category in place of "Inadequate".
 */
export function readJudgement(published: string): Judgement | undefined {
  const words = published.trim().toLowerCase();
  const byWords: Record<string, Judgement> = {
    '1': { overallEffectiveness: 1, categoryOfConcern: null },
    '2': { overallEffectiveness: 2, categoryOfConcern: null },
    '3': { overallEffectiveness: 3, categoryOfConcern: null },
    '4': { overallEffectiveness: 4, categoryOfConcern: null },
    outstanding: { overallEffectiveness: 1, categoryOfConcern: null },
    good: { overallEffectiveness: 2, categoryOfConcern: null },
    satisfactory: { overallEffectiveness: 3, categoryOfConcern: null },
    'requires improvement': { overallEffectiveness: 3, categoryOfConcern: null },
    inadequate: { overallEffectiveness: 4, categoryOfConcern: null },
    'special measures': { overallEffectiveness: 4, categoryOfConcern: 'Special measures' },
    'serious weaknesses': { overallEffectiveness: 4, categoryOfConcern: 'Serious weaknesses' },
  };
  return byWords[words];
}

export type InspectionFramework = 'graded' | 'ungraded' | 'no-overall-grade' | 'report-card';

/** The framework a full inspection on this date was carried out under. */
export function frameworkOn(inspectedOn: string): 'graded' | 'no-overall-grade' | 'report-card' {
  if (inspectedOn >= reportCardsBegan) return 'report-card';
  if (inspectedOn >= overallGradesEnded) return 'no-overall-grade';
  return 'graded';
}

export type InspectionForGrade = {
  inspectedOn: string;
  framework: InspectionFramework;
  overallEffectiveness: number | null;
};

/**
 * A school's current overall effectiveness grade as at a date: the grade of its latest inspection
 * on or before that date. An ungraded (section 8) inspection leaves the previous grade standing;
 * a full inspection without an overall grade, or a report card, means the school has no current
 * grade on the old scale. Null when there is none.
 */
export function currentGrade(inspections: readonly InspectionForGrade[], at: string): number | null {
  const sorted = inspections
    .filter((i) => i.inspectedOn <= at)
    .sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : a.inspectedOn > b.inspectedOn ? -1 : 0));
  for (const inspection of sorted) {
    if (inspection.framework === 'ungraded') continue;
    if (inspection.framework !== 'graded') return null;
    return inspection.overallEffectiveness;
  }
  return null;
}
