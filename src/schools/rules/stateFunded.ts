// Seed 003 counts "% good or outstanding" over state-funded schools, as DfE's statistics do:
// local-authority maintained schools (pupil referral units and nursery schools among them),
// academies and free schools (UTCs, studio schools and 16 to 19 free schools and academies among
// them) and city technology colleges. Independent schools, non-maintained special schools, further
// education and sixth-form colleges, universities and other types are not, unless someone asks.

/** Types that are not state-funded: GIAS names (TypeOfEstablishment) and DfE's school list (NFTYPE). */
const notStateFunded = new Set([
  // GIAS
  'Other independent school',
  'Other independent special school',
  'Non-maintained special school',
  'Further education',
  'Sixth form centres',
  'Higher education institutions',
  'Secure units',
  'Offshore schools',
  "Service children's education",
  'Miscellaneous',
  'Welsh establishment',
  'Special post 16 institution',
  'British schools overseas',
  'Online provider',
  'Institution funded by other government department',
  // DfE's school list
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
