import { addSheetRow, newWorkbook } from '../kernel/tables/files.ts';
import { formatFigure } from '../performance/compare/numbers.ts';
import { academicYearLabel } from '../performance/periods.ts';
import type { OperationalGroupReport } from './report.ts';
import { movementWords } from './rules/movement.ts';

// The Operational Group's report as a workbook for the Strategic Board's papers: one row a school.

const header = [
  'School',
  'URN',
  'Academy',
  'Category at the last report',
  'Category now',
  'Movement',
  'Interventions in force',
  'Visits made',
  'Support days',
  'Headline results',
];

export function reportRows(report: OperationalGroupReport): string[][] {
  return report.schools.map((s) => [
    s.name,
    String(s.urn),
    s.isAcademy ? 'Yes' : 'No',
    s.previous ?? 'Not categorised',
    s.category ?? 'Not categorised',
    movementWords[s.movement],
    s.interventions.map((i) => `${i.kind} from ${i.startedOn}`).join('; '),
    String(s.visits),
    formatFigure(s.days, 1),
    s.results
      .map(
        (r) =>
          `${r.indicator} ${academicYearLabel(r.year)}: ${formatFigure(r.value, 1)}${r.england === null ? '' : ` (England ${formatFigure(r.england, 1)})`}`,
      )
      .join('; '),
  ]);
}

export async function reportWorkbook(report: OperationalGroupReport, laName: string): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Schools causing concern');
  addSheetRow(sheet, [
    `${laName}: Operational Group report, ${report.period.from} to ${report.period.to}`,
  ]).font = { bold: true, size: 14 };
  addSheetRow(sheet, header).font = { bold: true };
  for (const row of reportRows(report)) addSheetRow(sheet, row);
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
