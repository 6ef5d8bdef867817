// Demonstration schools and trusts for the demo local authority. They are made up (URNs 990001 on,
// outside the range DfE has issued) and flagged as demonstration data wherever they appear.
export const demoLocalAuthority = { code: '851', name: 'Portsmouth' };

export const demoTrusts = [
  { id: 'DEMO-T1', name: 'Solent Shore Learning Trust (demonstration)', groupType: 'Multi-academy trust' },
  { id: 'DEMO-T2', name: 'Harbour Lights Academy Trust (demonstration)', groupType: 'Multi-academy trust' },
];

export const demoSchools = [
  {
    urn: 990001,
    name: 'Harbourside Primary School',
    phase: 'Primary',
    establishmentType: 'Community school',
    trustId: null,
  },
  {
    urn: 990002,
    name: 'Spinnaker Junior School',
    phase: 'Primary',
    establishmentType: 'Foundation school',
    trustId: null,
  },
  {
    urn: 990003,
    name: 'Southsea Common Academy',
    phase: 'Primary',
    establishmentType: 'Academy converter',
    trustId: 'DEMO-T1',
  },
  {
    urn: 990004,
    name: 'Hilsea Lines Academy',
    phase: 'Secondary',
    establishmentType: 'Academy sponsor led',
    trustId: 'DEMO-T1',
  },
  {
    urn: 990005,
    name: 'Eastney Marsh Academy',
    phase: 'Primary',
    establishmentType: 'Academy converter',
    trustId: 'DEMO-T2',
  },
  {
    urn: 990006,
    name: 'Portsdown Hill School',
    phase: 'Secondary',
    establishmentType: 'Community school',
    trustId: null,
  },
  {
    urn: 990007,
    name: 'Round Tower Special School',
    phase: 'Special',
    establishmentType: 'Community special school',
    trustId: null,
  },
];
