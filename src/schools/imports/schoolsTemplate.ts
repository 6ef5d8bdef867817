import type { CsvTable, ImportProblem } from '../../kernel/importFiles.ts';
import { giasEstablishmentTypes, giasStatuses } from '../rules/establishmentTypes.ts';
import { categoriesOfConcern, frameworkOn, readJudgement, reportCardGrades } from '../rules/inspections.ts';
import { giasPhasesOfEducation } from '../rules/phases.ts';
import { firstLines, RowReader, type Row } from './cells.ts';
import type { LinkRecord } from './giasLinks.ts';
import {
  groupIdFromName,
  withDerivedFields,
  type EstablishmentRecord,
  type GroupRecord,
  type InspectionRecord,
} from './records.ts';
import type { academyConversions } from '../schema.ts';

// Beacon's schools template (docs/schools-template.md) for councils without GIAS or Ofsted files:
// one row a school, in GIAS's own words for type, phase and status.

export const schoolsTemplateRequired = [
  'urn',
  'name',
  'la_code',
  'la_name',
  'type',
  'phase',
  'status',
] as const;

export const schoolsTemplateOptional = [
  'open_date',
  'close_date',
  'number_on_roll',
  'ward',
  'parliamentary_constituency',
  'religious_character',
  'headteacher',
  'teaching_school_alliance',
  'trust_id',
  'trust_name',
  'trust_type',
  'trust_join_date',
  'predecessor_urn',
  'latest_inspection_date',
  'latest_inspection_grade',
  'category_of_concern',
  'report_card',
  'conversion_stage',
  'academy_order_date',
  'academy_sponsor',
  'expected_conversion_date',
] as const;

export type ConversionRecord = typeof academyConversions.$inferInsert;
export type DatedMembership = { urn: number; groupId: string; joinedOn: string | null };

export type TemplateRecords = {
  establishments: EstablishmentRecord[];
  groups: GroupRecord[];
  memberships: DatedMembership[];
  links: LinkRecord[];
  inspections: InspectionRecord[];
  conversions: ConversionRecord[];
  problems: ImportProblem[];
};

const trustTypes = ['Multi-academy trust', 'Single-academy trust', 'Trust', 'Federation'] as const;
const conversionStages = ['Considering', 'Academy order issued', 'Converting'] as const;

