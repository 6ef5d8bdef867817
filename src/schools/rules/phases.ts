// Beacon's phases (SPEC C1) from what GIAS or DfE's school list publishes, and the groups the
// landscape counts them in. GIAS puts special schools and PRUs under phase "Not applicable"; the
// type of establishment says what they are.

export const phases = [
  'Nursery',
  'Primary',
  'Infant',
  'Junior',
  'Middle',
  'Secondary',
  'All-through',
  'Special',
  'Alternative provision',
  '16 plus',
  'FE college',
  'UTC',
  'Studio school',
  'Other',
] as const;
export type Phase = (typeof phases)[number];

/** The rows of the landscape table, in the order councils write them (seed 003: primary, secondary, special). */
export const phaseGroups = [
  'Nursery',
  'Primary',
  'Secondary',
  'All-through',
  'Special',
  'Alternative provision',
  'Post-16',
  'Other',
] as const;
export type PhaseGroup = (typeof phaseGroups)[number];

/** GIAS "PhaseOfEducation (name)" values. */
export const giasPhasesOfEducation = [
  'Not applicable',
  'Nursery',
  'Primary',
  'Middle deemed primary',
  'Secondary',
  'Middle deemed secondary',
  '16 plus',
  'All-through',
] as const;

export type PhaseFacts = {
  phaseOfEducation: string | null;
  establishmentType: string;
  name: string;
};

const specialType = /special/i;
const alternativeProvisionType = /pupil referral unit|alternative provision/i;
const furtherEducationType =
  /further education|sixth form college|agricultur|specialist designated college|art, design and performing|institution funded by other government/i;

export function phaseOf(facts: PhaseFacts): Phase {
  const type = facts.establishmentType;
  if (specialType.test(type)) return 'Special';
  if (alternativeProvisionType.test(type)) return 'Alternative provision';
  if (/university technical college/i.test(type)) return 'UTC';
  if (/studio school/i.test(type)) return 'Studio school';
  if (furtherEducationType.test(type)) return 'FE college';
  if (/16-19|16 to 19|sixth form centre/i.test(type)) return '16 plus';
  switch (facts.phaseOfEducation) {
    case 'Nursery':
      return 'Nursery';
    case 'Primary':
      if (/\binfants?'?\b/i.test(facts.name)) return 'Infant';
      if (/\bjunior\b/i.test(facts.name)) return 'Junior';
      return 'Primary';
    case 'Middle deemed primary':
    case 'Middle deemed secondary':
      return 'Middle';
    case 'Secondary':
      return 'Secondary';
    case 'All-through':
      return 'All-through';
    case '16 plus':
      return '16 plus';
    default:
      return 'Other';
  }
}

export function phaseGroupOf(phase: Phase, phaseOfEducation: string | null): PhaseGroup {
  switch (phase) {
    case 'Nursery':
      return 'Nursery';
    case 'Primary':
    case 'Infant':
    case 'Junior':
      return 'Primary';
    case 'Middle':
      return phaseOfEducation === 'Middle deemed secondary' ? 'Secondary' : 'Primary';
    case 'Secondary':
    case 'UTC':
    case 'Studio school':
      return 'Secondary';
    case 'All-through':
      return 'All-through';
    case 'Special':
      return 'Special';
    case 'Alternative provision':
      return 'Alternative provision';
    case '16 plus':
    case 'FE college':
      return 'Post-16';
    case 'Other':
      return 'Other';
  }
}

/**
 * DfE's school list has no phase of education, only flags for the key stages a school teaches and
 * its age range: the same phase GIAS would give, worked out from those.
 */
export function phaseOfEducationFromSpine(flags: {
  isPrimary: boolean;
  isSecondary: boolean;
  isPost16: boolean;
  lowAge: number | null;
  highAge: number | null;
}): string {
  const { isPrimary, isSecondary, isPost16, lowAge, highAge } = flags;
  if (isPrimary && isSecondary) {
    if (lowAge !== null && highAge !== null && lowAge >= 7 && highAge <= 14) {
      return highAge <= 12 ? 'Middle deemed primary' : 'Middle deemed secondary';
    }
    return 'All-through';
  }
  if (isPrimary) return highAge !== null && highAge <= 5 ? 'Nursery' : 'Primary';
  if (isSecondary) return 'Secondary';
  if (isPost16) return '16 plus';
  return 'Not applicable';
}

/** Academies and free schools, whichever words the file uses for them. */
export function isAcademyType(establishmentType: string, typeGroup: string | null): boolean {
  if (typeGroup === 'Academies' || typeGroup === 'Free Schools' || typeGroup === 'Academy') return true;
  return /academy|free school|university technical college|studio school/i.test(establishmentType);
}
