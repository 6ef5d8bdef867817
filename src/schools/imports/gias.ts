import type { CsvTable, ImportProblem } from '../../kernel/importFiles.ts';
import { readJudgement, frameworkOn } from '../rules/inspections.ts';
import { giasEstablishmentTypes, giasStatuses } from '../rules/establishmentTypes.ts';
import { giasPhasesOfEducation } from '../rules/phases.ts';
import { firstLines, RowReader, type Row } from './cells.ts';
import {
  gradedInspection,
  groupIdFromName,
  withDerivedFields,
  type EstablishmentRecord,
  type GroupRecord,
  type InspectionRecord,
  type MembershipRecord,
} from './records.ts';

// GIAS's establishment download (edubasealldata*.csv, or an extract of it) as DfE publishes it:
// one row a school, "(name)" columns with words, "(code)" columns with codes where present.

export const giasRequired = [
  'URN',
  'LA (code)',
  'LA (name)',
  'EstablishmentName',
  'TypeOfEstablishment (name)',
  'EstablishmentStatus (name)',
  'PhaseOfEducation (name)',
] as const;

const typeNames = giasEstablishmentTypes.map((t) => t.name);

/** GIAS's TrustSchoolFlag words for the kind of trust. */
const trustKinds: Record<string, string> = {
  'Supported by a multi-academy trust': 'Multi-academy trust',
  'Supported by a single-academy trust': 'Single-academy trust',
  'Supported by a trust': 'Trust',
};

export type GiasRecords = {
  establishments: EstablishmentRecord[];
  groups: GroupRecord[];
  memberships: MembershipRecord[];
  inspections: InspectionRecord[];
  problems: ImportProblem[];
};

export function readGias(table: CsvTable): GiasRecords {
  const problems: ImportProblem[] = [];
  const cells = new RowReader(table, problems);
  const isFirst = firstLines(problems, 'URN', 'URN');
  const establishments: EstablishmentRecord[] = [];
  const groups = new Map<string, GroupRecord>();
  const memberships: MembershipRecord[] = [];
  const inspections: InspectionRecord[] = [];

  for (const row of cells.rows()) {
    const urn = cells.urn(row, 'URN');
    if (urn > 0 && !isFirst(urn, row.line)) continue;
    const laCode = cells.required(row, 'LA (code)');
    if (laCode !== '' && !/^\d{3}$/.test(laCode))
      cells.problem(row, 'LA (code)', `"${laCode}" is not a three-digit LA number`);
    const establishmentType = cells.oneOf(row, 'TypeOfEstablishment (name)', typeNames);
    const phaseOfEducation = cells.oneOf(row, 'PhaseOfEducation (name)', giasPhasesOfEducation);
    const status = cells.oneOf(row, 'EstablishmentStatus (name)', giasStatuses);
    const trust = trustOf(cells, row);
    if (trust) {
      groups.set(trust.id, trust);
      memberships.push({ urn, groupId: trust.id });
    }
    const federation = federationOf(cells, row);
    if (federation) {
      groups.set(federation.id, federation);
      memberships.push({ urn, groupId: federation.id });
    }
    const head = [
      cells.text(row, 'HeadTitle (name)'),
      cells.text(row, 'HeadFirstName'),
      cells.text(row, 'HeadLastName'),
    ]
      .filter((part) => part !== '' && part !== 'Not applicable')
      .join(' ');
    establishments.push(
      withDerivedFields({
        urn,
        name: cells.required(row, 'EstablishmentName'),
        laCode,
        laName: cells.required(row, 'LA (name)'),
        laestab:
          cells.optional(row, 'EstablishmentNumber') === null
            ? null
            : `${laCode}${cells.text(row, 'EstablishmentNumber')}`,
        phaseOfEducation,
        establishmentType,
        typeGroup: cells.optional(row, 'EstablishmentTypeGroup (name)'),
        status,
        openedOn: cells.date(row, 'OpenDate'),
        closedOn: cells.date(row, 'CloseDate'),
        statutoryLowAge: cells.whole(row, 'StatutoryLowAge', { min: 0, max: 25 }),
        statutoryHighAge: cells.whole(row, 'StatutoryHighAge', { min: 0, max: 99 }),
        gender: cells.optional(row, 'Gender (name)'),
        religiousCharacter: cells.optional(row, 'ReligiousCharacter (name)'),
        diocese: cells.optional(row, 'Diocese (name)'),
        admissionsPolicy: cells.optional(row, 'AdmissionsPolicy (name)'),
        numberOnRoll: cells.whole(row, 'NumberOfPupils', { min: 0, max: 20_000 }),
        capacity: cells.whole(row, 'SchoolCapacity', { min: 0, max: 20_000 }),
        percentageFsm: cells.decimal(row, 'PercentageFSM', { min: 0, max: 100 }),
        parliamentaryConstituency: cells.optional(row, 'ParliamentaryConstituency (name)'),
        ward: cells.optional(row, 'AdministrativeWard (name)'),
        district: cells.optional(row, 'DistrictAdministrative (name)'),
        region: cells.optional(row, 'GOR (name)'),
        street: cells.optional(row, 'Street'),
        town: cells.optional(row, 'Town'),
        postcode: cells.optional(row, 'Postcode'),
        website: cells.optional(row, 'SchoolWebsite'),
        headteacher: head === '' ? null : head,
        sponsor: cells.optional(row, 'SchoolSponsors (name)'),
        trustId: trust?.id ?? null,
        federationId: federation?.id ?? null,
        source: 'gias',
        sourceLine: row.line,
      }),
    );
    const inspection = latestInspectionOf(cells, row, urn);
    if (inspection) inspections.push(inspection);
  }
  return { establishments, groups: [...groups.values()], memberships, inspections, problems };
}

function trustOf(cells: RowReader, row: Row): GroupRecord | null {
  const name = cells.optional(row, 'Trusts (name)');
  if (name === null) return null;
  const code = cells.optional(row, 'Trusts (code)');
  const groupType = trustKinds[cells.text(row, 'TrustSchoolFlag (name)')] ?? 'Trust';
  return { id: code ?? groupIdFromName('trust', name), name, groupType };
}

function federationOf(cells: RowReader, row: Row): GroupRecord | null {
  const name = cells.optional(row, 'Federations (name)');
  if (name === null) return null;
  const code = cells.optional(row, 'Federations (code)');
  return { id: code ?? groupIdFromName('federation', name), name, groupType: 'Federation' };
}

/** GIAS carries a school's latest graded inspection: its date and overall judgement. */
function latestInspectionOf(cells: RowReader, row: Row, urn: number): InspectionRecord | null {
  const inspectedOn = cells.date(row, 'OfstedLastInsp');
  const rating = cells.text(row, 'OfstedRating (name)');
  if (inspectedOn === null || urn === 0) return null;
  if (rating === '') return null;
  const judgement = readJudgement(rating);
  if (!judgement) {
    cells.problem(row, 'OfstedRating (name)', `"${rating}" is not an Ofsted judgement`);
    return null;
  }
  if (frameworkOn(inspectedOn) !== 'graded') {
    cells.problem(
      row,
      'OfstedRating (name)',
      `gives an overall grade for ${inspectedOn}, after Ofsted stopped overall grades`,
    );
    return null;
  }
  return gradedInspection(urn, inspectedOn, rating, judgement, { source: 'gias', line: row.line });
}