export function readSchoolsTemplate(table: CsvTable, knownUrns: ReadonlySet<number>): TemplateRecords {
  const problems: ImportProblem[] = [];
  const cells = new RowReader(table, problems);
  const isFirst = firstLines(problems, 'URN', 'urn');
  const records: TemplateRecords = {
    establishments: [],
    groups: [],
    memberships: [],
    links: [],
    inspections: [],
    conversions: [],
    problems,
  };
  const groups = new Map<string, GroupRecord>();
  const inFile = new Set<number>();
  const predecessors: { urn: number; predecessor: number; line: number }[] = [];

  for (const row of cells.rows()) {
    const urn = cells.urn(row, 'urn');
    if (urn > 0 && !isFirst(urn, row.line)) continue;
    inFile.add(urn);
    const laCode = cells.required(row, 'la_code');
    if (laCode !== '' && !/^\d{3}$/.test(laCode))
      cells.problem(row, 'la_code', `"${laCode}" is not a three-digit LA number`);
    const establishmentType = cells.oneOf(
      row,
      'type',
      giasEstablishmentTypes.map((t) => t.name),
    );
    const trustName = cells.optional(row, 'trust_name');
    const trustId =
      trustName === null ? null : (cells.optional(row, 'trust_id') ?? groupIdFromName('trust', trustName));
    if (trustName !== null && trustId !== null) {
      const groupType =
        cells.has('trust_type') && cells.text(row, 'trust_type') !== ''
          ? cells.oneOf(row, 'trust_type', trustTypes)
          : 'Multi-academy trust';
      groups.set(trustId, { id: trustId, name: trustName, groupType });
      records.memberships.push({ urn, groupId: trustId, joinedOn: cells.date(row, 'trust_join_date') });
    }
    records.establishments.push(
      withDerivedFields({
        urn,
        name: cells.required(row, 'name'),
        laCode,
        laName: cells.required(row, 'la_name'),
        phaseOfEducation: cells.oneOf(row, 'phase', giasPhasesOfEducation),
        establishmentType,
        typeGroup: giasEstablishmentTypes.find((t) => t.name === establishmentType)?.group ?? null,
        status: cells.oneOf(row, 'status', giasStatuses),
        openedOn: cells.date(row, 'open_date'),
        closedOn: cells.date(row, 'close_date'),
        numberOnRoll: cells.whole(row, 'number_on_roll', { min: 0, max: 20_000 }),
        ward: cells.optional(row, 'ward'),
        parliamentaryConstituency: cells.optional(row, 'parliamentary_constituency'),
        religiousCharacter: cells.optional(row, 'religious_character'),
        headteacher: cells.optional(row, 'headteacher'),
        teachingSchoolAlliance: cells.optional(row, 'teaching_school_alliance'),
        trustId,
        source: 'schools-template',
        sourceLine: row.line,
      }),
    );
    const predecessor = cells.text(row, 'predecessor_urn');
    if (predecessor !== '')
      predecessors.push({ urn, predecessor: cells.urn(row, 'predecessor_urn'), line: row.line });

    const inspectedOn = cells.date(row, 'latest_inspection_date');
    const grade = cells.text(row, 'latest_inspection_grade');
    const category = cells.text(row, 'category_of_concern');
    if (inspectedOn !== null && urn > 0) {
      const framework = frameworkOn(inspectedOn);
      const judgement = grade === '' ? undefined : readJudgement(grade);
      if (grade !== '' && !judgement)
        cells.problem(row, 'latest_inspection_grade', `"${grade}" is not 1 to 4 or an Ofsted judgement`);
      if (grade !== '' && framework !== 'graded') {
        cells.problem(
          row,
          'latest_inspection_grade',
          `must be empty for an inspection on ${inspectedOn}: Ofsted gave no overall grades after 1 September 2024`,
        );
      }
      records.inspections.push({
        urn,
        inspectedOn,
        framework,
        overallEffectiveness: framework === 'graded' ? (judgement?.overallEffectiveness ?? null) : null,
        publishedJudgement: grade === '' ? null : grade,
        categoryOfConcern:
          category === ''
            ? (judgement?.categoryOfConcern ?? null)
            : cells.oneOf(row, 'category_of_concern', categoriesOfConcern),
        reportCard: reportCardOf(cells, row, framework),
        source: 'schools-template',
        sourceLine: row.line,
      });
    } else if (grade !== '') {
      cells.problem(row, 'latest_inspection_date', 'is needed with latest_inspection_grade');
    }

    const stage = cells.text(row, 'conversion_stage');
    if (stage !== '') {
      records.conversions.push({
        urn,
        stage: cells.oneOf(row, 'conversion_stage', conversionStages),
        academyOrderOn: cells.date(row, 'academy_order_date'),
        sponsor: cells.optional(row, 'academy_sponsor'),
        expectedOn: cells.date(row, 'expected_conversion_date'),
        source: 'schools-template',
      });
    }
  }
  for (const { urn, predecessor, line } of predecessors) {
    if (predecessor === 0) continue;
    if (!inFile.has(predecessor) && !knownUrns.has(predecessor)) {
      problems.push({
        line,
        column: 'predecessor_urn',
        message: `predecessor_urn ${predecessor} is not in the register or in this file`,
      });
      continue;
    }
    records.links.push({
      urn,
      linkedUrn: predecessor,
      linkedName: '',
      linkType: 'Predecessor',
      establishedOn: null,
      source: 'schools-template',
      sourceLine: line,
    });
  }
  records.groups = [...groups.values()];
  return records;
}

/**
 * A report card's grades, written "area=grade; area=grade" on Ofsted's five-point scale. Only an
 * inspection from 10 November 2025 has one; the old four-point grade never stands in for it.
 */
function reportCardOf(
  cells: RowReader,
  row: Row,
  framework: ReturnType<typeof frameworkOn>,
): Record<string, string> | null {
  const text = cells.text(row, 'report_card');
  if (text === '') return null;
  if (framework !== 'report-card') {
    cells.problem(
      row,
      'report_card',
      'is only for inspections from 10 November 2025, when report cards began',
    );
    return null;
  }
  const card: Record<string, string> = {};
  for (const part of text.split(';')) {
    const [area = '', grade = ''] = part.split('=').map((p) => p.trim());
    if (area === '' || !(reportCardGrades as readonly string[]).includes(grade)) {
      cells.problem(
        row,
        'report_card',
        `"${part.trim()}" is not "area=grade" with a grade of ${reportCardGrades.join(', ')}`,
      );
      continue;
    }
    card[area] = grade;
  }
  return card;
}
