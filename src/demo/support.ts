import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';

// Support brokering in the demonstration (SPEC C6). Seeds 000 and 001 name the system leaders by
// role, not by name: the Portsmouth Teaching School Alliance that the council contracts to deliver
// school improvement (seed 001, 5.2), National and Local Leaders of Education, a Specialist Leader
// and a National Leader of Governance (seed 000, 1.4). So does the demonstration. Their deployments
// in 2016/17 are made up, one in each status, to show the path a deployment takes.

type Leader = Parameters<Services['systemLeaders']['addLeader']>[1] & { account?: string };

const leaders: Leader[] = [
  {
    name: 'Portsmouth Teaching School Alliance (demonstration)',
    designation: 'TSA',
    homeUrn: 990005,
    specialisms: ['primary', 'leadership', 'maths', 'English'],
    daysPerYear: 60,
  },
  {
    name: 'National Leader of Education (demonstration)',
    designation: 'NLE',
    designatedOn: '2014-09-01',
    expiresOn: '2028-08-31',
    homeUrn: 990003,
    specialisms: ['primary', 'leadership', 'pupil premium'],
    daysPerYear: 20,
    account: 'leader@beacon.example',
  },
  {
    name: 'Local Leader of Education (demonstration)',
    designation: 'LLE',
    designatedOn: '2015-09-01',
    homeUrn: 990004,
    specialisms: ['secondary', 'maths', 'attendance'],
    daysPerYear: 15,
  },
  {
    name: 'Specialist Leader of Education, SEND (demonstration)',
    designation: 'SLE',
    homeUrn: 990007,
    specialisms: ['special', 'SEND'],
    daysPerYear: 10,
  },
  {
    name: 'National Leader of Governance (demonstration)',
    designation: 'NLG',
    expiresOn: '2027-08-31',
    specialisms: ['governance'],
    daysPerYear: 12,
  },
];

type Step = 'agreed' | 'deployed' | 'completed' | 'declined' | 'cancelled';

const deploymentsShown: {
  leader: number;
  urn: number;
  purpose: string;
  objectives: string[];
  days: number;
  startsOn: string;
  endsOn: string;
  steps: Step[];
  visits?: { visitedOn: string; days: number; note: string }[];
  review?: { term: string; ratings: ('red' | 'amber' | 'green')[]; overall: string };
}[] = [
  {
    leader: 1,
    urn: 990002,
    purpose: 'Leadership support while the school is causing concern: progress in reading and maths',
    objectives: [
      'Senior leaders check the quality of teaching accurately',
      'Pupils’ progress in maths improves',
    ],
    days: 8,
    startsOn: '2016-10-03',
    endsOn: '2017-07-21',
    steps: ['agreed', 'deployed'],
    visits: [
      { visitedOn: '2016-10-10', days: 1, note: 'Joint lesson observations with the head' },
      { visitedOn: '2016-11-14', days: 0.5, note: 'Maths book scrutiny' },
    ],
    review: { term: 'Autumn 2016', ratings: ['green', 'amber'], overall: 'progressing' },
  },
  {
    leader: 2,
    urn: 990006,
    purpose: 'Attendance and maths at Key Stage 4',
    objectives: ['Persistent absence falls', 'Maths teaching at Key Stage 4 is consistently good'],
    days: 6,
    startsOn: '2016-11-01',
    endsOn: '2017-03-31',
    steps: ['agreed'],
  },
  {
    leader: 0,
    urn: 990002,
    purpose: 'Middle leaders’ development programme',
    objectives: ['Middle leaders lead improvement in their subjects'],
    days: 10,
    startsOn: '2016-09-12',
    endsOn: '2016-12-16',
    steps: ['agreed', 'deployed', 'completed'],
    visits: [{ visitedOn: '2016-09-19', days: 2, note: 'Middle leaders’ workshops' }],
    review: { term: 'Autumn 2016', ratings: ['green'], overall: 'progressing well' },
  },
  {
    leader: 4,
    urn: 990006,
    purpose: 'A review of governance',
    objectives: ['Governors hold leaders to account for pupils’ progress'],
    days: 3,
    startsOn: '2017-01-09',
    endsOn: '2017-03-31',
    steps: [],
  },
  {
    leader: 3,
    urn: 990001,
    purpose: 'Provision for pupils with SEND',
    objectives: ['The SEND register is accurate and reviewed termly'],
    days: 2,
    startsOn: '2016-10-03',
    endsOn: '2016-12-16',
    steps: ['declined'],
  },
  {
    leader: 0,
    urn: 990006,
    purpose: 'English at Key Stage 3',
    objectives: ['Reading ages at Key Stage 3 are tracked and acted on'],
    days: 4,
    startsOn: '2016-10-03',
    endsOn: '2017-02-10',
    steps: ['cancelled'],
  },
];

