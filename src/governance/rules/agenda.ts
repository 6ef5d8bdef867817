import type { AgendaItemKind } from '../schema.ts';

// A new meeting's agenda, as seed 001's notices set it out: apologies, declarations of interests,
// the minutes of the last meeting and matters arising first; the dates of future meetings last. In
// between, what the year asks of this meeting and the reports it is called for:
// - the first meeting of an academic year agrees the membership (seed 001's terms of reference);
// - a work programme not yet approved goes to the board for approval (seed 001: the Strategic Board
//   approves the annual work programme);
// - the items the work programme plans to this month ("provisional results: September");
// - the report the clerk names.

export type AgendaDraft = {
  kind: AgendaItemKind;
  title: string;
  reportFrom?: string | null;
  reportBy?: string | null;
  purpose?: string[];
  recommendations?: string[];
};

export type AgendaPlan = {
  firstOfAcademicYear: boolean;
  /** The year's work programme, if the board has one: whether approved, and what it plans to this month. */
  programme: {
    approved: boolean;
    yearName: string;
    planned: { title: string; reportFrom: string | null }[];
  } | null;
  report: Omit<AgendaDraft, 'kind'> | null;
};

export function standardAgenda(plan: AgendaPlan): AgendaDraft[] {
  return [
    { kind: 'apologies', title: 'Apologies for absence' },
    { kind: 'declarations', title: 'Declarations of interests' },
    { kind: 'minutes', title: 'Minutes of the last meeting' },
    { kind: 'matters arising', title: 'Matters arising' },
    ...(plan.firstOfAcademicYear
      ? [{ kind: 'membership' as const, title: 'Membership and terms of reference for the year' }]
      : []),
    ...(plan.programme && !plan.programme.approved
      ? [{ kind: 'work programme' as const, title: `Work programme ${plan.programme.yearName}` }]
      : []),
    ...(plan.programme?.planned ?? []).map((item) => ({
      kind: 'report' as const,
      title: item.title,
      reportFrom: item.reportFrom,
    })),
    ...(plan.report ? [{ ...plan.report, kind: 'report' as const }] : []),
    { kind: 'future meetings', title: 'Dates of future meetings' },
  ];
}
