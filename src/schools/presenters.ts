import { overallEffectivenessLabels } from './rules/inspections.ts';
import type { EstablishmentRow, InspectionRow, TrustRow } from './repository.ts';

// What the pages and the API show of the register. Dates stay ISO here; pages format them.

export function gradeLabel(grade: number | null): string {
  return grade === null ? 'No current grade' : `${grade} ${overallEffectivenessLabels[grade] ?? ''}`.trim();
}

export function presentSchoolSummary(
  school: EstablishmentRow,
  extra: { trustName: string | null; grade: number | null; latestInspectedOn: string | null },
) {
  return {
    urn: school.urn,
    name: school.name,
    laCode: school.laCode,
    laName: school.laName,
    phase: school.phase,
    phaseOfEducation: school.phaseOfEducation,
    establishmentType: school.establishmentType,
    isAcademy: school.isAcademy,
    status: school.status,
    trust: school.trustId ? { id: school.trustId, name: extra.trustName } : null,
    currentGrade: extra.grade,
    currentGradeLabel: gradeLabel(extra.grade),
    latestInspectedOn: extra.latestInspectedOn,
    isDemonstration: school.isDemonstration,
  };
}

export type PresentedSchoolSummary = ReturnType<typeof presentSchoolSummary>;

export function presentInspection(inspection: InspectionRow) {
  return {
    inspectedOn: inspection.inspectedOn,
    framework: inspection.framework,
    inspectionType: inspection.inspectionType,
    overallEffectiveness: inspection.overallEffectiveness,
    judgement:
      inspection.framework === 'report-card'
        ? 'Report card'
        : inspection.overallEffectiveness === null
          ? inspection.framework === 'no-overall-grade'
            ? 'No overall grade'
            : (inspection.publishedJudgement ?? 'Ungraded inspection')
          : gradeLabel(inspection.overallEffectiveness),
    publishedJudgement: inspection.publishedJudgement,
    keyJudgements: {
      qualityOfEducation: inspection.qualityOfEducation,
      behaviourAndAttitudes: inspection.behaviourAndAttitudes,
      personalDevelopment: inspection.personalDevelopment,
      leadershipAndManagement: inspection.leadershipAndManagement,
      earlyYears: inspection.earlyYears,
      sixthForm: inspection.sixthForm,
    },
    categoryOfConcern: inspection.categoryOfConcern,
    reportCard: inspection.reportCard,
    source: inspection.source,
  };
}

export function presentTrust(trust: TrustRow) {
  return {
    id: trust.id,
    name: trust.name,
    groupType: trust.groupType,
    isDemonstration: trust.isDemonstration,
  };
}