const whyOf: Record<Step, string> = {
  agreed: 'Agreed with the headteacher and governors',
  deployed: 'The first visit is booked',
  completed: 'The objectives are met',
  declined: 'The school is using its own trust’s specialist',
  cancelled: 'The school has found support within its own federation',
};

export async function loadDemoSupport(
  services: Services,
  loader: Actor,
  userIdOf: (email: string) => Promise<number | null>,
) {
  const ids: number[] = [];
  for (const { account, ...leader } of leaders)
    ids.push(
      await services.systemLeaders.addLeader(loader, {
        ...leader,
        userId: account ? await userIdOf(account) : null,
        isDemonstration: true,
      }),
    );
  for (const d of deploymentsShown) {
    const id = await services.deployments.propose(
      loader,
      {
        leaderId: ids[d.leader] ?? 0,
        urn: d.urn,
        purpose: d.purpose,
        objectives: d.objectives.map((text) => ({ text, areas: [] })),
        daysAgreed: d.days,
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        isDemonstration: true,
      },
      null,
    );
    for (const step of d.steps) {
      await services.deployments.move(loader, id, { to: step, why: whyOf[step] });
      // Visits are logged and the first review written once it is under way, before it completes.
      if (step === 'deployed')
        for (const visit of d.visits ?? []) await services.deployments.logVisit(loader, id, visit);
      if (step === 'deployed' && d.review)
        await services.deployments.review(loader, id, {
          term: d.review.term,
          ratings: d.review.ratings.map((rating) => ({ rating, comment: '' })),
          overall: d.review.overall,
        });
    }
  }
  await loadDemoCommissioning(services, loader, ids);
}

// Seed 000 4.2: "Challenge the Gap" — "minimum of 10 schools to take part", "delivery of six
// training workshops" in "June, Sept, Nov 2016 & Jan, March, June 2017"; 4.1: pupil premium reviews
// with the Teaching School Alliance. The schools, days, costs and attendance are made up.
// Four academies and eight maintained primaries.
const challengeTheGapSchools = Array.from({ length: 12 }, (_, i) => 990026 + i);
const workshops = ['2016-06-15', '2016-09-21', '2016-11-16', '2017-01-18', '2017-03-15', '2017-06-14'];
const reviewSchools = [990042, 990043, 990044, 990045, 990046, 990047];

async function planParts(services: Services) {
  const portsmouth = (await services.plans.list()).find((p) => p.organisation === 'Portsmouth City Council');
  if (!portsmouth) return { actionOf: () => null, kpiOf: () => [] };
  const plan = await services.plans.get(portsmouth.id);
  const actions = plan.priorities.flatMap((p) => p.actions);
  return {
    actionOf: (number: string) => actions.find((a) => a.number === number)?.id ?? null,
    kpiOf: (measure: string) => plan.kpis.filter((k) => k.measure === measure).map((k) => k.id),
  };
}

