import type {
  academyConversions,
  earlyYearsProviders,
  establishments,
  groupMemberships,
  inspections,
  trusts,
} from '../schools/schema.ts';
import { withDerivedFields } from '../schools/imports/records.ts';

// The demonstration register, built from the seeds' facts with made-up schools (URNs from 990001,
// outside the range DfE has issued), every one flagged as demonstration data.
//
// Portsmouth (seed 001, September 2016): "a third of our schools are now academies (21 academies
// operated by 11 Multi Academy Trusts)"; ten secondary schools; "all schools (3) and academies (1)
// that are currently Requiring Improvement", two of the schools being maintained secondaries.
// Plymouth (seed 003, December 2015): the Ofsted table, good or outstanding at September 2014 and
// September 2015 by phase, and its early years providers (105 PVI, 48 childminders, 20 nursery
// classes, 2 nursery schools).

export const demoLocalAuthority = { code: '851', name: 'Portsmouth' };
export const demoSecondLocalAuthority = { code: '879', name: 'Plymouth' };

type Establishment = typeof establishments.$inferInsert;
type Inspection = typeof inspections.$inferInsert;

export type DemoRegister = {
  trusts: (typeof trusts.$inferInsert)[];
  establishments: Establishment[];
  memberships: (typeof groupMemberships.$inferInsert)[];
  inspections: Inspection[];
  earlyYears: (typeof earlyYearsProviders.$inferInsert)[];
  conversions: (typeof academyConversions.$inferInsert)[];
};

const places = [
  'Harbourside',
  'Spinnaker',
  'Southsea Common',
  'Hilsea Lines',
  'Eastney Marsh',
  'Portsdown Hill',
  'Round Tower',
  'Anchorage',
  'Baffins Pond',
  'Copnor',
  'Cosham',
  'Drayton',
  'Fratton Park',
  'Gunwharf',
  'Hayling View',
  'Kingston Crescent',
  'Langstone',
  'Milton Lock',
  'North End',
  'Old Portsmouth',
  'Paulsgrove',
  'Stamshaw',
  'Tipner',
  'Wymering',
  'Buckland',
  'Craneswater',
  'Farlington',
  'Highland Road',
  'Landport',
  'Lumps Fort',
  'Mile End',
  'Port Solent',
  'Salterns',
  'Sinah',
  'Canoe Lake',
  'Clarence Pier',
  'Dockyard',
  'Eastern Road',
  'Great Salterns',
  'Hotwalls',
  'Kings Bastion',
  'Lakeside',
  'Milton Park',
  'Peronne',
  'Queens Road',
  'Sally Port',
  'Tangier',
  'Victoria Park',
  'Whale Island',
  'Wimbledon Park',
  'Beachlands',
  'Bransbury',
  'Cumberland',
  'Devonshire',
  'Eastfield',
  'Fort Cumberland',
  'Gatcombe',
  'Hester Road',
  'Inhurst',
  'Jubilee',
  'Kent Road',
  'Lords',
  'Moneyfield',
];

const plymouthPlaces = [
  'Hoe',
  'Barbican',
  'Mount Batten',
  'Stonehouse',
  'Devonport',
  'Keyham',
  'Ford',
  'Camels Head',
  'St Budeaux',
  'Tamerton',
  'Whitleigh',
  'Southway',
  'Tamerton Foliot',
  'Roborough',
  'Derriford',
  'Crownhill',
  'Eggbuckland',
  'Estover',
  'Leigham',
  'Mainstone',
  'Compton',
  'Mannamead',
  'Peverell',
  'Hartley',
  'Mutley',
  'Greenbank',
  'Lipson',
  'Mount Gould',
  'Laira',
  'Efford',
  'Plymstock',
  'Elburton',
  'Hooe',
  'Turnchapel',
  'Oreston',
  'Pomphlett',
  'Staddiscombe',
  'Goosewell',
  'Plympton',
  'Colebrook',
  'Chaddlewood',
  'Woodford',
  'Yealmpstead',
  'Glenholt',
  'Widewell',
  'Ernesettle',
  'Honicknowle',
  'Ham',
  'Weston Mill',
  'Morice Town',
  'Stoke',
  'Milehouse',
  'Beacon Park',
  'Pennycross',
  'Manadon',
  'Higher Compton',
  'Thornbury',
  'Austin Farm',
  'Hemerdon',
  'Sherford',
  'Saltram',
  'Radford',
  'Jennycliff',
  'Bovisand',
  'Drakes Island',
  'Sutton Harbour',
  'Cattedown',
  'Prince Rock',
  'Coxside',
  'Millbay',
  'Royal William',
  'Stoke Damerel',
  'North Prospect',
  'Kings Tamerton',
  'Knackersknowle',
  'Burrington',
  'Lower Compton',
  'Marsh Mills',
  'Plym Bridge',
  'Cann Wood',
  'Newnham',
  'Underwood',
  'Merafield',
  'Langage',
  'Lee Moor',
  'Wotter',
  'Shaugh',
  'Bickleigh',
  'Clearbrook',
  'Crapstone',
  'Yelverton',
  'Meavy',
  'Sheepstor',
  'Dousland',
  'Horrabridge',
];

