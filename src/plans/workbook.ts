import ExcelJS from 'exceljs';
import type { CsvTable, ImportProblem } from '../app/imports.ts';
import { ragStatuses, type RagStatus } from './schema.ts';

// A plan as a workbook in the councils' own table layout (seed 000, seed 002): No, Actions, Who,
// When, Milestones, RAG, with each priority as a row of its own above its actions. The same
// layout reads back in, so a plan edited in Excel can be imported again.

export const planColumns = ['No', 'Actions', 'Who', 'When', 'Milestones', 'RAG'] as const;

export type WorkbookPlan = {
  title: string;
  priorities: {
    number: string;
    title: string;
    actions: {
      number: string;
      strategicText: string;
      leads: string[];
      when: { text: string };
      milestones: string;
      rag: RagStatus;
    }[];
  }[];
};

export async function planWorkbook(plan: WorkbookPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan');
  sheet.columns = [
    { header: 'No', width: 8 },
    { header: 'Actions', width: 80 },
    { header: 'Who', width: 16 },
    { header: 'When', width: 24 },
    { header: 'Milestones', width: 60 },
    { header: 'RAG', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const priority of plan.priorities) {
    const row = sheet.addRow([`Priority ${priority.number}`, priority.title]);
    row.font = { bold: true };
    for (const action of priority.actions) {
      sheet.addRow([
        action.number,
        action.strategicText,
        action.leads.join(' / '),
        action.when.text,
        action.milestones,
        action.rag,
      ]);
    }
  }
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type WorkbookAction = {
  line: number;
  number: string;
  strategic: string;
  leads: string[];
  whenText: string;
  milestones: string;
  rag: RagStatus;
};

/** Reads the action rows of a plan workbook, naming the line and column of anything wrong. */
export function readPlanWorkbook(table: CsvTable): { actions: WorkbookAction[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const missing = planColumns.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    return {
      actions: [],
      problems: [
        { line: 1, message: `Missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` },
      ],
    };
  }
  const at = (name: (typeof planColumns)[number]) => table.header.indexOf(name);
  const actions: WorkbookAction[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const line = table.lines[i] ?? 0;
    const number = (cells[at('No')] ?? '').trim();
    if (number === '' || /^priority\b/i.test(number)) return;
    const first = seen.get(number);
    if (first !== undefined) {
      problems.push({
        line,
        column: 'No',
        message: `Action ${number} appears again (first on line ${String(first)})`,
      });
      return;
    }
    seen.set(number, line);
    const rag = (cells[at('RAG')] ?? '').trim().toLowerCase();
    if (!(ragStatuses as readonly string[]).includes(rag)) {
      problems.push({
        line,
        column: 'RAG',
        message: `"${cells[at('RAG')] ?? ''}" is not a RAG status (${ragStatuses.join(', ')})`,
      });
      return;
    }
    actions.push({
      line,
      number,
      strategic: (cells[at('Actions')] ?? '').trim(),
      leads: (cells[at('Who')] ?? '')
        .split('/')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
      whenText: (cells[at('When')] ?? '').trim(),
      milestones: (cells[at('Milestones')] ?? '').trim(),
      rag: rag as RagStatus,
    });
  });
  return { actions, problems };
}
