import type { BoardsService } from '../governance/boards/service.ts';
import type { MeetingsService } from '../governance/meetings/service.ts';

// Seed 001's boards, as its papers write them: the Education Advisory Board that met on 30 September
// 2016 (its notice of meeting's membership), and the shadow Strategic Board and Operational Group of
// the Portsmouth Education Partnership (the draft terms of reference in its appendices 3 and 4, with
// the names it proposes). The papers give no terms for members, so none are recorded.

type NewBoard = Parameters<BoardsService['createBoard']>[1];

const draftedOn = '2016-09-30';
const holders = (...names: string[]) => names.map((name) => ({ name }));

export function seed001Boards(chairUserId: number | null): NewBoard[] {
  return [
    {
      board: {
        name: 'Education Advisory Board',
        kind: 'advisory board',
        accountableTo: null,
        frequency: 'as agreed at each meeting',
        // The notice of meeting sets no quorum; a council committee's papers go out five clear
        // working days before (Local Government Act 1972, s.100B).
        quorumFraction: null,
        noticeDays: 5,
        noticeCounted: 'clearWorking',
        isDemonstration: true,
      },
      seats: [
        {
          title: 'Chair',
          places: 1,
          membership: 'voting',
          office: 'chair',
          holders: holders('Councillor Neill Young'),
        },
        {
          title: 'Councillors',
          places: 4,
          membership: 'voting',
          holders: holders(
            'Councillor Alicia Denny',
            'Councillor John Ferrett',
            'Councillor Suzy Horton',
            'Councillor Will Purvis',
          ),
        },
        {
          title: 'Diocesan representatives - Church of England and Roman Catholic',
          places: 2,
          membership: 'co-opted',
        },
        { title: 'Teacher Liaison Panel representative', places: 1, membership: 'co-opted' },
      ],
    },
    {
      board: {
        name: 'Strategic Board (shadow)',
        kind: 'strategic board',
        accountableTo: 'Portsmouth Education Partnership',
        frequency: 'termly',
        quorumFraction: 0.5,
        noticeDays: 7,
        noticeCounted: 'calendar',
        isDemonstration: true,
      },
      terms: {
        agreedOn: draftedOn,
        status: 'draft',
        purpose:
          'The purpose of the Strategic Board is to oversee the work of the Portsmouth Education Partnership (PEP). It will provide overall strategic direction, and approve an annual work programme.',
        responsibilities: [
          'Approve a two year strategy for education in Portsmouth 2016 - 2018 including ambitious targets for improvement',
          'Identify priorities for improvement and agree an annual programme of work, package of support and allocation of resources to achieve agreed outcomes',
          'Receive and approve reports from the PEP Operational Group',
          'Use data and other evidence to monitor impact, evaluate progress and highlight areas for discussion where targeted support might be required',
        ],
      },
      seats: [
        {
          title: 'Independent chair',
          places: 1,
          membership: 'voting',
          office: 'chair',
          holders: [{ name: 'Hilary Loder', userId: chairUserId }],
        },
        {
          title: 'Secondary headteachers',
          places: 2,
          membership: 'voting',
          holders: holders('Simon Graham', 'Sara Spivey'),
        },
        { title: 'Special headteacher', places: 1, membership: 'voting', holders: holders('Alison Beane') },
        {
          title: 'Primary headteachers',
          places: 3,
          membership: 'voting',
          holders: holders('Lucy Wilby', 'Polly Honeychurch', 'Clare Stevens'),
        },
        {
          title: 'Academy trusts',
          places: 3,
          membership: 'voting',
          holders: holders('Sue Samson (UCAT)', 'Joy Waeland (ARK)', 'Steve Labedz (Salterns)'),
        },
        {
          title: 'Post-16 Principals',
          places: 2,
          membership: 'voting',
          holders: holders('Steve Frampton', 'Stella Mbubaegbu'),
        },
        {
          title: 'Higher Education representative',
          places: 1,
          membership: 'voting',
          holders: holders('Paul Hayes'),
        },
        {
          title: 'Director of Children’s Services, PCC',
          places: 1,
          membership: 'voting',
          holders: holders('Alison Jeffery'),
        },
        {
          title: 'Deputy Director of Children’s Services - Education, PCC',
          places: 1,
          membership: 'voting',
          holders: holders('Mike Stoneman'),
        },
        {
          title: 'Director, Teaching School(s)',
          places: 1,
          membership: 'voting',
          holders: holders('Jo Peach'),
        },
        { title: 'Solent EBP', places: 1, membership: 'voting', holders: holders('Cath Longhurst') },
        {
          title: 'Dioceses - Catholic and CofE',
          places: 2,
          membership: 'voting',
          holders: holders('Urszula Topp', 'Jeff Williams'),
        },
        {
          title: 'Deputy Director of the Regional Schools Commissioner',
          places: 1,
          membership: 'voting',
          holders: holders('Maria Dawes'),
        },
      ],
    },
    {
      board: {
        name: 'Operational Group (shadow)',
        kind: 'operational group',
        accountableTo: 'Strategic Board (shadow)',
        frequency: 'at least half-termly',
        // Its draft terms of reference set no quorum.
        quorumFraction: null,
        noticeDays: 7,
        noticeCounted: 'calendar',
        isDemonstration: true,
      },
      terms: {
        agreedOn: draftedOn,
        status: 'draft',
        purpose:
          'The purpose of the Operational Group is to provide the professional workforce, expertise and advice that will enable the Strategic Board to carry out its strategic function, particularly in relation to improving standards of teaching and learning. It will be the engine behind the Partnership, responsible for analysis of data and trends, performance management and agreeing support for schools causing concern.',
        responsibilities: [
          'Present to the Strategic Board a recommended annual programme of work, package of support and allocation of resources to achieve agreed outcomes that include school improvement but also other areas that may warrant support (and where sub groups or task and finish groups may have to be convened).',
          'Undertake an initial high level desk top review and evaluation of all schools in order to identify for the Strategic Board those that are a cause for concern and would benefit from targeted challenge and support and those that may benefit from other support and CPD. For LA Maintained Schools this will form part of the school improvement contract between PCC and the Portsmouth Teaching School Alliance.',
          'Present to the Strategic Board a half termly report on the identified / supported schools using data and other evidence to monitor impact and progress',
        ],
      },
      seats: [
        {
          title: 'Director of Learning, Portsmouth Teaching School Alliance',
          places: 1,
          membership: 'voting',
          holders: holders('Jo Peach'),
        },
        {
          title: 'Deputy Director of Children’s Services - Education',
          places: 1,
          membership: 'voting',
          holders: holders('Mike Stoneman'),
        },
        {
          title: 'Director of the Maths Hub',
          places: 1,
          membership: 'voting',
          holders: holders('Barbara Rogers'),
        },
        {
          title: 'Headteachers - Primary, Secondary, Special, Academies',
          places: 6,
          membership: 'voting',
          holders: holders(
            'Sara Spivey',
            'Debbie Anderson',
            'Daemon Hewitt-Dale',
            'Simon Graham',
            'Alison Beane',
          ),
        },
        {
          title: 'PCC data team representatives',
          places: 2,
          membership: 'voting',
          holders: holders('Penny Lane', 'Andre Mere'),
        },
        {
          title: 'Other PCC officers',
          places: 2,
          membership: 'voting',
          holders: holders('Julia Katherine', 'Neil Stevenson'),
        },
      ],
    },
  ];
}