/** Challenge the Gap and the pupil premium reviews, and the 2016/17 commissioning plan that pays for them. */
export async function loadDemoCommissioning(services: Services, loader: Actor, leaderIds: readonly number[]) {
  const { actionOf, kpiOf } = await planParts(services);
  const challenge = await services.programmes.create(loader, {
    name: 'Challenge the Gap',
    purpose:
      'A whole school improvement programme of evidence based strategies tailored to each school, first for a small group of its most vulnerable pupils and then for all of them',
    provider: 'Portsmouth Teaching School Alliance with Challenge Partners',
    cost: 36000,
    funder: 'Schools Forum (demonstration)',
    startsOn: '2016-06-01',
    endsOn: '2017-07-21',
    kpiIds: kpiOf('KS2 reading, writing and maths at the expected standard'),
    impactIndicator: 'KS2RWM_Expected_STD',
    baselineYear: 2016,
    outcomeYear: 2017,
    isDemonstration: true,
  });
  await services.programmes.addSchools(loader, challenge, challengeTheGapSchools);
  for (const [i, heldOn] of workshops.entries())
    await services.programmes.addSession(loader, challenge, {
      title: `Workshop ${String(i + 1)}`,
      heldOn,
      // Most schools at most workshops: each misses one, in turn.
      attended: challengeTheGapSchools.filter((urn, j) => (j + i) % 6 !== 0),
    });
  const reviews = await services.programmes.create(loader, {
    name: 'Pupil premium reviews',
    purpose: 'Trained facilitators review each school’s use of the pupil premium and offer bespoke support',
    provider: 'Portsmouth Teaching School Alliance',
    cost: 9000,
    funder: 'Council school improvement grant (demonstration)',
    startsOn: '2016-09-01',
    endsOn: '2017-07-21',
    isDemonstration: true,
  });
  await services.programmes.addSchools(loader, reviews, reviewSchools);
  await services.programmes.addSession(loader, reviews, {
    title: 'Facilitators’ training',
    heldOn: '2016-10-05',
    attended: [],
  });
  await services.qualityReviews.judge(
    loader,
    { programmeId: challenge },
    {
      judgement: 'effective',
      evidence:
        'Every school came to five of the six workshops; leaders’ evaluations and two visits found the strategies in use for the targeted pupils',
      judgedOn: '2017-07-14',
    },
  );

  const year = 2016;
  await services.commissioning.setPriorities(
    loader,
    year,
    'Schools where pupils make below expected progress, and schools causing concern\nDisadvantaged pupils and white British boys: closing the gap\nLeadership and governance in the schools that need it most',
  );
  const lines = [
    {
      title: 'School improvement for schools causing concern, led by the Operational Group',
      actionId: actionOf('1.4'),
      providerKind: 'teaching school alliance',
      provider: 'Portsmouth Teaching School Alliance',
      budget: 120000,
      funder: 'Council school improvement budget (demonstration)',
      startsOn: '2016-09-01',
      endsOn: '2017-08-31',
      status: 'in progress',
    },
    {
      title: 'Challenge the Gap',
      actionId: actionOf('4.2'),
      providerKind: 'teaching school alliance',
      provider: 'Portsmouth Teaching School Alliance with Challenge Partners',
      programmeId: challenge,
      budget: 36000,
      funder: 'Schools Forum (demonstration)',
      startsOn: '2016-06-01',
      endsOn: '2017-07-21',
      status: 'in progress',
    },
    {
      title: 'Pupil premium reviews',
      actionId: actionOf('4.1'),
      providerKind: 'teaching school alliance',
      provider: 'Portsmouth Teaching School Alliance',
      programmeId: reviews,
      budget: 9000,
      funder: 'Council school improvement grant (demonstration)',
      startsOn: '2016-09-01',
      endsOn: '2017-07-21',
      status: 'commissioned',
    },
    {
      title: 'National Leader of Education for schools causing concern',
      actionId: actionOf('1.4'),
      providerKind: 'system leader',
      leaderId: leaderIds[1] ?? null,
      budget: 8000,
      funder: 'Council school improvement budget (demonstration)',
      startsOn: '2016-10-01',
      endsOn: '2017-07-21',
      status: 'in progress',
    },
    {
      title: 'Analysis of results and in-year data for the annual challenge process',
      actionId: actionOf('1.2'),
      providerKind: 'local authority team',
      provider: 'The council’s data team',
      budget: 0,
      funder: 'Council (officers’ time)',
      startsOn: '2016-09-01',
      endsOn: '2017-08-31',
      status: 'in progress',
    },
  ];
  for (const line of lines) await services.commissioning.addLine(loader, year, line);
  await services.commissioning.approve(loader, year, {
    reference: 'Portsmouth Education Partnership Executive Board (demonstration)',
    approvedOn: '2016-07-14',
  });
}
