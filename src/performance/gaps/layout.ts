// The gaps seed 000 sets its targets on ("a halving of the gaps to their comparators"): between
// disadvantaged pupils and the rest, pupils with SEN support and those with none, and boys and
// girls. DfE's LAIT publishes each group as its own measure; a council's own figures (the values
// template) carry the group on one measure. Both are listed; a pair with no figures is not shown.

export type GapSide = { key: string; group: string; name: string };
export type GapMeasure = { id: string; label: string; a: GapSide; b: GapSide };
export type GapSection = { id: string; title: string; measures: readonly GapMeasure[] };

const lait = (key: string, name: string): GapSide => ({ key, group: 'all', name });
const grouped = (key: string, group: string, name: string): GapSide => ({ key, group, name });

export const gapSections: readonly GapSection[] = [
  {
    id: 'disadvantaged',
    title: 'Disadvantaged pupils and their peers',
    measures: [
      {
        id: 'ks2-rwm-disadvantaged',
        label: 'KS2 reading, writing and maths, expected standard (%)',
        a: lait('DAP_NEW_KS2_RWM', 'Disadvantaged'),
        b: lait('NonDAP_NEW_KS2_RWM', 'Not disadvantaged'),
      },
      {
        id: 'ks2-rwm-disadvantaged-council',
        label: 'KS2 reading, writing and maths, expected standard (%), council’s figures',
        a: grouped('KS2RWM_Expected_STD', 'disadvantaged', 'Disadvantaged'),
        b: grouped('KS2RWM_Expected_STD', 'non_disadvantaged', 'Not disadvantaged'),
      },
      {
        id: 'ks4-attainment8-disadvantaged',
        label: 'Attainment 8',
        a: lait('DAP_KS4_ATT8', 'Disadvantaged'),
        b: lait('NonDAP_KS4_ATT8', 'Not disadvantaged'),
      },
      {
        id: 'ks4-progress8-disadvantaged',
        label: 'Progress 8',
        a: lait('DAP_KS4_Prog8', 'Disadvantaged'),
        b: lait('NonDAP_KS4_Prog8', 'Not disadvantaged'),
      },
      {
        id: 'eyfs-gld-fsm',
        label: 'EYFS good level of development (%), pupils eligible for free school meals and not',
        a: lait('FSP_Gooddev_FSM', 'FSM'),
        b: lait('FSP_Gooddev_FSM_Other', 'Not FSM'),
      },
    ],
  },
  {
    id: 'sen',
    title: 'Pupils with SEN support and pupils with no identified SEN',
    measures: [
      {
        id: 'ks2-rwm-sen',
        label: 'KS2 reading, writing and maths, expected standard (%)',
        a: lait('NEW_KS2_RWM_Sen_W/Osta', 'SEN support'),
        b: lait('NoID_SEN_NEW_KS2_RWM', 'No identified SEN'),
      },
      {
        id: 'ks4-attainment8-sen',
        label: 'Attainment 8',
        a: lait('SEN_WoStat_AVG_Attain8_Score', 'SEN support'),
        b: lait('SEN_NoID_AVG_Attain8_Score', 'No identified SEN'),
      },
      {
        id: 'ks2-rwm-sen-council',
        label: 'KS2 reading, writing and maths, expected standard (%), council’s figures',
        a: grouped('KS2RWM_Expected_STD', 'sen_support', 'SEN support'),
        b: grouped('KS2RWM_Expected_STD', 'no_sen', 'No identified SEN'),
      },
    ],
  },
  {
    id: 'boys-girls',
    title: 'Boys and girls',
    measures: [
      {
        id: 'eyfs-gld-boys',
        label: 'EYFS good level of development (%)',
        a: grouped('FSP_NEW_GOODDEV', 'boys', 'Boys'),
        b: grouped('FSP_NEW_GOODDEV', 'girls', 'Girls'),
      },
      {
        id: 'ks2-rwm-boys',
        label: 'KS2 reading, writing and maths, expected standard (%)',
        a: grouped('KS2RWM_Expected_STD', 'boys', 'Boys'),
        b: grouped('KS2RWM_Expected_STD', 'girls', 'Girls'),
      },
      {
        id: 'ks4-attainment8-boys',
        label: 'Attainment 8',
        a: grouped('AVG_Attain8_Score', 'boys', 'Boys'),
        b: grouped('AVG_Attain8_Score', 'girls', 'Girls'),
      },
    ],
  },
];

export const gapIndicatorKeys = [
  ...new Set(gapSections.flatMap((s) => s.measures.flatMap((m) => [m.a.key, m.b.key]))),
];
