import { asc, eq, and, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { establishments, inspections } from '../schools/schema.ts';
import { openOn } from '../schools/repository.ts';
import { currentGrade } from '../schools/rules/inspections.ts';
import { concernRepository } from './repository.ts';
import { performanceEvidence } from './performanceEvidence.ts';
import { predictionEvidence } from './predictionEvidence.ts';
import { yearBefore } from './rules/dates.ts';
import {
  proposeCategory,
  withoutPerformanceEvidence,
  type Proposal,
  type RiskModel,
  type SchoolEvidence,
} from './risk/model.ts';

// The desk-top review (SPEC C3): every open school in an LA (or in England), with the category the
// risk model proposes, its score and reasons. It reads and proposes; nothing is written until
// people decide at a School Assessment Meeting. The evidence is the register's (Ofsted grades,
// category of concern, time since inspection), the schools' published results
// (performanceEvidence.ts) and what officers have recorded in the last twelve months (a new
// headteacher, governance, safeguarding, complaints).

export type ReviewEntry = {
  urn: number;
  name: string;
  isAcademy: boolean;
  proposedCategory: string;
  score: number;
  reasons: string[];
};

const yearsBetween = (from: string, to: string) =>
  (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);

export async function reviewSchools(
  db: Database,
  laCode: string | null,
  asAt: string,
  model: RiskModel,
): Promise<ReviewEntry[]> {
  const inArea: SQL | undefined = laCode === null ? undefined : eq(establishments.laCode, laCode);
  const open = openOn(asAt);
  const schools = await db
    .select({ urn: establishments.urn, name: establishments.name, isAcademy: establishments.isAcademy })
    .from(establishments)
    .where(and(inArea, open))
    .orderBy(asc(establishments.name), asc(establishments.urn));
  if (schools.length === 0) {
    throw new NotFoundError(
      laCode === null
        ? 'The register has no open schools'
        : `The register has no open schools in LA ${laCode}`,
    );
  }
  // One read of the area's inspections, joined rather than listed: England has 22,000 open schools.
  const history = await db
    .select({ inspection: inspections })
    .from(inspections)
    .innerJoin(establishments, eq(establishments.urn, inspections.urn))
    .where(and(inArea, open));
  const byUrn = new Map<number, (typeof inspections.$inferSelect)[]>();
  for (const { inspection } of history) {
    if (inspection.inspectedOn > asAt) continue;
    const own = byUrn.get(inspection.urn);
    if (own) own.push(inspection);
    else byUrn.set(inspection.urn, [inspection]);
  }
  const attainmentYears = Math.max(
    1,
    ...model.rules.map((r) => (r.kind === 'attainmentBelowNational' ? r.years : 1)),
  );
  const results = await performanceEvidence(db, laCode, asAt, attainmentYears);
  // Schools' own predictions are read only when a council has turned their rule on.
  const predictions = model.rules.some((r) => r.kind === 'predictedBelowNational')
    ? await predictionEvidence(db, laCode, asAt)
    : new Map<number, NonNullable<SchoolEvidence['predictedHeadline']>>();
  const intelligence = await concernRepository.recentIntelligence(
    db,
    laCode === null ? null : schools.map((s) => s.urn),
    yearBefore(asAt),
    asAt,
  );
  return schools.map((school) => {
    const own = (byUrn.get(school.urn) ?? []).sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : -1));
    const graded = own.filter((i) => i.framework === 'graded');
    const latest = own[0];
    const evidence: SchoolEvidence = {
      ...withoutPerformanceEvidence,
      ...results.get(school.urn),
      grades: currentGrade(own, asAt) === null ? [] : graded.map((i) => i.overallEffectiveness),
      categoryOfConcern: graded[0]?.categoryOfConcern ?? null,
      yearsSinceInspection: latest ? yearsBetween(latest.inspectedOn, asAt) : null,
      intelligence: [...new Set((intelligence.get(school.urn) ?? []).map((i) => i.kind))],
      predictedHeadline: predictions.get(school.urn) ?? null,
    };
    const proposal: Proposal = proposeCategory(model, evidence);
    return {
      urn: school.urn,
      name: school.name,
      isAcademy: school.isAcademy,
      proposedCategory: proposal.category,
      score: proposal.score,
      reasons: proposal.reasons,
    };
  });
}
