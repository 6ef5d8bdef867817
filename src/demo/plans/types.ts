import type { TargetRule } from '../../plans/targets/rules.ts';

/** A council's plan as its paper sets it out, for the demonstration to load. */
export type SeedPlan = {
  title: string;
  organisation: string;
  kind: 'action plan' | 'strategy' | 'kpi report';
  publishedOn: string;
  ownerRole: string;
  source: string;
  introduction: string;
  /** The LA whose figures the KPIs read; Portsmouth's unless the plan says. */
  laCode?: string;
  glossary: { code: string; title: string }[];
  areas: { number: string; text: string }[];
  kpis: {
    number: string;
    priority: string;
    measure: string;
    indicatorKey: string | null;
    /** Judged from the schools register (% good or outstanding) rather than the catalogue. */
    fromRegister?: boolean;
    /** Figures recorded against the KPI itself, where the catalogue holds none for the LA. */
    evidence?: 'recorded';
    direction?: 'higher' | 'lower';
    baselineValue?: number;
    rule: TargetRule;
    baselinePeriod: number;
    targetPeriod: number;
    outcome: string;
    outcomeLead?: string;
    keyAction?: string;
    narrative?: string;
  }[];
  priorities: {
    number: string;
    title: string;
    areas: string[];
    successLooksLike: string;
    leads?: string[];
    differenceItMakes?: string;
    howWeWillKnow?: string;
    actions: {
      number: string;
      strategic: string;
      operational?: string;
      performanceMeasure?: string;
      leads: string[];
      when: string;
      milestones: string;
    }[];
  }[];
};
