import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { formatFigure } from '../performance/compare/numbers.ts';
import { academicYearLabel } from '../performance/periods.ts';

// The KPI report as a table a board's papers can take: one row a KPI, in seed 003's order of
// fields, then its status and the reasoning behind it.

type ReportKpi = {
  number: string;
  outcome: string;
  outcomeLeadTitle: string;
  keyAction: string;
  measure: string;
  unit: string;
  decimalPlaces: number;
  series: { period: number; value: number | null }[];
  status: string;
  reasoning: string;
  narrative: string;
};

const header = [
  'KPI',
  'Outcome',
  'Outcome lead',
  'Key action',
  'Performance indicator',
  'Latest year',
  'Latest value',
  'Status',
  'Why',
  'Narrative',
];

function rows(kpis: readonly ReportKpi[]): string[][] {
  return kpis.map((k) => {
    const latest = [...k.series].reverse().find((s) => s.value !== null);
    return [
      k.number,
      k.outcome,
      k.outcomeLeadTitle,
      k.keyAction,
      k.measure,
      latest ? academicYearLabel(latest.period) : '',
      latest?.value === undefined || latest.value === null
        ? ''
        : `${formatFigure(latest.value, k.decimalPlaces)}${k.unit}`,
      k.status,
      k.reasoning,
      k.narrative,
    ];
  });
}

export function kpiReportCsv(kpis: readonly ReportKpi[]): string {
  return Papa.unparse([header, ...rows(kpis)]);
}

export async function kpiReportWorkbook(title: string, kpis: readonly ReportKpi[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('KPIs');
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow(header).font = { bold: true };
  for (const row of rows(kpis)) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 28;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
