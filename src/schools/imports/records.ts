import type { establishments, inspections, trusts } from '../schema.ts';
import { isAcademyType, phaseGroupOf, phaseOf } from '../rules/phases.ts';
import type { Judgement } from '../rules/inspections.ts';

export type EstablishmentRecord = typeof establishments.$inferInsert;
export type GroupRecord = typeof trusts.$inferInsert;
export type InspectionRecord = typeof inspections.$inferInsert;
export type MembershipRecord = { urn: number; groupId: string };

/** Beacon's phase, landscape group and academy flag, worked out from the published type and phase. */
export function withDerivedFields<T extends Omit<EstablishmentRecord, 'phase' | 'phaseGroup' | 'isAcademy'>>(
  record: T,
): T & Pick<EstablishmentRecord, 'phase' | 'phaseGroup' | 'isAcademy'> {
  const phase = phaseOf({
    phaseOfEducation: record.phaseOfEducation ?? null,
    establishmentType: record.establishmentType,
    name: record.name,
  });
  return {
    ...record,
    phase,
    phaseGroup: phaseGroupOf(phase, record.phaseOfEducation ?? null),
    isAcademy: isAcademyType(record.establishmentType, record.typeGroup ?? null),
  };
}

/** A group's key when the file gives only its name: readable and stable across imports. */
export function groupIdFromName(prefix: string, name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${slug}`;
}

/** A graded inspection as GIAS and Ofsted's history publish it: a date and an overall judgement. */
export function gradedInspection(
  urn: number,
  inspectedOn: string,
  published: string,
  judgement: Judgement,
  from: { source: string; line: number },
): InspectionRecord {
  return {
    urn,
    inspectedOn,
    framework: 'graded',
    overallEffectiveness: judgement.overallEffectiveness,
    publishedJudgement: published,
    categoryOfConcern: judgement.categoryOfConcern,
    source: from.source,
    sourceLine: from.line,
  };
}
