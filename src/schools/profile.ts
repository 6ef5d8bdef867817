import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import type { Actor } from '../access/actor.ts';
import { contextFindings, type Finding } from '../performance/school/context.ts';
import { schoolResultsFor, smallCohortRules } from './results.ts';

/**
 * A school's profile, one page in the shape governors and inspectors know from DfE's Inspection
 * Data Summary Report: who the school is, its context beside England's, three years of results,
 * and drafted strengths and areas for development, each from a figure shown on the page (none from
 * a figure withheld from this reader). The category of concern is shown only to those who may see it.
 */
export async function schoolProfileFor(services: Services, config: Config, actor: Actor, urn: number) {
  const { school, results } = await schoolResultsFor(services, config, actor, urn);
  const [context, concern, gaps] = await Promise.all([
    services.results.schoolContext(school.urn, school.phase),
    services.concern.schoolConcern(actor, urn),
    services.results.schoolGaps(school.urn, smallCohortRules(config, actor)),
  ]);
  const findings: Finding[] = [
    ...results.stages.flatMap((s) => s.findings),
    ...contextFindings(context.rows),
  ];
  const roll = context.rows.find((r) => r.key === 'SCH_NOR');
  return {
    school,
    results,
    context,
    concern,
    gaps,
    numberOnRoll: roll ? { text: roll.text, period: roll.period } : null,
    strengths: findings.filter((f) => f.reading === 'strength'),
    areasForDevelopment: findings.filter((f) => f.reading === 'area'),
    figures: results.figures,
  };
}

type Profile = Awaited<ReturnType<typeof schoolProfileFor>>;

/** The profile as a page (and so as a PDF): the same for the web and the command line. */
export const profilePage = {
  template: 'schools/views/profile.njk',
  context: (profile: Profile) => ({ pageTitle: `${profile.school.name}: school profile`, ...profile }),
};
