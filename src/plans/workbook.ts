import { addSheetRow, newWorkbook } from '../kernel/tables/files.ts';
import type { CsvTable, ImportProblem } from '../kernel/importFiles.ts';
import { ragStatuses, type RagStatus } from './schema.ts';

// A plan as a workbook in the council's own table layout, and read back from it. Seed 000 writes
// No, Actions, Who, When, Milestones; seed 002 writes Num, Strategic Actions, Operational Actions,
// Performance Measure, By whom and when, Resources/costs; both end with RAG. Each priority is a row
// of its own above its actions, so a plan edited in Excel can be imported again.

type ActionText = {
  strategic: string;
  operational: string;
  performanceMeasure: string;
  leads: string[];
  whenText: string;
  milestones: string;
  resources: string;
};
type Field = keyof ActionText;

export const planLayouts = {
  milestones: {
    number: 'No',
    columns: [
      ['Actions', 'strategic', 80],
      ['Who', 'leads', 16],
      ['When', 'whenText', 24],
      ['Milestones', 'milestones', 60],
    ],
  },
  operational: {
    number: 'Num',
    columns: [
      ['Strategic Actions', 'strategic', 50],
      ['Operational Actions', 'operational', 60],
      ['Performance Measure', 'performanceMeasure', 50],
      ['By whom and when', 'leads', 20],
      ['Resources/costs', 'resources', 16],
    ],
  },
} as const satisfies Record<
  string,
  { number: string; columns: readonly (readonly [string, Field, number])[] }
>;
export type PlanLayout = keyof typeof planLayouts;

export type WorkbookPlan = {
  layout: PlanLayout;
  priorities: {
    number: string;
    title: string;
    actions: (Omit<ActionText, 'whenText' | 'strategic'> & {
      number: string;
      strategicText: string;
      when: { text: string };
      rag: RagStatus;
    })[];
  }[];
};

const cellOf = (action: WorkbookPlan['priorities'][number]['actions'][number], field: Field): string =>
  field === 'leads'
    ? action.leads.join(' / ')
    : field === 'whenText'
      ? action.when.text
      : field === 'strategic'
        ? action.strategicText
        : action[field];

export async function planWorkbook(plan: WorkbookPlan): Promise<Buffer> {
  const layout = planLayouts[plan.layout];
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Plan');
  sheet.columns = [
    { header: layout.number, width: 8 },
    ...layout.columns.map(([header, , width]) => ({ header, width })),
    { header: 'RAG', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const priority of plan.priorities) {
    addSheetRow(sheet, [`Priority ${priority.number}`, priority.title]).font = { bold: true };
    for (const action of priority.actions) {
      addSheetRow(sheet, [
        action.number,
        ...layout.columns.map(([, field]) => cellOf(action, field)),
        action.rag,
      ]);
    }
  }
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type WorkbookAction = { line: number; number: string; text: Partial<ActionText>; rag: RagStatus };

/** Reads the action rows of a plan workbook in either layout, naming the line and column of anything wrong. */
export function readPlanWorkbook(table: CsvTable): { actions: WorkbookAction[]; problems: ImportProblem[] } {
  const layout = table.header.includes('Num') ? planLayouts.operational : planLayouts.milestones;
  const expected = [layout.number, ...layout.columns.map(([header]) => header), 'RAG'];
  const missing = expected.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    return {
      actions: [],
      problems: [
        { line: 1, message: `Missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` },
      ],
    };
  }
  const at = (name: string) => table.header.indexOf(name);
  const problems: ImportProblem[] = [];
  const actions: WorkbookAction[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const line = table.lines[i] ?? 0;
    const number = (cells[at(layout.number)] ?? '').trim();
    if (number === '' || /^priority\b/i.test(number)) return;
    const first = seen.get(number);
    if (first !== undefined) {
      problems.push({
        line,
        column: layout.number,
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
    const text: Partial<ActionText> = {};
    for (const [header, field] of layout.columns) {
      const value = (cells[at(header)] ?? '').trim();
      if (field === 'leads')
        text.leads = value
          .split('/')
          .map((l) => l.trim())
          .filter((l) => l !== '');
      else text[field] = value;
    }
    actions.push({ line, number, text, rag: rag as RagStatus });
  });
  return { actions, problems };
}
