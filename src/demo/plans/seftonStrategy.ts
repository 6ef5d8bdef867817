// Sefton Council's education strategy (seed 004): five priorities, each with why it is key, its
// aims, how it will be done and how it will be measured. The strategy does not number its actions;
// Beacon numbers them 1.1, 1.2 … in the order written. Its measures are "monitored against national
// and regional averages": as KPIs, at least in line with England, read from the catalogue for LA 343.
import type { SeedPlan } from './types.ts';

export const seftonStrategy: SeedPlan = {
  title: 'Sefton education strategy',
  organisation: 'Sefton Council',
  kind: 'strategy',
  publishedOn: '2015',
  ownerRole: 'DCS',
  source: 'Sefton Council, education strategy: a good education for every young person',
  introduction:
    'We believe that every young person in Sefton is entitled to receive a good education. This strategy sets out how the Education community in Sefton will ensure that all young people achieve their potential.',
  laCode: '343',
  glossary: [
    { code: 'DCS', title: "Director of Children's Services" },
    { code: 'CEO', title: 'Chief Executive' },
    { code: 'LM', title: 'Lead Member for Children, Schools and Safeguarding' },
    { code: 'SAPH', title: 'Chair of the Sefton Association of Primary Headteachers' },
    { code: 'SASH', title: 'Chair of the Sefton Association of Secondary Headteachers' },
  ],
  areas: [],
  kpis: [
    {
      number: 'M1',
      priority: '2',
      measure: 'NEET',
      indicatorKey: '16-17 NEET',
      direction: 'lower',
      rule: { kind: 'inLine', comparator: 'England', tolerance: 0 },
      baselinePeriod: 2015,
      targetPeriod: 2018,
      outcome:
        'NEET \u2013 Young people not in education, employment or training rates will be monitored against National and Regional averages',
    },
    {
      number: 'M2',
      priority: '2',
      measure: 'Participation rates',
      indicatorKey: 'Participation_16_17',
      direction: 'higher',
      rule: { kind: 'inLine', comparator: 'England', tolerance: 0 },
      baselinePeriod: 2015,
      targetPeriod: 2018,
      outcome:
        'Participation rates \u2013 for young people progressing beyond year 11. These will be monitored against National and Regional averages',
    },
    {
      number: 'M3',
      priority: '2',
      measure: 'Attendance rates',
      indicatorKey: 'TotAbs',
      direction: 'lower',
      rule: { kind: 'inLine', comparator: 'England', tolerance: 0 },
      baselinePeriod: 2015,
      targetPeriod: 2018,
      outcome:
        'Attendance rates \u2013 overall absence rates, persistent absence and exclusion rates will be monitored against National and Regional averages and individual schools will be advised of their progress.',
    },
    {
      number: 'M4',
      priority: '3',
      measure: 'Participation rates',
      indicatorKey: 'Participation_16_17',
      direction: 'higher',
      rule: { kind: 'inLine', comparator: 'England', tolerance: 0 },
      baselinePeriod: 2015,
      targetPeriod: 2018,
      outcome:
        'Participation rates \u2013 for young people progressing beyond year 11. This will be monitored against National and Regional averages',
    },
  ],
  priorities: [
    {
      number: '1',
      title: 'Ensure good leadership and governance across all educational settings in Sefton',
      areas: [],
      leads: ['DCS'],
      successLooksLike:
        'To ensure good leadership and governance across all educational settings in Sefton To ensure all governors have the skills and knowledge to fulfil their role',
      differenceItMakes:
        'In Her Majesty\u2019s Chief Inspector\u2019s Annual Report 2013-14, he states that strong leadership is crucial; \u201cgood headteachers have a relentless focus on high standards. They refuse to be distracted from their core purpose of school improvement and they take decisive steps to ensure that their vision is not compromised by weak teaching or poor leadership and management within the school.\u201d The role of senior and middle leadership in schools and settings is, therefore, crucial to achieving the vision set by the Governing Body. The role of the school governor has grown in levels of complexity and responsibility. Governors are the strategic leaders of our schools and have a vital role to play in making sure every child in Sefton get the best possible education. The key roles of the governing body are: (DfE, Governors Handbook January 2015) a. Ensuring clarity of vision, ethos and strategic direction; b. Holding the Headteacher to account for the educational performance of the school and its pupils, and the performance management of staff; and c. Overseeing the financial performance of the school and making sure its money is well spent.',
      howWeWillKnow:
        'The percentage of schools by sector judged \u2018good\u2019 or \u2018outstanding\u2019 for leadership and management at inspection will be compared against regional and national averages.',
      actions: [
        {
          number: '1.1',
          strategic:
            'This will be achieved through a relentless focus on standards and outcomes for children and young people. A rigorous review of data will enable challenge and support to those schools not performing as well as others. Decisive action will be taken with those schools where there are signs of decline and intensive support will be targeted at those who need it most. Strong links with the Archdiocese and Diocese will enable co-ordinated support and resourcing. Partnerships with teaching schools will ensure that system leaders are deployed effectively to support leadership and management in other schools.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.2',
          strategic:
            'Local Authority Intervention \u2013 leadership and governance is fundamental to a school providing a high standard of education for its pupils and the Local Authority will use its statutory powers to intervene in cases where standards fall unacceptably short of requirements. The Schools Causing Concern Panel will consider individual schools which are causing concern where there are issues likely to affect standards. Governor Services will be proactive on the SCC panel and will through information gained through External Reviews and attendance at Governing Body meeting and training will enable swift use of the LA statutory powers of intervention. The Local Authority and the Secretary of State have statutory powers of intervention in failing schools and we will use experienced/skilled governors to strengthen governing bodies, and to be part of Interim Executive Boards and shadow or temporary governing bodies.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.3',
          strategic:
            'Governor Services may analyse minutes of governing body meetings to ensure challenge or failure to challenge is highlighted to schools and will be available to attend meetings to go through minutes with governors, Head, and Clerks to highlight critical areas such as pupil performance or attainment data.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.4',
          strategic:
            'Early Years Trustees and Management Committees - a number of mechanisms to support leadership and management across the early years are operational. This includes a termly forum which is run explicitly for trustees, management committees and owners. This forum is a way of helping them remain up to date with current developments and changes to legislation. It also allows for the sharing of best practice and as support group for other leaders in a similar situation',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.5',
          strategic:
            'Establishing a system-led model for improvement in Sefton - school leaders are best placed to support each other in improvement and working is ongoing with schools to further develop and refine the model of an effective school-led system for improvement. The local authority has developed strong links with its teaching schools in order to deploy system leaders appropriately and effectively. There are a growing number of National Leaders in Education, Local Leaders in Education; National Leaders in Governance and Specialist Leaders in Education (primary and secondary). The local authority will broker a range of training or signpost governors to relevant opportunities both nationally and locally. A coherent strategy is in place for the recruitment and retention of high quality governors, including the use of the School Governors One Stop Shop. All prospective governors are required to complete a skills audit and application form which helps to raise the skill levels on governing bodies.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.6',
          strategic:
            'Leadership forums are on offer to childcare managers and staff in senior roles. These sessions are used to share best practice, roll out new initiatives and projects and offer ways of supporting self-evaluation to drive improvement.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.7',
          strategic:
            'A number of development sessions have been offered to address the leadership of Early Years Pupil Premium, exploring methods of fully utilising this additional funding and working in collaboration with other providers. Within Childcare, our aim is to continue to extend peer to peer support through the successful Good Practice Lead initiative, which is operational across the maintained sector. This comprises of 7 outstanding early years teachers who have been recruited to support, challenge and train staff in both maintained sector could be facilitated to ensure longer term sustainability across the early years sector.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.8',
          strategic:
            'Early Years settings judged to be less than good by Ofsted or who are facing significant concerns are thoroughly reviewed and evaluated and placed on a protocol. All the varying levels of the protocol very tightly hold leaders to account. They have to regularly demonstrate progress against an action plan, providing evidence which is scrutinised, and agree to engaging in a number of projects and training. For settings placed on this protocol, outcomes have successful and sustained.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.9',
          strategic:
            'The collaboration of the nine local authorities in the \u201cLearn and Lead Partnership\u201d enables the expertise of system leaders in the region to be utilised in support of schools. Where appropriate, and according to need, we will broker support from further, for example, within the North West region. Sefton is part of the North West Sector Led Improvement: Group. The group has identified key priorities as addressing secondary performance and closing the gap. The areas of focus are:',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.10',
          strategic: 'To provide peer challenge and support for identified LAs.;',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.11',
          strategic: 'To improve the effectiveness of system leadership;',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.12',
          strategic: 'To enhance effective work with academies;',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.13',
          strategic: 'To improve data analysis and information sharing;',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.14',
          strategic: 'To disseminate good practice; and',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.15',
          strategic: 'To consider the future role of the LA in Education, including school improvement.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '1.16',
          strategic:
            'All Sefton schools are in at least one network. Primary and Secondary Heads Groups, School Clusters and Regional Networks will be used to develop leadership skills and share best practice.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '2',
      title: 'Ensure that barriers to participation and progress are addressed',
      areas: [],
      leads: ['DCS'],
      successLooksLike:
        'To ensure that all pupils on free school meals receive the support they need to achieve as well as their peers. To ensure all pupils attend school regularly. To ensure all pupils with SEND receive the additional support they need to achieve.',
      differenceItMakes:
        'Attendance at school is vital if children and young people are to make the progress they are capable of and begin to develop their potential. Research shows that pupils who miss a significant amount of school are far less likely to achieve the same outcomes as their peers. Nationally, 74 per cent of pupils with less than 4 per cent of overall absence in 2011/12 achieved 5 or more A* to C grades at GCSE including English and mathematics. When pupils miss more than half of the Key Stage 4 period only 3 per cent of them achieve the same grades. It is a similar story in primary schools. Of pupils with less than 4 per cent overall absence at Key Stage 2, six in seven achieved the minimum expected level in both English and mathematics , and just over a third of pupils achieved the higher level (level 5) in both English and mathematics . As overall absences increase, the likelihood of pupils achieving the expected level decreases. Of pupils with overall absences between 20 and 30 per cent, around a half achieved level 4 or above in both English and mathematics and less than 7 per cent achieved level 5. The life chances of children can be determined at an early age; for example fewer than one in six children from low-income families who have fallen behind by the age of seven will go on to achieve five good GCSEs, including English and mathematics and for children from better off families it is a one in four chance. This can go on to adversely affect social mobility, the type of job and level of wages they can expect during their working life and their standard of living. In 2014 the national attainment gap at KS4 between pupils on free school meals and their peers was -28.4% Children and Young people with additional needs are significantly less likely to achieve than their peers. They are more likely to have lower levels of attendance, less likely to achieve the same outcomes, and less likely to progress into training or FE and to be in employment in adulthood. In Sefton, high quality provision within the early years forms part of a menu of services that support improved life chances for children. It is a crucial element of EIP strategies to improve outcomes for children, families and communities and for reducing inequalities in the long term. The long term benefits of high quality pre-school provision where young children are supported to are well documented and set the foundation for future achievement.',
      howWeWillKnow:
        'NEET \u2013 Young people not in education, employment or training rates will be monitored against National and Regional averages Participation rates \u2013 for young people progressing beyond year 11. These will be monitored against National and Regional averages Attendance rates \u2013 overall absence rates, persistent absence and exclusion rates will be monitored against National and Regional averages and individual schools will be advised of their progress. Closing the Gap \u2013 \u2013 the proportion of children attaining a good level of development ;progress in English and mathematics and attainment at KS2 and KS4 will be compared for pupils with SEND, LAC and pupils from disadvantaged backgrounds against their peers. This will be monitored against national and regional averages and individual schools will be advised of their progress.',
      actions: [
        {
          number: '2.1',
          strategic:
            'Quality first teaching - All children and young people have the right to a good education and all schools need to ensure that a \u2018quality first teaching\u2019 approach is adopted, which is well planned, engaging, active and differentiated so that all pupils progress in every lesson.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.2',
          strategic:
            'Use of pupil premium - The pupil premium is additional funding given to publicly funded schools in England to raise the attainment of disadvantaged pupils. Schools are required to use this funding to improve the performance of disadvantaged pupils compared to their peers. The local Authority reviews performance of disadvantaged pupils and targets support to those schools where data give cause for concern, Schools that do well with disadvantaged pupils have been identified and will be encouraged to share good practice with those schools doing less well.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.3',
          strategic:
            'Attendance strategy \u2013 Sefton Council has developed an attendance strategy to support schools in ensuring high levels of attendance. This strategy incorporates:',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.4',
          strategic:
            'Measures to improve the attendance of children who have not yet reached statutory school age in order to instil the importance of attendance and to promote good habits as early as possible.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.5',
          strategic:
            'Focussed work with primary schools and secondary schools with attendance below the national average (95.3% primary) (94.2 secondary) for 12/13) which will include development of an action plan.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.6',
          strategic:
            'Increased use of penalty notices. In December 2013 Sefton introduced the use of penalty notices to address term time holidays and unauthorised absence in line with amendments to the Education (Penalty Notices) (England) Regulations 2007 which also came into force on 1 September 2013.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.7',
          strategic:
            'Identification of families where poor attendance is systemic, for example, via engagement with the \u2018Troubled Families\u2019 programme to offer intensive support and intervention. (EIP Panel gateway). The panel operates as a single referral point into early intervention and prevention services. At the panel following an assessment, and CAF where necessary the members of the panel agree a support offer. Each case will have a key worker identified to lead on a package of support, which can be tailored to the individual needs of the family',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.8',
          strategic:
            'Making the legal process more robust, streamlined and effective across all schools by: utilising the fast track model to improve school attendance. The School Attendance Panel will set clear expectations for attendance and punctuality and gives a 12-week period for improvement to be made. Parents and carers will be made aware of the procedures should they fail to meet their legal responsibility',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.9',
          strategic:
            'Implementation of SEND reforms \u2013 The SEND reforms came into effect as part of the Children and Families Act 2014 in September 2014. The objective of the reforms is to improve outcomes for children and young people with SEND and ensure they are more engaged in the process. Sefton has established a stakeholder Steering Group to oversee implementation of the SEND reforms which is accountable to the Health and Wellbeing Board. Implementation is in line statutory guidance and includes:',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.10',
          strategic:
            'The Local Offer which provides clear and accessible information about the provision Sefton Council expects to be available locally for our children and young people from 0 to 25 who have special educational needs and/or disability (SEND). The Local Offer makes clear what is available from early years settings, schools (including Academies and Free Schools), colleges and other services including those from health and social care.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.11',
          strategic:
            'Education Health and Care Plans: where the special educational provision required cannot be provided through the resources and services that are available to the educational setting and there is evidence that the child/young person is not making the educational progress expected despite being provided with relevant and purposeful action to identify, assess and meet the young person\u2019s special educational needs by the educational provision it may be necessary to apply for an EHC needs assessment which may result in an EHC Plan to define the support needed to enable the young person to progress.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.12',
          strategic:
            'A personalised approach; young people and their families will be at the heart of the process and have choice and control over decision making and support. Sefton have adopted person-centred approaches where children with SEND and their families are put at the centre of processes, enabling them to express their views, wishes and feelings and be included in decision making. Information advice and guidance is available through a variety of sources.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.13',
          strategic:
            'Review Specialist Provision to ensure that there is sufficient provision of the right type and quality for children and young people in Sefton with SEND. This includes ensuring that mainstream settings can provide the support outlined on the Local Offer. The SEND Working Group considers these issues.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.14',
          strategic:
            'Virtual School - Sefton Virtual School (LACES) promotes and supports the education of all Children Looked AfterChildren Looked After (Children in Care) to ensure that each child is able to achieve his or her potential and make progress in school. There are a number of barriers that can prevent Children Looked AfterChildren Looked After from Achieving in School. LACES Virtual School aims to improve the life chances of Children Looked AfterChildren Looked After by:',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.15',
          strategic:
            'Making sure that there are effective systems and processes to track and monitor the attainment, progress and attendance of Children Looked AfterChildren Looked After.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.16',
          strategic: 'Ensuring effective support is in place to enable children to succeed.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.17',
          strategic:
            'Ensuring that all Children Looked AfterChildren Looked After have a robust and effective personal education plan that focuses on learning outcomes and access to one-to-one support, including personal tuition.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.18',
          strategic:
            'Championing the educational needs of Children Looked AfterChildren Looked After across the Local Authority and those placed out of the Local Authority.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.19',
          strategic:
            'Ensuring the promotion of high standards of educational attainment, as well as the progress and achievement of all Children Looked AfterChildren Looked After on roll.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.20',
          strategic:
            'Driving effective strategies for managing attendance, engaging young people in their education and early intervention to support improvement, having high aspirations and raising the profile of Children Looked AfterChildren Looked After.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '2.21',
          strategic:
            'Careers Information, Advice and Guidance and \u2018September Offer\u2019 \u2013 Sefton will develop a quality standard with schools, colleges and Connexions to ensure consistency and quality of IAG provided to young people. The Local Authority, schools, colleges and training providers will collaborate to ensure all young people receive a suitable offer of progression when they move on from formal education at the end of year 11.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '3',
      title: 'Ensure children are ready for school and to move onto the next stage of their lives',
      areas: [],
      leads: ['DCS'],
      successLooksLike:
        'To ensure all children are ready to start school To ensure all primary pupils are ready for secondary school To ensure all secondary pupils are ready for further education, employment or training.',
      differenceItMakes:
        'Sir Michael Wilshaw reported that; "More than two-thirds of our poorest children - and in some of our poorest communities that goes up to eight children out of 10 - go to school unprepared. It is therefore crucial that young children and in particular those most disadvantaged get the best start in life.\u201d (April 2014) Our children\u2019s centres, private, voluntary and school based early years and childcare providers all play a vital part in partnership with and if necessary supporting parents, towards helping children achieve their learning potential so that they are not just school ready but also life ready. It is important that this partnership with young people and their families continues into formal education and beyond to help them achieve their potential. It is important that children and young people receive proper advice, guidance and support at transition points in their lives: starting school, moving into secondary education and progressing to Further Education, training and employment, as well as between different key stages.',
      howWeWillKnow:
        'Two Year Old Offer - Percentage take up of the two year old offer in relation to eligible children. This will be monitored against National and Regional averages Good Level of Development - percentage of pupils achieving a good level of development. This will be monitored against National and Regional averages. Quality of Early Years Settings \u2013 percentage of Childminders, Childcare Settings and Children\u2019s Centres judged \u2018good\u2019 or \u2018outstanding\u2019. These will be monitored against National and Regional averages Participation rates \u2013 for young people progressing beyond year 11. This will be monitored against National and Regional averages',
      actions: [
        { number: '3.1', strategic: 'School Readiness Framework', leads: ['DCS'], when: '', milestones: '' },
        {
          number: '3.2',
          strategic:
            'Sefton\u2019s Early Help Strategy sets out an approach for the provision of targeted services which alleviate against poor outcomes for children, young people and families; preventing them moving into specialist and expensive services. School readiness is at the heart of this approach with early years settings, schools and children\u2019s centre services playing a major part in the delivery of high quality universal provision for the youngest children whilst also identifying and targeting children and families considered vulnerable for whatever reason. Sefton\u2019s approach to school readiness consists of three interconnected strands \u2013 child ready, family ready and school ready. Considered together and connected appropriately, these pillars maximise each child\u2019s likelihood of success as they progress through their time in school.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.3',
          strategic: 'The Sefton School Readiness Framework advocates that:',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.4',
          strategic:
            '\u2018All children should be able to enjoy their childhood in a supportive and nurturing environment and be protected from harm. Children\u2019s physical, emotional, language and cognitive development from pregnancy to age 5 are the foundations for the rest of their lives, influencing what and how they learn, their physical and mental health, friendships and relationships.\u2019',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.5',
          strategic:
            'Two Year Old Offer - identifying sufficient places in order that children eligible for the two-year-old offer take up their place and further develop the pathway for children accessing the two-year-old offer to ensure they make good progress in their learning and development and that their families receive the support they need in order to improve outcomes for the lowest achieving at age five.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.6',
          strategic:
            'Early Assessment \u2013 the integrated review at two years old is a key area of focus as in many cases this is the first step in highlighting development concerns or issues. Recent developments and changes to early years assessment will require close monitoring to ensure all children are ready for school. Schools will require support with standardising information due to the introduction of an on entry baseline. Outcomes of this new assessment will need to be monitored to ensure children are meeting or working beyond age related expectations at the start of reception, and are making expected or accelerated progress by the end of reception.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.7',
          strategic:
            'Transition into school or a childcare setting is a major event in any child\u2019s life and ensuring a smooth and seamless transition is absolutely key. This smooth transition relies solely on the adults in the child\u2019s life, both those who have been involved so far and those who are about to become important to the child. A successful transition is a crucial factor in the positive development of children\u2019s confidence and wellbeing. Research clearly indicates that a successful transition not only impacts on the child\u2019s wellbeing but also their future social and academic progression. A successful transition involves:',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.8',
          strategic: 'Ensuring the child\u2019s voice is heard.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.9',
          strategic: 'Ensuring that the individuality of children and families is respected and catered for.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.10',
          strategic: 'A joined up approach is employed.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.11',
          strategic: 'Understanding that communication & relationship building is core.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.12',
          strategic: 'Support for Parents and home learning',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.13',
          strategic:
            'There is compelling evidence[footnoteRef:1] to show that what a child experiences in their early years (including in the womb), lays down the foundation for their later life; we know how important good parenting is to successful outcomes. Parents have the most significant influence on a child\u2019s early development and learning. Children with a positive home learning environment, where parents play and talk to their babies, sing rhymes and read stories, achieve better outcomes in the early years and throughout their school career. [1: The Effective Provision of Pre-school Education (EPPE) Project, final report A Longitudinal Study 1997-2004; National Evaluation of Sure Start (2008)]',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.14',
          strategic:
            'It is therefore important that any strategy to improve outcomes for young children includes support for parents which gives them confidence to engage in their child\u2019s learning and development. The role of children\u2019s centres and childcare providers in this is critical. In Sefton we are committed to offering home visits and work in children\u2019s centres and childcare settings to provide support and guidance for parents as their child\u2019s first educator.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.15',
          strategic:
            'Transitions \u2013 secondary schools will adopt best practice for transitions and work closely with feeder schools to ensure smooth transition from primary school. Sefton schools adopt the following approach:',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.16',
          strategic:
            'Visits by secondary school year 7 co-ordinator and SENCO to discuss pupils transferring with primary SENCO and year 6 teachers.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.17',
          strategic:
            'Identify most able, those with SEN, CLA, Ever6, vulnerable students, who may require additional support.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.18',
          strategic: 'Transfer data, including KS2 outcomes, used to group pupils.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.19',
          strategic:
            'Pupils put into forms prior to transition day(s) which are intended to be reassuring and ensure pupils are ready for secondary school in September.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.20',
          strategic:
            'Meetings with new parents prior to transition and early in autumn term to reassure and identify and resolve issues quickly.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.21',
          strategic: 'Peer support and summer schools for identified cohorts.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.22',
          strategic: 'Shared \u2018best work\u2019 across from primary to secondary.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.23',
          strategic: 'Secondary taster lessons and staff in secondary schools co-teaching primary classes',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.24',
          strategic:
            'SEN Transitions \u2013 EHCPs will be reviewed at transition points in accordance with best practice to ensure smooth transition and appropriate placement.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.25',
          strategic:
            'Admissions \u2013 the Schools Admissions Team provide support for families regarding admissions. The Sefton Fair Access protocol will be used to ensure smooth transitions for in year moves.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.26',
          strategic:
            'Preparation for adulthood \u2013 a strategy for transition to adulthood will be developed to support young people with additional needs and disabilities.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '3.27',
          strategic:
            'Careers Information, Advice and Guidance and \u2018September Offer\u2019 \u2013 Sefton will develop a quality standard with schools, colleges and Connexions to ensure consistency and quality of IAG provided to young people. The Local Authority, schools, colleges and training providers will collaborate to ensure all young people receive a suitable offer of progression when they move on from formal education at the end of year 11.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '4',
      title: 'Ensure that all settings and pupil progress are at least good',
      areas: [],
      leads: ['DCS'],
      successLooksLike:
        'To ensure all children have a good level of development when they start school. To ensure all primary pupils make good progress and the percentage achieving L4+ is above the regional and national averages in reading, writing and mathematics To ensure all secondary pupils make good progress in key subjects and the percentage achieving 5A*-C (including English and Mathematics) at GCSE is above the regional and national averages.',
      differenceItMakes:
        'All children need to make good progress in relation to their starting point in each phase of their education so that they fulfil their potential and achieve. It is much more difficult for children to catch up once they have fallen behind their peers than it is to maintain progress in every year of their education. The best schools have strong systems in place to swiftly identify when and why a child\u2019s progress slows. Teachers adjust provision to respond to the identified learning needs and as a result children continue to make the progress expected over time. Securing children\u2019s progress is therefore essential in ensuring children are able to attain and achieve in line with their peers nationally. Given that the progress gap is already established by the time children start school it is essential that early years providers and children\u2019s centres work together to target the most in need of not meeting educational milestones. Settings that are good or outstanding will be much better placed to ensure pupils continually to progress',
      howWeWillKnow:
        'EYFS %age of children achieving expected level in Prime Areas of Learning plus literacy and maths (Good Level of Development) %age inequality gap Key Stage 1 %age of pupils achieving a level 2b or above in reading at the end of KS1 %age of pupils achieving a level 2b or above in writing at the end of KS1 %age of pupils achieving a level 2b or above in mathematics at the end of KS1 Key Stage 2 %age of pupils achieving a level 4b or above in reading, writing and mathematics at KS2 %age of pupils making expected and better than their expected levels of progress between KS1 and KS2 in writing %age of pupils making expected and better than their expected levels of progress between KS1 and KS2 in mathematics FSN/non-FSN gap Key Stage 4 %age of pupils achieving 5A*- C grades at GCSE including English and mathematics %age of pupils achieving C+ grade at GCSE English %age of pupils achieving C+ at GCSE mathematics %age of pupils making their expected level of progress between KS2 and KS4 in English %age of pupils making their expected level of progress between KS2 and KS4 in mathematics FSN/non-FSN gap These will be monitored against National and Regional averages',
      actions: [
        {
          number: '4.1',
          strategic:
            'Quality of Provision \u2013 To ensure that all schools are at least good the local authority is committed to the implementation of the peer support model, Schools and settings will collaborate to support and share best practice with a view to improving the quality of provision. Primary and Secondary Heads Groups, School Clusters and Regional Networks will be used to develop skills and share best practice. Schools will use processes and systems to monitor pupil progress, identify areas where improvement is needed and apply interventions to get progress back on track. Through its thorough risk assessment analysis, the local authority will provide support and challenge to schools deemed at being at risk of being less that good, and will provide appropriate support and intervention.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '4.2',
          strategic:
            'Inspection - Ofsted inspect and regulate services which care for children and young people, and those providing education and skills for learners of all ages. Their strategic plan aims to ensure better outcomes by driving improvement for children and learners of all ages.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '4.3',
          strategic:
            'Support and Challenge - The Local Authority will facilitate briefings and newsletters to share good practice and raise topical, strategic and policy issues which impact on schools. Challenge will be provided through the Schools Causing Concern Panel. Intervention and support for schools causing concern will be provided by the local authority\u2019s Schools Targeted Intervention and Improvement Team, with additional support brokered from Teaching Schools. Through the settings causing concern panel \u2013 early years providers are challenged to improve outcomes for children. Close attention is given to the overall quality of provision, leadership and management, the environment, and interactions between adults and children.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '4.4',
          strategic:
            'Statutory Intervention - in extreme cases the Local Authority and Secretary of State have statutory powers to intervene is the standard of education in schools falls below acceptable standards. The Local Authority will exercise these powers where other means of improving standards have been tried and not worked.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '4.5',
          strategic:
            'Data Quality - strengthen the quality of performance data and management information so that processes are robust and effective in monitoring and evaluating impact.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
      ],
    },
    {
      number: '5',
      title: 'Ensure young people leave education with the knowledge and skills to continue achieving.',
      areas: [],
      leads: ['DCS'],
      successLooksLike:
        'To ensure that all young people have the opportunity to be involved in a range of enrichment activities. To ensure all young people have access to good or better FE and 6th form provision. To ensure all pupils with SEND receive the additional support they need to move into adulthood.',
      differenceItMakes:
        'Whilst achieving good outcomes in terms of exams is important, education is much more than this. It is about being ready to become an adult, to have the skills, desire and confidence to be part of society and to become the future. We live in an ever changing world and young people need the skills to embrace and be part of that change. Education is vital for the economic prosperity of a nation; counties with high literacy rates are generally more prosperous and the citizens have a higher per capita income than nations, where literacy rate is not as high. A recent OECD (Organisation for Economic Co-operation and Development) report stated that if everyone in the UK had a basic level of skills in mathematics and science the UK economy would be over \u00a32 trillion better off each year. It is, therefore, vitally important that young people in Sefton fully participate in education and training; to ensure they residents are appropriately skilled and are able to get into and progress in work. It is important to improve outcomes for our most vulnerable young people and through education and training these young people will gain the basic skills, knowledge and qualifications that will enable them to enter the highly competitive labour market and obtain employment. It is particularly important to ensure that the most disadvantaged in society have appropriate opportunities to allow them to lead productive and fulfilling lives.',
      howWeWillKnow:
        '%age of 16 to 19-year-olds NEET (not in education, employment or training) monitored against National and Regional averages %age achieving a level 2 by age 19 monitored against National and Regional averages %age achieving a level 3 qualification or above by age 19 monitored against National and Regional averages %age of care leavers in education, employment or training by age 19 monitored against National and Regional averages Section 5: Implementation and Monitoring Ownership and Governance The Sefton Education Partnership has been set up to play key role in implementing our shared vision and delivering the key aims. The Partnership will build on and enhance existing working relationships in the education sector. The Partnership Board is an autonomous organisation accountable to the whole education community in Sefton. [image: ]The Partnership structure is shown below The Board comprises representatives from agencies who contribute to improving the lives of children, young people and their families. They will be the owners of the strategy and will monitor outcomes and hold the \u2018Owners\u2019 of the action plan elements to account, ensuring outcomes are also reported into the decision making fora shown above.',
      actions: [
        {
          number: '5.1',
          strategic:
            'Raising Aspiration - It is important that we all develop a culture of aspiration and that we encourage all of our children, young people, their parents, carers and teachers to aim high. This theme is supported in all settings through the creative work undertaken through the curriculum, school collaboration and the innovative use of technology to broaden students understanding of the world and the environment. The following initiatives support this:',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '5.2',
          strategic:
            'School visits, Duke of Edinburgh programmes, National Citizen Service and youth provision enable students to have experiences they would not otherwise have had. Outdoor education opportunities available Sefton students are many and varied and show a proven impact on attainment.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '5.3',
          strategic:
            'The Sefton Music Service has an established track record of delivering high quality music education and provides abundant opportunities for all our young people to participate in music events.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '5.4',
          strategic:
            'The Council\u2019s Leisure Strategy has provided for a range of high quality provision throughout the Borough and Sefton has one of the largest network of sports clubs in the region which provide a diverse range of sporting and leisure opportunity.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '5.5',
          strategic:
            'Schools and settings are encouraged to celebrate achievement and success through celebration events and awards ceremonies; and the Local Authority supports a range of celebration events such as No Limits (for Children Looked After), and the Bootle and District School Football Awards.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '5.6',
          strategic:
            'Quality Provision and Progression - Work with education providers and local employers through the 14-19 Partnership to ensure young people have access to high quality educational provision and appropriate progression into training and employment. Ensure education and training providers offer appropriate programmes, including A Level provision, that more effectively promote progression and leads to an increase in attainment at both level 2 and 3 by age 19.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '5.7',
          strategic:
            'SEND - Increase the range of local learning and progression opportunities to better meet the learning needs of young people with learning difficulties and/or disabilities.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
        {
          number: '5.8',
          strategic:
            'Targeted Support - provide targeted support for young people to secure their engagement and retention in education or training so that participation rates are increased.',
          leads: ['DCS'],
          when: '',
          milestones: '',
        },
      ],
    },
  ],
};