function school(
  urn: number,
  la: { code: string; name: string },
  name: string,
  type: string,
  phaseOfEducation: string,
  extra: Partial<Establishment> = {},
): Establishment {
  return withDerivedFields({
    urn,
    name,
    laCode: la.code,
    laName: la.name,
    establishmentType: type,
    phaseOfEducation,
    typeGroup: /academy/i.test(type)
      ? 'Academies'
      : /special/i.test(type)
        ? 'Special schools'
        : 'Local authority maintained schools',
    status: 'Open',
    source: 'demo',
    isDemonstration: true,
    ...extra,
  });
}

function inspection(
  urn: number,
  inspectedOn: string,
  grade: number,
  extra: Partial<Inspection> = {},
): Inspection {
  return {
    urn,
    inspectedOn,
    framework: 'graded',
    inspectionType: 'Section 5',
    overallEffectiveness: grade,
    source: 'demo',
    isDemonstration: true,
    ...extra,
  };
}

/** A date in a school year, spread by a number so schools are not all inspected on one day. */
function dayIn(year: number, n: number): string {
  const month = String(1 + (n % 11)).padStart(2, '0');
  const day = String(3 + (n % 24)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function portsmouth(): DemoRegister {
  const la = demoLocalAuthority;
  // Eleven MATs running 21 academies between them: 4, 3, 2, 2, 2, 2, 2, 1, 1, 1 and 1.
  const trustNames = [
    'Solent Shore Learning Trust',
    'Harbour Lights Academy Trust',
    'Mary Rose Learning Partnership',
    'Victory Academies Trust',
    'Spinnaker Education Trust',
    'Tidewater Schools Trust',
    'Isle of Portsea Trust',
    'Seafront Learning Trust',
    'Lighthouse Multi-Academy Trust',
    'Ferry Crossing Academies',
    'Wightlink Education Trust',
  ];
  const trustSizes = [4, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1];
  const demoTrusts = trustNames.map((name, i) => ({
    id: `DEMO-T${i + 1}`,
    name: `${name} (demonstration)`,
    groupType: 'Multi-academy trust',
    isDemonstration: true,
  }));
  const academyTrust: string[] = trustSizes.flatMap((size, i) => Array<string>(size).fill(`DEMO-T${i + 1}`));

  const schools: Establishment[] = [];
  const grades = new Map<number, number>();
  // Ten secondaries: six academies (one requiring improvement) and four maintained (two requiring improvement).
  const secondaries: { type: string; grade: number }[] = [
    { type: 'Academy sponsor led', grade: 2 },
    { type: 'Academy converter', grade: 2 },
    { type: 'Academy converter', grade: 1 },
    { type: 'Academy sponsor led', grade: 3 },
    { type: 'Academy converter', grade: 2 },
    { type: 'Academy converter', grade: 2 },
    { type: 'Community school', grade: 3 },
    { type: 'Community school', grade: 2 },
    { type: 'Voluntary aided school', grade: 3 },
    { type: 'Foundation school', grade: 2 },
  ];
  let academyIndex = 0;
  const nextTrust = () => academyTrust[academyIndex++] ?? null;

  // The first seven keep the URNs and names the demonstration accounts and tests know.
  schools.push(school(990001, la, 'Harbourside Primary School', 'Community school', 'Primary'));
  schools.push(school(990002, la, 'Spinnaker Junior School', 'Foundation school', 'Primary'));
  schools.push(
    school(990003, la, 'Southsea Common Academy', 'Academy converter', 'Primary', { trustId: nextTrust() }),
  );
  schools.push(
    school(990004, la, 'Hilsea Lines Academy', secondaries[0]?.type ?? '', 'Secondary', {
      trustId: nextTrust(),
    }),
  );
  schools.push(
    school(990005, la, 'Eastney Marsh Academy', 'Academy converter', 'Primary', { trustId: nextTrust() }),
  );
  schools.push(school(990006, la, 'Portsdown Hill School', 'Community school', 'Secondary'));
  schools.push(
    school(990007, la, 'Round Tower Special School', 'Community special school', 'Not applicable'),
  );
  grades
    .set(990004, 2)
    .set(990006, 3)
    .set(990001, 2)
    .set(990002, 3)
    .set(990003, 2)
    .set(990005, 1)
    .set(990007, 2);

  let urn = 990008;
  for (const [i, secondary] of secondaries.entries()) {
    if (i === 0 || i === 6) continue; // Hilsea Lines and Portsdown Hill, above
    const isAcademy = /academy/i.test(secondary.type);
    const name = `${places[urn - 990001] ?? `School ${urn}`} ${isAcademy ? 'Academy' : 'School'}`;
    schools.push(
      school(urn, la, name, secondary.type, 'Secondary', isAcademy ? { trustId: nextTrust() } : {}),
    );
    grades.set(urn, secondary.grade);
    urn += 1;
  }
  schools.push(
    school(urn, la, 'Mary Rose Academy', 'Academy special sponsor led', 'Not applicable', {
      trustId: nextTrust(),
    }),
  );
  grades.set(urn++, 2);
  schools.push(school(urn, la, 'Redwood Park School', 'Community special school', 'Not applicable'));
  grades.set(urn++, 1);
  // Primary-phase schools until 63 in all: the rest of the 21 academies, then maintained schools.
  while (urn <= 990063) {
    const place = places[urn - 990001] ?? `School ${urn}`;
    const kind = urn % 9 === 0 ? 'Infant' : urn % 9 === 1 ? 'Junior' : 'Primary';
    const trustId = academyIndex < academyTrust.length ? nextTrust() : null;
    const type = trustId
      ? urn % 4 === 0
        ? 'Academy sponsor led'
        : 'Academy converter'
      : urn % 5 === 0
        ? 'Voluntary aided school'
        : urn % 7 === 0
          ? 'Voluntary controlled school'
          : 'Community school';
    schools.push(
      school(urn, la, `${place} ${kind} ${trustId ? 'Academy' : 'School'}`, type, 'Primary', {
        trustId,
        religiousCharacter:
          type === 'Voluntary aided school'
            ? 'Roman Catholic'
            : type === 'Voluntary controlled school'
              ? 'Church of England'
              : null,
      }),
    );
    grades.set(urn, urn % 6 === 0 ? 1 : 2);
    urn += 1;
  }

  const demoInspections = schools.flatMap((s) => {
    const grade = grades.get(s.urn) ?? 2;
    const latest = inspection(s.urn, dayIn(2012 + (s.urn % 4), s.urn), grade);
    // Most schools also have an earlier inspection; requiring improvement ones were good before.
    const earlier = inspection(
      s.urn,
      dayIn(2008 + (s.urn % 2), s.urn + 5),
      grade >= 3 ? 2 : Math.min(3, grade + (s.urn % 2)),
    );
    return [earlier, latest];
  });

  return {
    trusts: demoTrusts,
    establishments: schools,
    memberships: schools.flatMap((s) =>
      s.trustId
        ? [{ urn: s.urn, groupId: s.trustId, joinedOn: dayIn(2012 + (s.urn % 4), s.urn + 2), source: 'demo' }]
        : [],
    ),
    inspections: demoInspections,
    earlyYears: [],
    conversions: [
      {
        urn: 990002,
        stage: 'Academy order issued',
        academyOrderOn: '2016-07-01',
        sponsor: 'Solent Shore Learning Trust (demonstration)',
        expectedOn: '2017-01-01',
        source: 'demo',
      },
      { urn: 990001, stage: 'Considering', source: 'demo' },
      { urn: 990006, stage: 'Considering', source: 'demo' },
    ],
  };
}

/** Seed 003's table, one line a phase: schools, and how many were good or outstanding in Sept 2014 and Sept 2015. */
const plymouthTable = [
  { phase: 'Primary', type: 'Community school', schools: 70, graded2014: 67, good2014: 51, good2015: 54 },
  { phase: 'Secondary', type: 'Academy converter', schools: 16, graded2014: 16, good2014: 12, good2015: 12 },
  {
    phase: 'Not applicable',
    type: 'Community special school',
    schools: 8,
    graded2014: 8,
    good2014: 7,
    good2015: 7,
  },
];

function plymouth(): DemoRegister {
  const la = demoSecondLocalAuthority;
  const schools: Establishment[] = [];
  const demoInspections: Inspection[] = [];
  let urn = 991001;
  for (const row of plymouthTable) {
    for (let i = 0; i < row.schools; i++, urn++) {
      const place = plymouthPlaces[urn - 991001] ?? `School ${urn}`;
      const suffix =
        row.phase === 'Primary' ? 'Primary School' : row.phase === 'Secondary' ? 'Academy' : 'Special School';
      schools.push(school(urn, la, `${place} ${suffix}`, row.type, row.phase, { openedOn: '2005-09-01' }));
      if (i < row.graded2014) {
        // Graded before September 2014: the first good2014 of them good or outstanding.
        const good = i < row.good2014;
        demoInspections.push(inspection(urn, dayIn(2011 + (i % 3), i), good ? (i % 5 === 0 ? 1 : 2) : 3));
      } else {
        // Not yet inspected in September 2014; first inspected (and judged good) during 2014/15.
        demoInspections.push(inspection(urn, `2015-0${1 + (i % 6)}-15`, 2));
      }
    }
  }
  // During 2014/15 one primary improved to good and another fell to requiring improvement: the
  // September 2015 column moves by the three newly inspected schools only, as seed 003's does.
  const improved = schools.find(
    (s) =>
      s.phase === 'Primary' && demoInspections.some((d) => d.urn === s.urn && d.overallEffectiveness === 3),
  );
  const declined = schools.find(
    (s) =>
      s.phase === 'Primary' && demoInspections.some((d) => d.urn === s.urn && d.overallEffectiveness === 2),
  );
  if (improved) demoInspections.push(inspection(improved.urn, '2015-03-11', 2));
  if (declined) demoInspections.push(inspection(declined.urn, '2015-05-20', 3));

  const earlyYearsCounts = [
    { providerType: 'Childcare on non-domestic premises (PVI)', n: 105 },
    { providerType: 'Childminder', n: 48 },
    { providerType: 'Nursery class in a maintained school', n: 20 },
    { providerType: 'Nursery school', n: 2 },
  ];
  let reference = 1;
  const earlyYears = earlyYearsCounts.flatMap(({ providerType, n }) =>
    Array.from({ length: n }, (_, i) => {
      const ref = `EYDEMO${String(reference++).padStart(4, '0')}`;
      return {
        reference: ref,
        name:
          providerType === 'Childminder'
            ? `Childminder ${ref}`
            : `${plymouthPlaces[i % plymouthPlaces.length] ?? 'Plymouth'} ${providerType === 'Nursery school' ? 'Nursery School' : 'Pre-school'}`,
        providerType,
        laCode: la.code,
        overallEffectiveness: i % 11 === 0 ? null : i % 9 === 0 ? 3 : i % 4 === 0 ? 1 : 2,
        inspectedOn: i % 11 === 0 ? null : dayIn(2012 + (i % 3), i),
        isDemonstration: true,
      };
    }),
  );
  return {
    trusts: [],
    establishments: schools,
    memberships: [],
    inspections: demoInspections,
    earlyYears,
    conversions: [],
  };
}

export function demoRegister(): DemoRegister {
  const parts = [portsmouth(), plymouth()];
  return {
    trusts: parts.flatMap((p) => p.trusts),
    establishments: parts.flatMap((p) => p.establishments),
    memberships: parts.flatMap((p) => p.memberships),
    inspections: parts.flatMap((p) => p.inspections),
    earlyYears: parts.flatMap((p) => p.earlyYears),
    conversions: parts.flatMap((p) => p.conversions),
  };
}
