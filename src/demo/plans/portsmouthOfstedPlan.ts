// Portsmouth City Council's action plan of 3 June 2016 (seed 000), answering Ofsted's inspection of
// its school improvement arrangements: the five areas for improvement, the glossary of lead roles,
// eight priorities and actions 1.1 to 8.3, as the council wrote them. Typing slips are kept as
// written (action 1.4's lead "HIS", action 6.4's "206/17"): Beacon flags them rather than guess.
import type { SeedPlan } from './types.ts';

export const portsmouthOfstedPlan: SeedPlan = {
  title:
    'Detailed action plan to address issues identified by Ofsted in its inspection of the arrangements for school improvement in Portsmouth',
  organisation: 'Portsmouth City Council',
  kind: 'action plan',
  publishedOn: '3 June 2016',
  ownerRole: 'DDCS',
  source: 'Portsmouth City Council, action plan after Ofsted’s inspection of school improvement, 3 June 2016',
  introduction:
    "The Action Plan responds to the findings of the Ofsted inspection undertaken in February 2016 of Portsmouth City Council's arrangements for supporting school improvement. A step change is required in outcomes at all ages.",
  glossary: [
    { code: 'DCS', title: "Director of Children's Services" },
    { code: 'DDCS', title: "Deputy Directory of Children's Services - Education" },
    { code: 'HSI', title: 'Head of School Improvement (Interim)' },
    { code: 'HI', title: 'Head of Inclusion' },
    { code: 'HSPR', title: 'Head of Sufficiency, Participation and Resources' },
    { code: 'SIO', title: 'School Improvement Officers' },
    { code: 'PCM', title: 'Post-16 Commissioning Manager' },
    { code: 'SIM', title: "Strategic Information Manager - Children's Services" },
    { code: 'EGM', title: 'Economic Growth Manager' },
    { code: 'CM', title: 'Cabinet Member for Education' },
    { code: 'PTSA', title: 'Portsmouth Teaching School Alliance' },
  ],
  areas: [
    {
      number: '1',
      text: "Robustly challenge all providers of education to improve pupils' and learners' rates of progress at every stage, particularly disadvantaged pupils and boys",
    },
    {
      number: '2',
      text: 'Set out clearly the role and function of local authority school improvement services in championing excellence in all Portsmouth schools and colleges, including academies',
    },
    {
      number: '3',
      text: 'Agree precisely with stakeholders how officers broker and quality assure the support made available to schools and other providers from external sources and between schools',
    },
    {
      number: '4',
      text: 'Ensure all local authority school improvement services are held firmly to account for their contribution to raising standards and improving lives',
    },
    {
      number: '5',
      text: "Promote effective collaboration between local authority school improvement services, to accelerate improvements in department's performance and maximise the local authority's impact in raising educational standards",
    },
  ],
  // Section 6, "Success measures", as KPIs: all by September 2018, the 2017/18 results.
  kpis: [
    {
      number: 'SM1',
      priority: '2',
      measure: 'KS2 reading, writing and maths at the expected standard',
      indicatorKey: 'KS2RWM_Expected_STD',
      rule: { kind: 'rankBand', band: 'top half' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome: 'At Key Stage 2 all indicators within the top 50% of authorities by September 2018',
    },
    {
      number: 'SM2',
      priority: '2',
      measure: 'Attainment 8',
      indicatorKey: 'AVG_Attain8_Score',
      rule: { kind: 'rankBand', band: 'top half' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome:
        'At Key Stage 4 all indicators, including Ebacc achievement, Progress 8 and Attainment 8, within the top 50% of authorities by September 2018',
    },
    {
      number: 'SM3',
      priority: '2',
      measure: 'Progress 8',
      indicatorKey: 'AVG_Prog8_Score',
      rule: { kind: 'rankBand', band: 'top half' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome:
        'At Key Stage 4 all indicators, including Ebacc achievement, Progress 8 and Attainment 8, within the top 50% of authorities by September 2018',
    },
    {
      number: 'SM4',
      priority: '6',
      measure: 'Overall absence',
      indicatorKey: 'TotAbs',
      rule: { kind: 'better', comparator: 'England' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome:
        'Overall absence and persistent absence rates for all schools better than those nationally by September 2018',
    },
    {
      number: 'SM5',
      priority: '6',
      measure: 'Persistent absence',
      indicatorKey: 'TotPerAbNew',
      rule: { kind: 'better', comparator: 'England' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome:
        'Overall absence and persistent absence rates for all schools better than those nationally by September 2018',
    },
    {
      number: 'SM6',
      priority: '2',
      measure: 'Schools judged good or outstanding',
      indicatorKey: null,
      fromRegister: true,
      rule: { kind: 'allGood' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome: 'All schools good or outstanding by September 2018',
    },
    {
      number: 'SM7',
      priority: '8',
      measure: 'Participation in education and training at 16 and 17',
      indicatorKey: 'Participation_16_17',
      rule: { kind: 'improveBy', points: 5 },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome:
        'Improve participation at 16 and 17 by at least 5 points and be within the top 50% of authorities by September 2018',
    },
    {
      number: 'SM8',
      priority: '4',
      measure: 'EYFS good level of development: SEN pupils and boys',
      indicatorKey: null,
      evidence: 'recorded',
      rule: { kind: 'rankBand', band: 'top quartile' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome:
        'At Early Years Foundation Stage improve results for SEN pupils and boys to be in the top quartile of LAs by September 2018',
    },
    {
      number: 'SM9',
      priority: '2',
      measure: 'KS1 writing at the higher level',
      indicatorKey: null,
      evidence: 'recorded',
      rule: { kind: 'rankBand', band: 'top half' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome:
        'At Key Stage 1 raise performance levels for higher level Writing to the top 50% of LAs by September 2018',
    },
    {
      number: 'SM10',
      priority: '4',
      measure: 'KS2 reading, writing and maths: gap between disadvantaged pupils and all pupils',
      indicatorKey: 'KS2RWM_Expected_STD',
      rule: { kind: 'halveGap', between: { group: 'disadvantaged', comparedWith: 'all' } },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome:
        'Outcomes for disadvantaged pupils, boys and SEN pupils will see a halving of the gaps to their comparators',
    },
    {
      number: 'SM11',
      priority: '8',
      measure: 'Participation in education and training at 16 and 17: rank among LAs',
      indicatorKey: 'Participation_16_17',
      rule: { kind: 'rankBand', band: 'top half' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome: 'Participation at 16 and 17 within the top 50% of authorities by September 2018',
    },
    {
      number: 'SM12',
      priority: '8',
      measure: 'Level 2 at 19: gap to national',
      indicatorKey: null,
      evidence: 'recorded',
      rule: { kind: 'halveGap' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome:
        'Halve the gaps to national for achievement at Level 2, Level 3 and GCSE English & Maths at 19 by September 2018',
    },
    {
      number: 'SM13',
      priority: '8',
      measure: 'Level 3 at 19: gap to national',
      indicatorKey: null,
      evidence: 'recorded',
      rule: { kind: 'halveGap' },
      baselinePeriod: 2016,
      targetPeriod: 2018,
      outcome:
        'Halve the gaps to national for achievement at Level 2, Level 3 and GCSE English & Maths at 19 by September 2018',
    },
  ],
  priorities: [
    {
      number: '1',
      title:
        'Establish and implement collaborative arrangements in Portsmouth to support sector-led school improvement',
      areas: ['2', '3'],
      successLooksLike:
        'A collective focus on improving standards in Portsmouth underpinned by school to school support and peer assessment The majority of schools and providers are engaged in intervention, improvement or system leadership through the partnership There is clarity about the respective roles of the LA, Multi Academy Trusts, Teaching Schools and individual schools in terms of school improvement',
      actions: [
        {
          number: '1.1',
          strategic:
            "Establish an Education Partnership for Portsmouth securing the support of all LA maintained schools, academies, academy post-16 providers and the University of Portsmouth Agree and publish a strategic approach to school improvement, supported by the development of a city-wide vision and strategy co-constructed with schools and other partners through the education partnership, replacing the LA's Achieving Excellence Strategy",
          leads: ['DCS', 'DDCS'],
          when: 'May - Sept 2016 Embryonic partnership by Sept 2016 Fully developed by Jan 2017',
          milestones:
            'Consultation with Heads & Principals and other key partners (workshops to be held on 6th & 12th May 2016) - follow up meeting with Joint Executive on 29th June 2016 Model for School Improvement and the Partnership agreed including establishment of Executive Board and Commissioning Group Terms of reference and protocols in place City-wide vision and strategy published',
        },
        {
          number: '1.2',
          strategic:
            'Through the partnership establish a new forward looking annual challenge process, focusing on schools where pupils make below expected progress, underpinned by an annual needs based analysis to determine priorities and use of resources',
          leads: ['HSI', 'SIM'],
          when: 'Annual Fully developed from Sept 2017',
          milestones:
            'Needs based analysis undertaken to determine annual set of priorities Annual set of priorities to determine an annual commissioning plan Impact of all commissioned interventions reported to Executive Board and to elected members through the Education Advisory Panel',
        },
        {
          number: '1.3',
          strategic:
            'Through the partnership and developing further the Challenge Partners model which is already widely used in the City, put in place a local peer assessment targeting schools where progress is less than the agreed threshold, making more effective use of the capacity of schools to support each other, raising aspirations, driving professional accountability and highlighting CPD needs within a school',
          leads: ['DDCS', 'HSI'],
          when: 'From Jan 2017',
          milestones: 'Model for local peer assessment agreed',
        },
        {
          number: '1.4',
          strategic:
            'Agree a system of quality assurance for judging the effectiveness of school improvement work and make more effective use of National, Local and Specialist Leaders of Excellence focused on agreed priorities and schools causing for concern.',
          leads: ['HIS'],
          when: 'From Jan 2017',
          milestones:
            'Establish a new framework for quality assurance, monitoring and evaluation of school improvement work that is commissioned through the Partnership',
        },
        {
          number: '1.5',
          strategic:
            'Put in place a collective leadership development strategy focusing on all levels of leadership from middle to executive headship / MAT leadership, to include: Staying Good and Good to Great networks in partnership with Portsmouth Teaching School Alliance Headteacher & Deputy Headteacher induction programme led by Portsmouth Teaching School Alliance Improving maths and English leadership Challenge Partners Programme',
          leads: ['HSI', 'PTSA', 'Challenge Partners'],
          when: 'Fully developed from Sept 2017',
          milestones: 'Leadership strategy agreed',
        },
        {
          number: '1.6',
          strategic:
            'Working with the University of Portsmouth and FE Colleges in Portsmouth establish: \u2022 A student volunteer placement programme to support teaching and learning in schools focussing on curriculum areas where performance is weak A Science/Technology Hub to expand teacher capacity, develop stronger links with local STEM employers and promote career opportunities - linked to the UTC which opens in Sept 2017',
          leads: ['HSI', 'DDCS', 'EGM', 'From Sept 2017'],
          when: 'By April 2017 Development and launch of Hub Opening of the UTC',
          milestones:
            "Student volunteer placement model agreed with clear protocols in place Model of accreditation of student's work agreed",
        },
      ],
    },
    {
      number: '2',
      title:
        "Robustly challenge all providers of education to improve pupils' and learners' rate of progress at every key stage",
      areas: ['1'],
      successLooksLike:
        'An effective system of identifying and monitoring schools causing concern and clear protocols in place for academies and when to refer a concern to the RSC Pool of National Leaders of Governance and skilled governors which the LA can call upon to strengthen governing bodies and / or implement IEBs No schools causing concern All schools judged to be good or better All schools (3) and academies (1) that are currently Requiring Improvement to be good or better',
      actions: [
        {
          number: '2.1',
          strategic: 'Introduce a new peer challenge process (refer to 1.3)',
          leads: ['DDCS', 'HSI'],
          when: 'From Jan 2017',
          milestones: 'Model for local peer assessment agreed',
        },
        {
          number: '2.2',
          strategic:
            "Strengthen the LA's School Assessment Meetings (SAM) and refine the 3Ms schools causing concern categorisation (minimum, moderate and maximum) so there is a stronger focus on disadvantaged pupils and cohorts of underperforming pupils such as boys, drawing on the peer challenge process above and widening the review process to include the new partnership and Headteacher representation on the SAM",
          leads: ['HSI'],
          when: 'By Sept 2016 Half termly SAM meetings',
          milestones:
            'Revised schools causing concerning categorisation process, involving the new partnership',
        },
        {
          number: '2.3',
          strategic:
            "In addition to 2.2 focus the LA's school improvement support on LA maintained schools due for re-inspection in 2016/17",
          leads: ['HSI'],
          when: 'On-going',
          milestones: 'All schools to be Good or better',
        },
        {
          number: '2.4',
          strategic:
            'Adopt a consistent and robust challenge for academies that are a cause for concern and refer to the Regional Schools Commissioner as appropriate. Where academies are underperforming and are referred to the RSC, ensure there is clear evidence to demonstrate that the LA has both offered support and challenge in discussion with the Academy Trust.',
          leads: ['DDCS', 'HSI'],
          when: 'By Dec 2016 By Sept 2016 Annual',
          milestones:
            'Revision to Portsmouth Academies Protocol and the Support and Intervention Framework Criteria and processes for LA referral to RSC in place and clearly communicated to Academy Trusts Annual strategic meetings with each Academy Trust',
        },
        {
          number: '2.5',
          strategic:
            'Strengthen the challenge and support available to governing bodies and support governors to enable them to hold school leaders to account focusing the work of governors services on schools causing concern through: \u2022 Governance reviews \u2022 Monitoring of minutes \u2022 Strengthening the network of expert governors and National Leaders of Governance (NLG) to further develop skills and expertise to support challenging circumstances e.g. IEB \u2022 Establish a closer link between Governor Services and school improvement officers',
          leads: ['HSI'],
          when: 'By Sept 2016',
          milestones: 'Revision to Governance Strategy',
        },
        {
          number: '2.6',
          strategic:
            'Strengthen the challenge in the secondary phase with a focus on the two LA maintained schools that are Requiring Improvement (King Richard and Mayfield Schools); and improve the quality assurance arrangements of external advisers commissioned by the LA for secondary school improvement',
          leads: ['HSI'],
          when: '2016/17',
          milestones:
            'All LA maintained secondary schools to be good or better Clear quality assurance and supervision in place for external secondary advisers',
        },
      ],
    },
    {
      number: '3',
      title:
        "Make more effective use of the LA's statutory powers of intervention in order to bring about a significant improvement in school performance",
      areas: ['1', '2'],
      successLooksLike:
        'No schools in financial deficit All schools with strong leadership and governance in place No inadequate schools',
      actions: [
        {
          number: '3.1',
          strategic:
            "Revise and strengthen the LA's Support and Intervention Framework in line with the latest DfE guidance 'schools causing concern' and provide clarity about the LA's role in terms of challenge, support and intervention",
          leads: ['HSI'],
          when: 'By Sept 2016',
          milestones:
            'Revised Support and Intervention Framework Revised Academies Protocol Revised school visit programme based on intervention in inverse proportion to success',
        },
        {
          number: '3.2',
          strategic:
            'Use LA powers more swiftly for LA maintained schools that are causing concern in order to effect rapid improvement: Improve consistency and regularity of issuing warning notices to schools that are a cause for concern Strengthen the role of the School Review Group for schools that are of maximum concern Strengthen governing bodies where progress has been insufficient and / or Suspend delegated powers or replace governing bodies with an Interim Executive Board (IEB)',
          leads: ['DDCS'],
          when: 'By May 2016',
          milestones:
            'All schools that are of maximum concern to have been issued with a warning notice and to have School Review Groups in place All schools that are judged to be inadequate to become a sponsored academy',
        },
      ],
    },
    {
      number: '4',
      title:
        'Improve outcomes for underperforming cohorts of children and young people with a particular focus on disadvantaged and vulnerable pupils, boys and SEND',
      areas: ['1'],
      successLooksLike: 'Gap between disadvantaged and peers narrowed (refer to success measures)',
      actions: [
        {
          number: '4.1',
          strategic:
            "Subject to a review through the education partnership, deliver targeted work on pupil premium in partnership with the Portsmouth Teaching School Alliance: \u2022 Train a small group of NLE/LLE/other Heads or Senior Leaders to work as facilitators supporting schools to improve PP outcomes. Using agreed protocols, facilitators would offer: pupil premium reviews and bespoke support \u2022 Select a targeted sample of schools based on analysis of data to undertake a review \u2022 Train other facilitators e.g. LLEs \u2022 Roll out reviews to all interested schools Follow up e.g. 'Challenge the Gap' (refer to 4.3)",
          leads: ['HSI', 'PTSA'],
          when: 'From Sept 2016',
          milestones:
            'Complete review and agree specification for the programme of work during 2016/17 Secure the support of system leaders and agree a targeted sample of schools for implementation',
        },
        {
          number: '4.2',
          strategic:
            "Implement 'Challenge the Gap' - a whole school improvement programme of evidence based strategies tailored to each school that will initially target a small group of each school's most vulnerable pupils and then scale up effective strategies to impact all pupils",
          leads: ['HSI', 'PTSA', 'Challenge Partners'],
          when: 'June, Sept, Nov 2016 & Jan, March, June 2017',
          milestones:
            'Minimum of 10 schools to take part targeting schools with underachieving vulnerable pupils who are currently not being supported by targeted interventions Delivery of six training workshops',
        },
        {
          number: '4.3',
          strategic: 'Complete the evaluation of the secondary',
          leads: [
            'HSI',
            'schools 2015',
            "16 pupil premium initiative and update the LA's Narrowing the Gap publication to include case studies of best practice in terms of strategies, interventions and use of pupil premium (to include the targeted work referred to in 4.1 and 4.2)",
          ],
          when: 'June 2016',
          milestones: 'Evaluation and final report of the secondary Jan 2017',
        },
        {
          number: '4.4',
          strategic:
            'Strengthen the use of proven strategies to meet the needs of all learners who are new to English in particular through Reading Recovery (ECAR) and the Ethnic Minority Achievement Service (EMAS) focusing on some of the most vulnerable groups',
          leads: ['HSI'],
          when: 'From Sept 2016',
          milestones: '',
        },
        {
          number: '4.5',
          strategic:
            "Improve the outcomes for pupils on SEN Support or who have a EHCP by: Extending the ordinarily available provision suite of documents to cover health, preschool and post-16 Develop a shared understanding of how we monitor 'good progress' for those on SEN support Develop an offer of workforce development and support to promote good inclusive practice Monitor the effectiveness of the outreach service (PENSP) on building capacity within mainstream schools Develop school leadership via the SENCO network and through the annual inclusion conference",
          leads: ['HI'],
          when: '2016/17',
          milestones:
            "Extension of 'ordinarily available provision' suite of documents - distributed to all schools with follow up support Improved outcomes for SEND pupils in terms of progress and achievement (refer to success measures) supported by better monitoring",
        },
      ],
    },
    {
      number: '5',
      title:
        'Building on existing strengths make effective use of available school performance data, information and predictions and systematically analyse data in order to identify priorities and ensure that appropriate challenge and support can be given to school leaders and governors',
      areas: ['1', '2', '4'],
      successLooksLike:
        'A clear understanding within the partnership of the strengths and weaknesses and priorities for action Rigorous data analysis across all key stages, including in-year analysis, supported by data sharing agreements',
      actions: [
        {
          number: '5.1',
          strategic:
            'Establish data sharing agreements between the LA and schools / academies (under the auspices of the Portsmouth Education Partnership) whereby the LA collates in-year progress data for all year groups and all core subjects including a focus on disadvantaged pupils, boys and SEND, in addition to the suite of data the LA already draws upon',
          leads: ['SIM'],
          when: 'Agreements in place by Sept 2016 Fully developed by Sept 2017',
          milestones:
            'Data sharing agreements established Annual programme of data analysis agreed New process for collecting in-year progress data Internal reporting systems and processed designed for analysing in-year progress data',
        },
        {
          number: '5.2',
          strategic:
            'Scrutinise and challenge school predictions at KS2 and KS4 through in-year analysis allowing for earlier intervention if required, rather than at the end of each Key Stage, linked to annual performance letters and follow up by School Improvement officer visits',
          leads: ['SIM'],
          when: 'As above Termly',
          milestones:
            'Establish an Attendance Network to promote good practice across the city Provide training for school governors on their role in relation to school attendance Data collection / data sharing protocols in place',
        },
        {
          number: '5.3',
          strategic:
            'Revise and strengthen the LA school profiles that are provided to all schools in order to highlight strengths and areas of development with a particular focus on disadvantaged pupils, boys and SEND Build on the good practice already in place in terms of training in the use of data for headteachers and governing bodies',
          leads: ['SIM'],
          when: 'By Sept 2016 Annual',
          milestones:
            'Revised school profiles Individual School Improvement Plans updated to reflect areas of development identified from the profiles',
        },
      ],
    },
    {
      number: '6',
      title:
        'Accelerate improvements in school attendance particularly for vulnerable groups (LAC, SEND, young carers and children on child protection plans) and those of a secondary school age',
      areas: ['1'],
      successLooksLike:
        'Profile of attendance in schools raised so that all communities, parents & carers are aware of its importance and impact on achievement and life chances Reduction in overall absence and persistence absence in both primary and secondary schools (refer to success measures)',
      actions: [
        {
          number: '6.1',
          strategic:
            "Ensure parents meet their responsibilities to make their child(ren) attend school regularly Ensuring media messages regularly reinforce the link between good attendance and achievement at school and how this impacts positively on employment opportunities and other life outcomes Highlighting the risks that are not going to school regularly can bring Ensure parents understand their responsibilities and legal consequences Ensure parents know what we mean by 'school ready' Ensure schools and parents have access to information about recuperation timescales if their child is sick Ensuring parents know who they can talk to if they have a concern about attendance",
          leads: ['HI'],
          when: '2016/17 Termly messages to parents',
          milestones:
            "Attendance Strategy published Communications / media campaign in place for 2016/17 - strong focus on parents / carers Market research completed to capture parent's views on what would help them to support regular attendance",
        },
        {
          number: '6.2',
          strategic:
            'Strengthen the challenge to schools and ensure schools have in place effective leadership and management of attendance',
          leads: [
            'HI',
            'LA',
            'to provide targeted support and training to school leaders and governors to promote best practice, make effective use of attendance data, Where school attendance rates are a cause for concern the',
            'will formally write to the Head',
            'CoG requesting a response and where there is insufficient progress the',
            "will visit the school and if necessary issue a warning notice in accordance with the LA's support and intervention framework Intelligence about attendance shared at LA's School Assessment Meetings (SAM) Strengthen the information available to schools in terms of proven strategies",
            "examples of best practice 'what works'; data reports",
          ],
          when: '2016/17',
          milestones:
            'Programme of targeted support and training in place from Sept 2016 Support and Intervention Framework updated',
        },
        {
          number: '6.3',
          strategic:
            'Partners provide additional needs based support that contributes to improvement in attendance Provide meaningful pupil and school level attendance data for schools that helps to identify those who are known to be vulnerable / risk of becoming persistently absent Schools and partners put in place effective approaches, assessments and plans for pupils where attendance is a concern',
          leads: ['HI'],
          when: '2016/17',
          milestones:
            'Support partners in ensuring Early Help Profile is used by schools and informs work with Multi Agency Teams Ensure appropriate plans are in place, including Single Assessments, for pupils who are chronic absentees.',
        },
        {
          number: '6.4',
          strategic:
            'Strengthen the profile of key attendance messages in the community with messages that inspire young people to think about plans and goals and where they want to go with their life; raising the profile of role models and key messages from local employers Develop and implement the school attendance marketing campaign Get involved campaign with Capital FM Radio targeting Year 10 pupils in all secondary schools',
          leads: ['HI', 'DDCS'],
          when: '206/17 By Sept 2016',
          milestones:
            'Communications / media campaign in place for 2016/17 Consultation with secondary heads during the summer term 2016 Launch and implementation for 2016/17 academic year',
        },
      ],
    },
    {
      number: '7',
      title:
        "Ensure all LA school improvement services are held firmly to account for their contribution to raising standards and promote effective integration of services to maximise the LA's impact on raising standards in schools",
      areas: ['4', '5'],
      successLooksLike: '',
      actions: [
        {
          number: '7.1',
          strategic:
            'Replace the Schools Standards and Improvement Group (SSIG) with a Member led Education Advisory Panel to enable elected Members to hold senior officers to account both for the direct provision of support and for the facilitation of partnership working',
          leads: ['DCS', 'CM'],
          when: 'From May 2016',
          milestones: 'Education Advisory Panel is established',
        },
        {
          number: '7.2',
          strategic:
            "Ensure robust monitoring and evaluation schedule is in place, with clear reporting lines to: Education Advisory Panel Cabinet Member for Children and Education Children's Services DMT The new education partnership",
          leads: ['DCS'],
          when: 'By Sept 2016',
          milestones: 'Monitoring and evaluation schedule is in place',
        },
        {
          number: '7.3',
          strategic:
            'Implement the restructure of the Education Service and ensure that the effective features of school improvement services are shared across the service',
          leads: ['DDCS'],
          when: 'From May 2016',
          milestones:
            "New structure in place Virtual School moved from Inclusion to School Improvement LA's School Improvement Service maintained and strengthened in 2016/17 but with agreed transition in place to a school-led system underpinned by the partnership",
        },
        {
          number: '7.4',
          strategic:
            'Apply a greater level of scrutiny of LA maintained schools with excess surpluses, implementing more challenge and monitoring',
          leads: ['DCS', 'with respect to schools that are causing concern'],
          when: 'From May 2016 Annual',
          milestones:
            'Excessive surpluses reduced Clear plans in place for schools with large surpluses - rigorously monitored by the LA review, termly monitoring',
        },
        {
          number: '7.5',
          strategic:
            'Elected Members to regularly carry out scrutiny reviews in relation to school improvement, as part of the annual cycle',
          leads: ['DCS', 'CM'],
          when: 'From May 2016',
          milestones:
            'Annual cycle of scrutiny review agreed to include a focus on education and school improvement / raising standards / improving outcomes for disadvantaged, boys and SEND',
        },
      ],
    },
    {
      number: '8',
      title:
        'Improve post-16 outcomes for young people with a particular focus on achievement and progression to skilled employment or higher education',
      areas: ['1'],
      successLooksLike:
        'A collective focus on improving post-16 outcomes for young people in Portsmouth (refer to success measures) Increased profile of Apprenticeships and Traineeships linked to skill needs required by local employers Clear pathways to employment and Higher Education, supported by high quality careers information, advice and guidance',
      actions: [
        {
          number: '8.1',
          strategic:
            "Building on the work of the Post-16 Forum and Priority 3 of the Children's Trust, work with FE partners to improve achievement and progression to HE, Apprenticeships and skilled employment, ensuring there are more precise links between curriculum planning and the wider employment and skills agenda in Portsmouth Linked to this, develop and implement a City wide Careers Guidance Strategy with support of key stakeholders including schools, post-16 providers, University of Portsmouth and local employers",
          leads: ['PCM', 'EGM'],
          when: '2016/17',
          milestones:
            "Implementation of Year 3 of Priority 3 of the Children's Trust Plan Post-16 Curriculum offer benchmarked against Solent LEP and local skills requirements Implementation of Careers Guidance Strategy",
        },
        {
          number: '8.2',
          strategic:
            'Building on the success of reducing the proportion of young people who are NEET and unknown, focus on disadvantaged and vulnerable learners (e.g. LAC and care leavers) and better tracking of them to ensure they are on appropriate pathways and receiving early support and intervention where needed to ensure they stay on track',
          leads: [
            'PCM',
            'Develop further the availability of re- engagement and pre-employment programmes for young people who are',
            'NEET',
          ],
          when: '2016/17',
          milestones:
            'Youth NEET Prevention Programme (Year 11 - Year 13) extended for a second year April 2016 - March 2017; all secondary schools and FE colleges taking part City Deal Youth Programme (16-24 year olds) Year 2 April 2016 - March 2017 - expanded to include a focus on LAC and care leavers',
        },
        {
          number: '8.3',
          strategic:
            'Address gaps in provision particularly at Level 1 (including traineeships and pre-apprenticeship programmes as part of the Apprenticeship Strategy) Review progression pathways and',
          leads: ['PCM', 'support', 'intervention for young people with', 'SEMH'],
          when: '2016/17',
          milestones:
            'Apprenticeship Strategy and Action Plan published - Year 1 of implementation in 2016/17 Specialist careers adviser appointed (one day a week) to support the implementation Implementation of Year 1 of the ESIF bid (focus on traineeships)',
        },
      ],
    },
  ],
};
