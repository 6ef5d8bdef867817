import { giasEstablishmentTypes } from './establishmentTypes.ts';

// Seed 003 counts "% good or outstanding" over state-funded schools, as DfE's statistics do:
// local-authority maintained schools (pupil referral units and nursery schools among them),
// academies and free schools (UTCs, studio schools and 16 to 19 free schools and academies among
// them) and city technology colleges. Independent schools, non-maintained special schools, further
// education and sixth-form colleges, universities and other types are not, unless someone asks.

// GIAS groups each type: its maintained, academy and free-school groups are state-funded, as are
// the maintained special schools and city technology colleges.
const stateFundedGroups = new Set(['Local authority maintained schools', 'Academies', 'Free Schools']);
const stateFundedTypes = new Set([
  'Community special school',
  'Foundation special school',
  'City technology college',
]);

/** Types that are not state-funded: from GIAS's groups, then DfE's school list (NFTYPE) names GIAS lacks. */
const notStateFunded = new Set([
  ...giasEstablishmentTypes
    .filter((type) => !stateFundedGroups.has(type.group) && !stateFundedTypes.has(type.name))
    .map((type) => type.name),
  'General further education college',
  'Sixth form college',
  'Sixth form centre/consortia',
  'Agriculture and horticulture college',
  'Specialist designated college',
  'Art, design and performing art college',
  'Service childrens education',
]);

export function isStateFunded(establishmentType: string): boolean {
  return !notStateFunded.has(establishmentType.trim());
}

/** Which establishments a count of schools covers: state-funded (the default) or every one. */
export const countedSchools = ['stateFunded', 'all'] as const;
export type CountedSchools = (typeof countedSchools)[number];
