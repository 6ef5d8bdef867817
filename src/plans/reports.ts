import { addSheetRow, csvFile, newWorkbook } from '../kernel/tables/files.ts';
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
  return csvFile([header, ...rows(kpis)]);
}

export async function kpiReportWorkbook(title: string, kpis: readonly ReportKpi[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('KPIs');
  addSheetRow(sheet, [title]).font = { bold: true, size: 14 };
  addSheetRow(sheet, header).font = { bold: true };
  for (const row of rows(kpis)) addSheetRow(sheet, row);
  sheet.columns.forEach((column) => {
    column.width = 28;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Plan progress for a board: one row an action, with its RAG, whether it is overdue and the latest
// commentary, priority by priority.
type ProgressPlan = {
  title: string;
  priorities: {
    number: string;
    title: string;
    actions: {
      number: string;
      strategicText: string;
      leads: string[];
      when: { text: string; dueBy: string | null };
      timeliness: string;
      rag: string;
      latestUpdate: { at: Date; commentary: string } | null;
    }[];
  }[];
};

const progressHeader = [
  'Priority',
  'No',
  'Action',
  'Who',
  'When',
  'Due by',
  'Timeliness',
  'RAG',
  'Latest update',
  'Commentary',
];

function progressRows(plan: ProgressPlan): string[][] {
  return plan.priorities.flatMap((p) =>
    p.actions.map((a) => [
      `${p.number}: ${p.title}`,
      a.number,
      a.strategicText,
      a.leads.join(' / '),
      a.when.text,
      a.when.dueBy ?? '',
      a.timeliness,
      a.rag,
      a.latestUpdate ? new Date(a.latestUpdate.at).toISOString().slice(0, 10) : '',
      a.latestUpdate?.commentary ?? '',
    ]),
  );
}

export function planProgressCsv(plan: ProgressPlan): string {
  return csvFile([progressHeader, ...progressRows(plan)]);
}

export async function planProgressWorkbook(plan: ProgressPlan): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Progress');
  addSheetRow(sheet, [plan.title]).font = { bold: true, size: 14 };
  addSheetRow(sheet, progressHeader).font = { bold: true };
  for (const row of progressRows(plan)) addSheetRow(sheet, row);
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
