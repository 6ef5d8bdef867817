// Peterborough City Council's draft action plan answering Ofsted's inspection of education and
// training for 16- to 19-year-olds (seed 002): four recommendations, priorities under each, actions
// 1:1:1 to 4:1:4 with operational actions numbered I, II, III, and the "How will we know?" figures
// as KPIs. The paper names officers; Beacon shows the roles they hold, never their names.
import type { SeedPlan } from './types.ts';

export const peterboroughPost16Plan: SeedPlan = {
  title:
    'Effectiveness of education and training provision for 16- to 19-year-olds in Peterborough: draft action plan',
  organisation: 'Peterborough City Council',
  kind: 'action plan',
  publishedOn: '2014',
  ownerRole: 'P16L',
  source: 'Peterborough City Council, draft action plan for 16 to 19 provision after Ofsted’s inspection',
  introduction:
    'The council’s response to Ofsted’s four recommendations on post-16 provision in Peterborough.',
  laCode: '874',
  glossary: [
    { code: 'P16L', title: 'Post-16 lead, reporting to the School Improvement Board' },
    { code: 'CDCS', title: "Corporate Director, Children's Services" },
    { code: 'SDC', title: 'Service Director, Communities' },
    { code: 'DTM', title: 'Data team manager' },
    { code: 'SSIC', title: 'Lead secondary school improvement consultant' },
    { code: 'WBL', title: 'Work-based learning lead' },
    { code: 'IAG', title: 'Information, advice and guidance lead' },
    { code: 'VSH', title: 'Virtual school head (children in care)' },
    { code: 'YOS', title: 'Youth Offending Service lead' },
    { code: 'EHL', title: 'Early help lead' },
    { code: 'SSC', title: 'Sustainable Skills Centre lead' },
    { code: 'SEND', title: 'Head of SEND and Inclusion' },
    { code: 'HAS', title: 'Head of Adult Skills' },
    { code: 'DCS', title: "Director of Children's Services" },
    { code: 'COM', title: 'Communications lead' },
  ],
  areas: [
    {
      number: '1',
      text: 'Determine clearly the key strategic priorities needed to bring about further improvement in post-16 provision',
    },
    {
      number: '2',
      text: 'Review and amend the current consultative and planning arrangements in order that the local authority and its partners can take swift action to tackle their shared priorities',
    },
    {
      number: '3',
      text: 'Continue to champion the needs of all young people but report publicly and more robustly on shortcomings in post 16 provision across the city',
    },
    {
      number: '4',
      text: 'Devise a means to support and challenge schools in sharpening the quality of their information, advice and guidance for young people, to meet statutory requirements',
    },
  ],
  kpis: [
    {
      number: 'K1',
      priority: '1:1',
      evidence: 'recorded',
      measure: 'Year 12 staying on in education and learning',
      indicatorKey: 'Participation_Y12',
      direction: 'higher',
      baselineValue: 91.36,
      rule: { kind: 'reach', target: 98 },
      baselinePeriod: 2014,
      targetPeriod: 2015,
      outcome: 'How will we know? (priority one)',
    },
    {
      number: 'K2',
      priority: '1:1',
      evidence: 'recorded',
      measure: 'Whole cohort participating in learning',
      indicatorKey: null,
      direction: 'higher',
      baselineValue: 81.4,
      rule: { kind: 'reach', target: 90 },
      baselinePeriod: 2014,
      targetPeriod: 2015,
      outcome: 'How will we know? (priority one)',
    },
    {
      number: 'K3',
      priority: '1:1',
      evidence: 'recorded',
      measure: '16-18 NEET',
      indicatorKey: '16-17 NEET',
      direction: 'lower',
      baselineValue: 6.14,
      rule: { kind: 'reach', target: 5.5 },
      baselinePeriod: 2014,
      targetPeriod: 2015,
      outcome: 'How will we know? (priority one)',
    },
    {
      number: 'K4',
      priority: '1:1',
      evidence: 'recorded',
      measure: 'Apprenticeships at 16-19 and at level 2',
      indicatorKey: 'Apprenticeships_16_19',
      direction: 'higher',
      baselineValue: 252,
      rule: { kind: 'reach', target: 300 },
      baselinePeriod: 2014,
      targetPeriod: 2015,
      outcome: 'How will we know? (priority one)',
    },
    {
      number: 'K5',
      priority: '1:1',
      evidence: 'recorded',
      measure: 'NEET: leaving care',
      indicatorKey: 'NEET_LeavingCare',
      direction: 'lower',
      baselineValue: 37.5,
      rule: { kind: 'reach', target: 20 },
      baselinePeriod: 2014,
      targetPeriod: 2015,
      outcome: 'How will we know? (priority one)',
    },
    {
      number: 'K6',
      priority: '1:1',
      evidence: 'recorded',
      measure: 'NEET: Youth Offending Service',
      indicatorKey: 'NEET_YOS',
      direction: 'lower',
      baselineValue: 47,
      rule: { kind: 'reach', target: 25 },
      baselinePeriod: 2014,
      targetPeriod: 2015,
      outcome: 'How will we know? (priority one)',
    },
    {
      number: 'K7',
      priority: '1:1',
      evidence: 'recorded',
      measure: 'NEET: young mothers',
      indicatorKey: 'NEET_YoungMothers',
      direction: 'lower',
      baselineValue: 62,
      rule: { kind: 'reach', target: 45 },
      baselinePeriod: 2014,
      targetPeriod: 2015,
      outcome: 'How will we know? (priority one)',
    },
    {
      number: 'K8',
      priority: '1:1',
      evidence: 'recorded',
      measure: 'NEET: young people with LLDD',
      indicatorKey: 'NEET_LLDD',
      direction: 'lower',
      baselineValue: 9,
      rule: { kind: 'reach', target: 5.5 },
      baselinePeriod: 2014,
      targetPeriod: 2015,
      outcome: 'How will we know? (priority one)',
    },
    {
      number: 'K9',
      priority: '1:1',
      evidence: 'recorded',
      measure: 'A level A*–E, A*–C and A*/A, and average point score per entry',
      indicatorKey: null,
      direction: 'higher',
      rule: { kind: 'inLine', comparator: 'statistical neighbours', tolerance: 1 },
      baselinePeriod: 2014,
      targetPeriod: 2015,
      outcome: 'Improved performance at KS5: in line with statistical neighbours',
    },
  ],
  priorities: [
    {
      number: '1:1',
      title:
        'Develop a robust approach to the analysis and dissemination of post 16 data to include performance and distance travelled',
      areas: ['1'],
      leads: ['P16L'],
      successLooksLike: '',
      differenceItMakes:
        'With the Raising of the participation Age all providers have an understanding of the performance of young people across the city. They can therefore plan their provision in light of the gaps in the curriculum offer across the city and performance levels of providers.',
      howWeWillKnow:
        'Increased numbers staying on in education and learning: Year 12 current figure = 91.36%. Target: rolling average for Nov, Dec, Jan =98% (2014/2015) Whole cohort: current figure =81.4%. Target = 90% Reduction in NEET figurers: current figure = 6.14%. Target = 5.5% Increased apprenticeship numbers specifically those apprenticeships in the 16 -19 age bracket and apprenticeships at level 2: current recorded numbers on data base = 252. Target = 300 Increase the number of young people on level 3 apprenticeship courses (bench mark to be determined pending accurate up to date data) More identified vulnerable young supported to engage on a learning focused pathway. Vulnerable young people identified as being those in the following cohorts: Leaving care: current performance NEET = 37.5%. Target = 20% YOS: current performance NEET = 47%. Target = 25% Young mothers: current performance NEET = 62%. Target = 45% Young people with LLDD: current performance NEET = 9%. Target = 5.5% Improved performance at KS5 A*/A, A*/C, A* - E at A level Target: in line with statistical neighbours. Average point score per entry, Target in line with statistical neighbours (specific data to be added pending evaluation of current performance)',
      actions: [
        {
          number: '1:1:1',
          strategic:
            'Improve data analysis at KS 5 in order to inform the council of the strengths and weaknesses of performance in school 6 th forms in Peterborough.',
          operational:
            "I. Nominate key personnel within the data team and within school improvement to conduct analysis II. Report information annually to Children's Services/Communities DMT with action plan to address areas of weakness III. Provide data analysis to NEET Strategic Partnership in order to inform planning IV. Use data in ongoing school improvement discussions with secondary headteachers in order to challenge performance V. Develop the reporting of KS5 outcomes to the Creating Opportunities and Tackling Inequalities Scrutiny Committee",
          performanceMeasure:
            "I. Key personnel identified in data and school improvement teams. Roles and responsibilities defined II. Data forms part of the data available to Children's Service/Communities III. NEET Strategic Partnership have data and use it to inform decisions re provision across the city IV. Post 16 performance data forms part of the school improvement conversation with secondary headteachers. V. Detailed report on the landscape and outcomes of KS5 to be discussed at Scrutiny.",
          leads: ['DTM', 'SSIC'],
          when: '',
          milestones: '',
        },
        {
          number: '1:1:2',
          strategic:
            "Ensure access to WBL providers' performance data and analyse data in relation to performance outcomes and progression",
          operational:
            'I. Identify contact within the EFA/SFA re access to relevant WBL data to include: -Names of providers -Performance of providers -Number of Peterborough -young people being supported',
          performanceMeasure: 'I. Contact made and information exchanged on a regular basis',
          leads: ['WBL'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '1:2',
      title: 'Work with schools to improve outcomes at KS5',
      areas: ['1'],
      leads: ['P16L'],
      successLooksLike: '',
      differenceItMakes:
        'Headteachers/Principals will take responsibility for the outcomes of all young people in Peterborough not just those within their own institution. This in turn will lead to a more co-ordinated offer of curriculum provision across the city with organisations playing to their strengths. The introduction of a common application process will support the drive to greater impartial information, advice and guidance given to young people. This in turn will ensure that young people are able to make informed choices about their progression through learning.',
      howWeWillKnow:
        'Increased numbers staying on in education and learning: Year 12 current figure = 91.36%. Target: rolling average for Nov, Dec, Jan = 98% Whole cohort: current figure = 81.4%. Target = 90% Reduction in NEET figurers: current figure = 6.14%. Target = 5.5% Increased apprenticeship numbers: current recorded numbers on data base = 252. Target = 300 More identified vulnerable young supported to engage on a learning focused pathway. Vulnerable young people identified as being those in the following cohorts: Leaving care: current performance NEET = 37.5%. Target = 20% YOS: current performance NEET = 47%. Target = 25% Young mothers: current performance NEET = 62%. Target = 45% Young people with LLDD: current performance NEET = 9%. Target = 5.5% Improved performance at KS5 A*/A, A*/C, A* - E at A level Target: in line with statistical neighbours. Average point score per entry, Target in line with statistical neighbours (specific data to be added pending evaluation of current performance)',
      actions: [
        {
          number: '1:2:1',
          strategic:
            "Establish a schools' working group to look at KS5 curriculum, performance and outcomes and make recommendations for future post 16 delivery across the city",
          operational:
            'I. Meet with individual headteachers to encourage sign up and commitment to such a group II. Set up small working group of headteachers in order to establish: -Terms of reference -Frequency of meetings -Chair -Dissemination of discussion',
          performanceMeasure:
            'I. Meeting established with appropriate chair II. Collaborative plans in place and shared with schools and learning providers',
          leads: ['P16L'],
          when: '',
          milestones: '',
        },
        {
          number: '1:2:2',
          strategic:
            'Identify a lead secondary school improvement consultant with the responsibility to support and challenge schools in developing an appropriate KS5 curriculum offer.',
          operational: 'I. Define/refine job description to include post 16 responsibilities',
          performanceMeasure: 'I. JD in place and recruited to',
          leads: ['SSIC'],
          when: '',
          milestones: '',
        },
        {
          number: '1:2:3',
          strategic:
            'Support the introduction of a Common Application Process across Peterborough schools and learning providers',
          operational:
            'I. Develop a business case to support the introduction of a common application process across the city II. Disseminate business plan at an individual level with headteachers, college principles',
          performanceMeasure: 'I. Process for implementing CAP in place with a timeline for delivery',
          leads: ['IAG'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '1:3',
      title:
        'Improve access to high quality post 16 provision for the most vulnerable including young people who are LAC',
      areas: ['1'],
      leads: ['P16L'],
      successLooksLike: '',
      differenceItMakes:
        'Those most vulnerable young people have access to an appropriate place in learning and are supported to remain there. The learning placement provides protection against further increased vulnerability Vulnerable young people are supported to achieve their potential and to raise their aspirations',
      howWeWillKnow:
        'Increased number of LAC remaining on in school 6th forms Increased number of identified vulnerable young people taking up pre apprenticeship and full apprenticeship opportunities Increased number of in house apprenticeship/pre apprenticeship opportunities offered to LAC/vulnerable young people 50',
      actions: [
        {
          number: '1:3:1',
          strategic:
            'Provide opportunities for young people who are LAC to visit school 6 th forms in the city',
          operational:
            'I. Engage school leaders to develop a programme of events/activities specifically targeted at under 16 LAC/vulnerable young people re the opportunities of 6 th form study',
          performanceMeasure: 'I. Programme in place for a designated year group(s)',
          leads: ['VSH'],
          when: '',
          milestones: '',
        },
        {
          number: '1:3:2',
          strategic:
            'Develop a young person friendly 6 th form guide for LAC about the values and advantages of studying in 6 th form',
          operational:
            'I. Use in the In Care Council to develop content II. Seek sponsorship for the production of the guide III. Launch and disseminate guide',
          performanceMeasure: 'I. Guide launched and externally funded',
          leads: ['SEND'],
          when: '',
          milestones: '',
        },
        {
          number: '1:3:3',
          strategic: "Establish and 'in house' apprenticeship/pre apprenticeship programme for LAC/YOS",
          operational:
            'I. Audit existing apprenticeship provision in the council II. Develop a realistic and achievable programme of potential apprenticeship/pre apprenticeships positions in the council III. Develop a strategy to support teams to recruit to this identified positions IV. Liaise with the In Care Council to validate and promote the programme and opportunities',
          performanceMeasure:
            'V. Number of apprenticeships/pre apprenticeships offered in the council VI. Number of places taken up by LAC/vulnerable young people',
          leads: ['EHL'],
          when: '',
          milestones: '',
        },
        {
          number: '1:3:4',
          strategic: 'Reduce the number of',
          operational: 'I. Audit current opportunities for',
          performanceMeasure: 'IV. Reduction in YOS NEET figures',
          leads: ['YOS'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '1:4',
      title: "Work with the council's partners to increase the apprenticeship offer to young people",
      areas: ['1'],
      leads: ['CDCS'],
      successLooksLike: '',
      differenceItMakes:
        'Broaden the curriculum/opportunities available to young people Provides greater access for young people to the approved work based learning route',
      howWeWillKnow:
        'Increased number of apprenticeship delivered by the council and partners Each contract has an identified, but reasonable expectation, of an apprenticeship requirement',
      actions: [
        {
          number: '1:4:1',
          strategic:
            'Conduct a review of all major contract with the council to ensure that they contain an expectation of an apprenticeship offer',
          operational:
            "I. Identify major contracts and review II. Liaise with existing providers to understand their support for apprenticeships III. Devise, if appropriate, new contract arrangements which include the council's expectation re apprenticeship places",
          performanceMeasure:
            'I. Contracts identified and number of associated apprenticeship places identified II. New contract arrangements in place across Commissioning and the council as a whole',
          leads: ['DCS', 'COM'],
          when: '',
          milestones: '',
        },
        {
          number: '1:4:2',
          strategic:
            'Raise awareness of the value and importance of apprenticeships at key stake holder events.',
          operational: 'I. Identify appropriate events across the council to promote apprenticeships',
          performanceMeasure:
            'II. Events identified and agendas planned to include the promotion of apprenticeships',
          leads: ['CDCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1:4:3',
          strategic: 'Disseminate the model of apprenticeship support developed by Cross Keys Homes',
          operational:
            'I. Work with Cross Keys Homes to compile case study of apprenticeship and pre-apprenticeship activity',
          performanceMeasure: 'II. Case study compiled and disseminated',
          leads: ['IAG'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '1:5',
      title:
        'Ensure all vulnerable young people are appropriately supported during the school summer holiday period in order to make a smooth transition into learning Post 16',
      areas: ['1'],
      leads: ['SDC'],
      successLooksLike: '',
      differenceItMakes:
        'Vulnerable young people have access to positive activities and support during the long summer holiday period The strategic planning ensures that all identified vulnerable young people and groups are supported adequately during this transition period',
      howWeWillKnow: 'Fewer drop outs during year 13 Decline in NEET numbers Increase in In Learning numbers',
      actions: [
        {
          number: '1:5:1',
          strategic:
            'Audit existing support activities during the summer period for vulnerable 16 year olds.',
          operational: 'I. Identify member of staff conduct audit II. Make recommendations',
          performanceMeasure: 'I. Audit completed II. Recommendations acted upon',
          leads: ['SSC'],
          when: '',
          milestones: '',
        },
        {
          number: '1:5:2',
          strategic:
            "Working with partners develop a 'local offer' for identified vulnerable young people who are post 16 during the summer holiday period",
          operational:
            'I. Identify gaps in existing provision II. Establish task and finish group to develop strategy III. Disseminate strategy to key stakeholders IV. Review and make amendments where needed V. Publish and communicate local offer to parents and carers',
          performanceMeasure:
            'I. Strategy completed II. Dissemination taken place III. Strategy signed off at senior management/partnership level',
          leads: ['SSC'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '1:6',
      title: 'Actively promote the vision for the Sustainable Skills Centre and University Technical College',
      areas: ['1'],
      leads: ['P16L'],
      successLooksLike: '',
      differenceItMakes:
        'Schools and other partners will have access to the resources on offer through the UTC and the Sustainable Skills Centre More exciting/appropriate curriculum offer available to young people 14 -19 STEM subjects are presented in an exciting and positive light',
      howWeWillKnow:
        'Numbers of schools involved with the UTC and Sustainable Skills Centre Increased uptake of STEM subjects Better performance in A Levels with STEM subjects',
      actions: [
        {
          number: '1:6:1',
          strategic:
            'Use future stakeholder events to publicise the visions behind the Sustainable Skills Centre and the University Technical College',
          operational:
            'I. Identify potential suitable stakeholder events II. Ensure the vision behind the UTC and sustainable Skills Centre is presented at the above',
          performanceMeasure: 'I. Stakeholder events identified and items on the agenda',
          leads: ['P16L', 'IAG'],
          when: '',
          milestones: '',
        },
        {
          number: '1:6:2',
          strategic:
            'Communicate information re the Sustainable Skills Centre to headteachers and work based learning providers',
          operational: 'I. See 1:2:1',
          performanceMeasure:
            'I. All learning providers are aware of the visions behind the UTC and the Sustainable Skills Centre',
          leads: ['IAG'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '2:1',
      title:
        "Secure positive engagement with key partners in order to ensure that Peterborough's priorities are effectively communicated to decision makers",
      areas: ['2'],
      leads: ['CDCS'],
      successLooksLike: '',
      differenceItMakes:
        'Peterborough identified as a source for European funding and as a LEP priority Funding allocated by the LEP is targeted at identified needs in the city',
      howWeWillKnow:
        'Increase funding comes to Peterborough to support activities which support skill development and tackles poverty and exclusion',
      actions: [
        {
          number: '2:1:1',
          strategic:
            "Establish regular meetings with Peterborough LEP leads in order to confirm Peterborough's learning and skills priorities",
          operational:
            'I. Meet individually with members in order to confirm the need for such a group II. Agree chair and TOR',
          performanceMeasure: 'I. Group established and meets on a regular basis',
          leads: ['CDCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2:1:2',
          strategic: 'Review the TOR, membership and function of the NEET Strategic Partnership',
          operational: 'II. Review and make recommendations for amendments/changes for the future',
          performanceMeasure:
            'III. New partnership established or existing partnership more focused on the broader key priorities for Peterborough',
          leads: ['HAS', 'SEND'],
          when: '',
          milestones: '',
        },
        {
          number: '2:1:3',
          strategic: 'Engage secondary headteachers in the NEET decision making forums',
          operational:
            "I. Individual meetings with headteachers in order to gain support for the city's priorities",
          performanceMeasure: 'I. Meetings have taken place with all secondary headteachers in Peterborough',
          leads: ['P16L'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '3:1',
      title:
        "Ensure that the council has a commissioning plan that encompasses the council's vision and aspirations for all young people post 16 in Peterborough",
      areas: ['3'],
      leads: ['P16L'],
      successLooksLike: '',
      differenceItMakes:
        'The aspirations for all young people in the city are clearly identified and communicated. Council takes a lead with schools and stakeholder in terms of expectations and aspirations',
      howWeWillKnow:
        "Individual partner strategies are co-ordinated to align with the council's vision and expectations Partners demonstrate a commitment to improving the outcomes for all young people in the city rather than just their own individual cohorts Partners more willing to collaborate and plan collectively for the city",
      actions: [
        {
          number: '3:1:1',
          strategic:
            "Develop a post 16 Education/Skills plan that articulates the council's aspirations and expectations for young people aged 16 - 25",
          operational:
            'I. Scope content of plan II. Write plan III. Establish task and finish group to contribute/evaluate plan IV. Present to CMT and relevant DMTs',
          performanceMeasure: 'I. Plan developed having gone through appropriate scrutiny',
          leads: ['IAG'],
          when: '',
          milestones: '',
        },
        {
          number: '3:1:2',
          strategic: 'Disseminate the vision/strategy to all stakeholders through a structure event',
          operational: 'I. Identify possible opportunities for dissemination II. See also 1:2:1 and 2:1:4',
          performanceMeasure: 'I. Dissemination achieved II. Feedback and further recommendations acted upon',
          leads: ['IAG'],
          when: '',
          milestones: '',
        },
        {
          number: '3:1:3',
          strategic:
            'Develop appropriate consultative structures which support the regular dissemination of the strategy and progress towards achieving the outcomes from the strategy',
          operational: 'I. See 1:2:1 and 2:1:4',
          performanceMeasure: 'I. Structures are in place II. Regular feedback informs progress',
          leads: ['IAG', 'CDCS'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '3:2',
      title:
        'Develop a process for sharing key stage 5 outcomes with all providers (including work based learning providers) across the city',
      areas: ['3'],
      leads: [],
      successLooksLike: '',
      differenceItMakes:
        'Schools and work based learning providers are well informed of post 16 strengths and weaknesses. They use this information to support young people in their choices post 16 as well as to improve performance in areas that are weak.',
      howWeWillKnow:
        'A Level performance improves More young people make informed choices about where they will study post 16 56',
      actions: [
        {
          number: '3:2:1',
          strategic: 'See 1:2:1 2:1:4 3:1:2 3:1:3',
          operational:
            'I. Liaise with the EFA and SFA to obtain information relating to WBL providers operating in the city II. See 1:2:1 III. 2:1:4 IV. 3:1:2 V. 3:1:3',
          performanceMeasure: 'I. See 1:2:1 II. 2:1:4 III. 3:1:2 IV. 3:1:3',
          leads: ['SSIC'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '4:1',
      title:
        'Develop a monitoring tool re information, advice and guidance which supports schools to improve practice',
      areas: ['4'],
      leads: [],
      successLooksLike: '',
      differenceItMakes:
        'Schools deliver high quality, impartial information, advice and guidance More young people have access to relevant and accurate information at an early stage in their secondary school career More young people access courses that are suitable and appropriate to their needs, aspirations and potential',
      howWeWillKnow:
        "Increased take up of apprenticeship programmes at all levels Increase take up of traineeships Greater movement across the city's 6th forms of young people Improved performance at KS5 A*/A, A*/C, A* - E at A level Target: in line with statistical neighbours. Average point score per entry, Target in line with statistical neighbours (specific data to be added pending evaluation of current performance)",
      actions: [
        {
          number: '4:1:1',
          strategic:
            'Use the process of developing an IAG charter mark to support schools in developing more effective practice regarding IAG.',
          operational:
            'I. Present issues and Ofsted observations to all secondary headteachers II. Establish a working group to devise Charter Mark Process III. Develop an implementation time line for proposed Charter Mark',
          performanceMeasure:
            'I. Strategy for Charter mark in place and approved II. First schools identified for Charter Mark Process',
          leads: ['IAG'],
          when: '',
          milestones: '',
        },
        {
          number: '4:1:2',
          strategic:
            "Develop a framework of 'approved' high quality information, advice and guidance providers which can be used by schools",
          operational:
            'I. Seek funding from schools to support the development of an approved framework of providers II. Seek expressions of interest from advice and guidance providers III. Identify an approved list based on agreed criteria IV. Publicise to schools approved list',
          performanceMeasure: 'I. Funding identified from schools II. Framework in place',
          leads: ['IAG'],
          when: '',
          milestones: '',
        },
        {
          number: '4:1:3',
          strategic:
            "Engage regularly with the Skills Service in order to gain support in addressing gaps in schools' provision",
          operational: 'I. Identify member of staff to be the link person with the Skills service',
          performanceMeasure:
            'I. Link person in place II. Skills Service activities are disseminated across the council and to key partners III. Skills Service responsive to information advice and guidance needs across the city',
          leads: ['IAG'],
          when: '',
          milestones: '',
        },
        {
          number: '4:1:4',
          strategic: 'Ensure parents understand the offer for post 16 year olds in Peterborough',
          operational:
            "I. Find a way of incorporating this information within the new council's ICT strategy",
          performanceMeasure: "I. Information available through council's website or via an App.",
          leads: ['IAG'],
          when: '',
          milestones: '',
        },
      ],
    },
  ],
};