type NewMeeting = Parameters<MeetingsService['createMeeting']>[2];

/** Seed 001's notice of meeting and agenda, as written; item 3 is the report on pages 1 to 54. */
export const seed001Meeting: NewMeeting = {
  heldOn: '2016-09-30',
  startsAt: '3.30 pm',
  venue: 'Conference Room B - Second Floor, Civic Offices',
  enquiries: 'Lisa Gallacher, 02392 834056',
  agenda: [
    { kind: 'apologies', title: 'Apologies for absence' },
    { kind: 'declarations', title: 'Declarations of interests' },
    {
      kind: 'report',
      title:
        'Development of the Portsmouth Education Partnership and the transition to a schools led, self-improving system',
      pages: '1 - 54',
      decisionMaker: 'Education Advisory Board',
      reportFrom: 'Alison Jeffery, Director of Children’s Services',
      reportBy: 'Mike Stoneman, Deputy Director of Children’s Services - Education',
      purpose: [
        'the changing educational landscape and implications for Portsmouth',
        'proposals to establish an Education Partnership for Portsmouth',
        'the approach the council is now taking with regard to school improvement and academisation',
        'a summary of the provisional outcomes for 2015/16',
      ],
      recommendations: [
        'The progress that has been made to establish the Portsmouth Education Partnership',
        'The approach the council is taking with regard to school improvement and academisation',
        'The provisional educational outcomes for 2015/16',
        'That a report will be taken to the next meeting of the Education Advisory Board to provide an update on all of the above and to include details of a new education strategy for the City.',
      ],
    },
    { kind: 'future meetings', title: 'Dates of Future Meetings' },
  ],
};
