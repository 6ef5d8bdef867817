// The code lists Beacon checks imported establishments against. A value outside them is refused
// with its line and column, so a renamed or mistyped column never slips into the register.

/** GIAS "TypeOfEstablishment": code, name and the type group GIAS puts it in (edubasealldata, 2025). */
export const giasEstablishmentTypes: readonly { code: number; name: string; group: string }[] = [
  { code: 1, name: 'Community school', group: 'Local authority maintained schools' },
  { code: 2, name: 'Voluntary aided school', group: 'Local authority maintained schools' },
  { code: 3, name: 'Voluntary controlled school', group: 'Local authority maintained schools' },
  { code: 5, name: 'Foundation school', group: 'Local authority maintained schools' },
  { code: 6, name: 'City technology college', group: 'Independent schools' },
  { code: 7, name: 'Community special school', group: 'Special schools' },
  { code: 8, name: 'Non-maintained special school', group: 'Special schools' },
  { code: 10, name: 'Other independent special school', group: 'Special schools' },
  { code: 11, name: 'Other independent school', group: 'Independent schools' },
  { code: 12, name: 'Foundation special school', group: 'Special schools' },
  { code: 14, name: 'Pupil referral unit', group: 'Local authority maintained schools' },
  { code: 15, name: 'Local authority nursery school', group: 'Local authority maintained schools' },
  { code: 18, name: 'Further education', group: 'Colleges' },
  { code: 24, name: 'Secure units', group: 'Other types' },
  { code: 25, name: 'Offshore schools', group: 'Other types' },
  { code: 26, name: "Service children's education", group: 'Other types' },
  { code: 27, name: 'Miscellaneous', group: 'Other types' },
  { code: 28, name: 'Academy sponsor led', group: 'Academies' },
  { code: 29, name: 'Higher education institutions', group: 'Universities' },
  { code: 30, name: 'Welsh establishment', group: 'Welsh schools' },
  { code: 31, name: 'Sixth form centres', group: 'Colleges' },
  { code: 32, name: 'Special post 16 institution', group: 'Other types' },
  { code: 33, name: 'Academy special sponsor led', group: 'Academies' },
  { code: 34, name: 'Academy converter', group: 'Academies' },
  { code: 35, name: 'Free schools', group: 'Free Schools' },
  { code: 36, name: 'Free schools special', group: 'Free Schools' },
  { code: 37, name: 'British schools overseas', group: 'Other types' },
  { code: 38, name: 'Free schools alternative provision', group: 'Free Schools' },
  { code: 39, name: 'Free schools 16 to 19', group: 'Free Schools' },
  { code: 40, name: 'University technical college', group: 'Free Schools' },
  { code: 41, name: 'Studio schools', group: 'Free Schools' },
  { code: 42, name: 'Academy alternative provision converter', group: 'Academies' },
  { code: 43, name: 'Academy alternative provision sponsor led', group: 'Academies' },
  { code: 44, name: 'Academy special converter', group: 'Academies' },
  { code: 45, name: 'Academy 16-19 converter', group: 'Academies' },
  { code: 46, name: 'Academy 16 to 19 sponsor led', group: 'Academies' },
  { code: 49, name: 'Online provider', group: 'Online provider' },
  { code: 56, name: 'Institution funded by other government department', group: 'Other types' },
  { code: 57, name: 'Academy secure 16 to 19', group: 'Academies' },
];

/** GIAS "EstablishmentStatus (name)". */
export const giasStatuses = ['Open', 'Closed', 'Open, but proposed to close', 'Proposed to open'] as const;

/** NFTYPE in DfE's performance-tables school list ("spine"), 2017-18. */
export const schoolListTypes: readonly string[] = [
  'Community school',
  'Voluntary aided school',
  'Voluntary controlled school',
  'Foundation school',
  'Community special school',
  'Foundation special school',
  'Non-maintained special school',
  'Other independent school',
  'Other independent special school',
  'Academy - Converter mainstream',
  'Academy sponsor led mainstream',
  'Academy - Converter special school',
  'Academy - Sponsor led special school',
  'Academy 16-19 converter',
  'Academy 16-19 sponsor led',
  'Free school - Mainstream',
  'Free school - Special',
  'Free school  16-19',
  'University technical college',
  'Studio school',
  'City technology college',
  'General further education college',
  'Sixth form college',
  'Sixth form centre/consortia',
  'Agriculture and horticulture college',
  'Specialist designated college',
  'Art, design and performing art college',
  'Service childrens education',
  'Institution funded by other government department',
  'Pupil referral unit',
  'Local authority nursery school',
];

/** MINORGROUP in the school list: the type group it publishes. */
export const schoolListGroups = [
  'Maintained School',
  'Academy',
  'Independent School',
  'Special School',
  'College',
  'n/a',
] as const;

/** The school list's ICLOSE flag. 3, on 146 open maintained schools with no close date, is read as GIAS's "proposed to close". */
export const schoolListStatuses: Record<string, string> = {
  '0': 'Open',
  '1': 'Open',
  '2': 'Closed',
  '3': 'Open, but proposed to close',
};
