import type { CsvTable, ImportProblem } from '../../kernel/importFiles.ts';
import { schoolListGroups, schoolListStatuses, schoolListTypes } from '../rules/establishmentTypes.ts';
import { phaseOfEducationFromSpine } from '../rules/phases.ts';
import { firstLines, RowReader, type Row } from './cells.ts';
import { withDerivedFields, type EstablishmentRecord } from './records.ts';

// DfE's performance-tables school list ("spine"): every school in England with its LA, type and
// key-stage flags, but no LA name and no trust. LA names come from the register's areas.

export const spineRequired = [
  'URN',
  'LA',
  'ESTAB',
  'SCHNAME',
  'ICLOSE',
  'OPENDATE',
  'CLOSEDATE',
  'MINORGROUP',
  'NFTYPE',
  'ISPRIMARY',
  'ISSECONDARY',
  'ISPOST16',
  'AGEL',
  'AGEH',
] as const;

export function readSpine(
  table: CsvTable,
  laNames: ReadonlyMap<string, string>,
): { establishments: EstablishmentRecord[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const cells = new RowReader(table, problems);
  const isFirst = firstLines(problems, 'URN', 'URN');
  const establishments: EstablishmentRecord[] = [];
  const flag = (row: Row, column: string) => cells.oneOf(row, column, ['0', '1']) === '1';

  for (const row of cells.rows()) {
    const urn = cells.urn(row, 'URN');
    if (urn > 0 && !isFirst(urn, row.line)) continue;
    const laCode = cells.required(row, 'LA');
    if (laCode !== '' && !/^\d{3}$/.test(laCode))
      cells.problem(row, 'LA', `"${laCode}" is not a three-digit LA number`);
    const closedFlag = cells.oneOf(row, 'ICLOSE', Object.keys(schoolListStatuses));
    const lowAge = cells.whole(row, 'AGEL', { min: 0, max: 25 });
    const highAge = cells.whole(row, 'AGEH', { min: 0, max: 99 });
    const establishmentNumber = cells.text(row, 'ESTAB');
    establishments.push(
      withDerivedFields({
        urn,
        name: cells.required(row, 'SCHNAME'),
        laCode,
        laName: laNames.get(laCode) ?? `LA ${laCode}`,
        laestab: establishmentNumber === '' ? null : `${laCode}${establishmentNumber}`,
        phaseOfEducation: phaseOfEducationFromSpine({
          isPrimary: flag(row, 'ISPRIMARY'),
          isSecondary: flag(row, 'ISSECONDARY'),
          isPost16: flag(row, 'ISPOST16'),
          lowAge,
          highAge,
        }),
        establishmentType: cells.oneOf(row, 'NFTYPE', schoolListTypes),
        typeGroup: cells.oneOf(row, 'MINORGROUP', schoolListGroups),
        status: schoolListStatuses[closedFlag] ?? 'Open',
        openedOn: cells.date(row, 'OPENDATE'),
        closedOn: cells.date(row, 'CLOSEDATE'),
        statutoryLowAge: lowAge,
        statutoryHighAge: highAge,
        gender: cells.optional(row, 'GENDER'),
        religiousCharacter: cells.optional(row, 'RELDENOM'),
        admissionsPolicy: cells.optional(row, 'ADMPOL'),
        street: cells.optional(row, 'STREET'),
        town: cells.optional(row, 'TOWN'),
        postcode: cells.optional(row, 'POSTCODE'),
        source: 'spine',
        sourceLine: row.line,
      }),
    );
  }
  return { establishments, problems };
}
