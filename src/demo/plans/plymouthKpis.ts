// Plymouth's KPI report to "Ambitious Plymouth", 7 December 2015 (seed 003): KPIs 14, 15, 19, 27A,
// 27B and 45 with their outcomes, key actions, indicators and narrative, and the SEND strategy's
// strands with their progress. KPI 14 is judged from the schools register: its table is the
// Ofsted table of September 2014 and September 2015. Leads appear by role.
import type { SeedPlan } from './types.ts';

const education = 'AD-ELFS';
const children = 'AD-CYP';

export const plymouthKpis: SeedPlan = {
  title: 'Ambitious Plymouth: education and children’s KPIs',
  organisation: 'Plymouth City Council',
  kind: 'kpi report',
  publishedOn: '7 December 2015',
  ownerRole: education,
  source: 'Ambitious Plymouth, Plymouth City Council, 7 December 2015',
  introduction:
    'The quarterly report of the KPIs for a top performing education system, prevention and safeguarding.',
  laCode: '879',
  glossary: [
    {
      code: education,
      title: 'Assistant Director, Education, Learning and Family Support (outcome and officer lead)',
    },
    { code: children, title: 'Assistant Director, Children, Young People and Families (outcome lead)' },
  ],
  areas: [],
  kpis: [
    {
      number: 'KPI 14',
      priority: 'S',
      measure: 'Schools judged by Ofsted as good or better',
      indicatorKey: 'Schools_Good_Outstanding',
      fromRegister: true,
      rule: { kind: 'maintain' },
      baselinePeriod: 2014,
      targetPeriod: 2015,
      outcome: 'A top performing education system from early years to continuous learning opportunities.',
      outcomeLead: education,
      keyAction: 'Accelerate delivery of the Children and Young People’s Plan.',
      narrative: 'Maintain the number of schools and settings judged by Ofsted as good or better.',
    },
    {
      number: 'KPI 15',
      priority: 'S',
      measure: 'Achievement of the most disadvantaged children; % of residents with no qualifications',
      indicatorKey: 'Residents_No_Qualifications',
      evidence: 'recorded',
      direction: 'lower',
      rule: { kind: 'maintain' },
      baselinePeriod: 2015,
      targetPeriod: 2016,
      outcome: 'A top performing education system from early years to continuous learning opportunities.',
      outcomeLead: education,
      keyAction: 'Develop and deliver a skills plan for the city, in line with the future growth agenda.',
      narrative:
        'Raise the achievements of our most disadvantaged children (Appendix A). (New) % of residents with no qualifications (Appendix B).',
    },
    {
      number: 'KPI 19',
      priority: 'S',
      measure: 'Access to early help and support',
      indicatorKey: null,
      evidence: 'recorded',
      rule: { kind: 'maintain' },
      baselinePeriod: 2015,
      targetPeriod: 2016,
      outcome: 'We will prioritise prevention.',
      outcomeLead: children,
      keyAction:
        'Accelerate delivery of the service improvement plan, transformation project delivery for C&YP and actions within the Commissioning Strategy.',
      narrative:
        'Area 6 of the Ofsted improvement plan sets out the work to accelerate the implementation of early help, including the Gateway, which will redirect work away from Advice and Assessment to an early help framework.',
    },
    {
      number: 'KPI 45',
      priority: 'S',
      measure: '3 and 4 year olds accessing early education',
      indicatorKey: 'EarlyEducation_3_4',
      evidence: 'recorded',
      rule: { kind: 'maintain' },
      baselinePeriod: 2015,
      targetPeriod: 2016,
      baselineValue: 98,
      outcome: 'We will prioritise prevention.',
      outcomeLead: children,
      keyAction: 'Create and deliver both the Early Years Strategy and SEND Strategy.',
      narrative:
        'Plymouth has a high take up of the current free entitlement with 98% of 3 and 4 year olds accessing early education: 105 PVI early years providers, 48 registered childminders, 20 maintained nursery classes and 2 nursery schools. 1170 2 year olds take up a free place.',
    },
    {
      number: 'KPI 27A',
      priority: 'S',
      measure: 'Children’s safeguarding: timing of assessments',
      indicatorKey: 'Assessments_In_Timescale',
      evidence: 'recorded',
      rule: { kind: 'maintain' },
      baselinePeriod: 2015,
      targetPeriod: 2016,
      outcome: 'Children, young people and adults are safe and confident in their communities.',
      outcomeLead: children,
      keyAction:
        'Ensure there is a relentless focus in safeguarding through the implementation of the Corporate Safeguarding Improvement Plan and the Safeguarding Children and Adult Boards’ plans.',
      narrative:
        'The Safeguarding Improvement Plan 2014/15 has been fulfilled; the activity for 2015/16 is being agreed.',
    },
    {
      number: 'KPI 27B',
      priority: 'S',
      measure: '(New) A measure based on safety questions asked of young people in school',
      indicatorKey: null,
      evidence: 'recorded',
      rule: { kind: 'maintain' },
      baselinePeriod: 2016,
      targetPeriod: 2016,
      outcome: 'Children, young people and adults are safe and confident in their communities.',
      outcomeLead: children,
      keyAction: 'Ensure there is a relentless focus in safeguarding.',
      narrative: 'Still to be described; to be included in Q3.',
    },
  ],
  priorities: [
    {
      number: 'S',
      title: 'SEN/D strategy: the five strands of the multi-agency SEND Strategy (KPI 45)',
      areas: [],
      successLooksLike: '',
      leads: [education],
      actions: [
        {
          number: 'S1',
          strategic: 'Implementation of the SEND Code of Practice 2014',
          leads: [education],
          when: 'Sept 2014',
          milestones:
            'In year 1, 516 children and young people transferred to EHCPs through the conversion programme (85% within 14 weeks); 123 new requests for statutory assessment for EHCP commenced.',
        },
        {
          number: 'S2',
          strategic: 'SEND Integration (integrated commissioning for health, care and education support)',
          leads: [education],
          when: 'Oct 2015',
          milestones:
            'Options paper for SEND Integration completed (30/9/15); to PICB to recommend the preferred option (21/10/15); then the full business case.',
        },
        {
          number: 'S3',
          strategic:
            'SEND Review and Framework for education provision 2015-18: sufficiency planning for specialist provision',
          leads: [education],
          when: '2015/16',
          milestones:
            'Cabinet agreed the review and implementation plan: improving data, outreach to mainstream schools, specialist provision in mainstream schools, special school provision.',
        },
        {
          number: 'S4',
          strategic:
            'Short Breaks and Family Support (the Short Breaks Statement sets out the commissioning plan)',
          leads: [education],
          when: 'Dec 2015',
          milestones:
            'The Statement is being reviewed and will be available for consultation in December 2015.',
        },
        {
          number: 'S5',
          strategic: 'Post 16 and Transition to Adulthood',
          leads: [education],
          when: 'Spring 2016',
          milestones:
            'A multi-agency working group is refreshing the transition protocol and pathway, and a Post 16 provider network creates the offer for local young people.',
        },
      ],
    },
  ],
};
