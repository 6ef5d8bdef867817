import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { NotFoundError } from '../app/errors.ts';
import { establishments, inspections } from '../schools/schema.ts';
import { currentGrade } from '../schools/rules/inspections.ts';
import {
  defaultRiskModel,
  proposeCategory,
  withoutPerformanceEvidence,
  type RiskModel,
  type SchoolEvidence,
} from './risk/model.ts';

// The desk-top review (SPEC C3): every open school in an LA, with the category the risk model
// proposes, its score and reasons. It reads and proposes; nothing is written until people decide.
// The evidence so far is the register's: Ofsted grades, category of concern, time since inspection.

const yearsBetween = (from: string, to: string) =>
  (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);

export function createConcernReviewService(db: Database, model: RiskModel = defaultRiskModel) {
  return {
    async review(laCode: string, asAt: string) {
      const schools = await db
        .select({
          urn: establishments.urn,
          name: establishments.name,
          status: establishments.status,
          closedOn: establishments.closedOn,
        })
        .from(establishments)
        .where(eq(establishments.laCode, laCode))
        .orderBy(asc(establishments.name));
      const open = schools.filter((s) => s.status !== 'Closed' && (s.closedOn === null || s.closedOn > asAt));
      if (open.length === 0) throw new NotFoundError(`The register has no open schools in LA ${laCode}`);
      const history =
        open.length === 0
          ? []
          : await db
              .select()
              .from(inspections)
              .where(
                inArray(
                  inspections.urn,
                  open.map((s) => s.urn),
                ),
              );
      const byUrn = new Map<number, typeof history>();
      for (const row of history) byUrn.set(row.urn, [...(byUrn.get(row.urn) ?? []), row]);
      return {
        model: { version: model.version, categories: model.categories },
        asAt,
        entries: open.map((school) => {
          const own = (byUrn.get(school.urn) ?? [])
            .filter((i) => i.inspectedOn <= asAt)
            .sort((a, b) => (a.inspectedOn < b.inspectedOn ? 1 : -1));
          const graded = own.filter((i) => i.framework === 'graded');
          const latest = own[0];
          const evidence: SchoolEvidence = {
            grades: currentGrade(own, asAt) === null ? [] : graded.map((i) => i.overallEffectiveness),
            categoryOfConcern: graded[0]?.categoryOfConcern ?? null,
            yearsSinceInspection: latest ? yearsBetween(latest.inspectedOn, asAt) : null,
            ...withoutPerformanceEvidence,
          };
          const proposal = proposeCategory(model, evidence);
          return {
            urn: school.urn,
            name: school.name,
            proposedCategory: proposal.category,
            score: proposal.score,
            reasons: proposal.reasons,
          };
        }),
      };
    },
  };
}
