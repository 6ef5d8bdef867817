import type { FieldProblem } from '../../kernel/errors.ts';
import { linkCrossReferences } from './crossReferences.ts';

// The checks a plan's shape must pass when it is edited on the web, the same whether an officer
// adds an action or a workbook renumbers one: every number once in the plan, an action numbered
// under its priority the way the council numbers (seed 000's priority 2 holds actions 2.1, 2.2 …;
// seed 002's priority 1:1 holds 1:1:1, 1:1:2 …), leads from the plan's glossary, and nothing taken
// away or renumbered while another part of the plan still points at it.

export type PlanShape = {
  glossary: readonly string[];
  areas: readonly string[];
  priorities: readonly {
    id: number;
    number: string;
    areas: readonly string[];
    leads: readonly string[];
    actions: readonly {
      id: number;
      number: string;
      leads: readonly string[];
      /** Its words, where cross-references are written. */
      texts: readonly string[];
      /** Its progress updates: the RAG history, which removing it would lose. */
      updates: number;
    }[];
  }[];
  kpis: readonly { id: number; number: string; priorityId: number | null; outcomeLead: string }[];
};

const allActions = (shape: PlanShape) => shape.priorities.flatMap((p) => p.actions);

/** The actions whose words refer to an action number ("refer to 1.3", "see 1:2:1"). */
export function actionsReferringTo(shape: PlanShape, number: string, except?: number): string[] {
  const wanted = new Set([number]);
  return allActions(shape)
    .filter((a) => a.id !== except)
    .filter((a) =>
      a.texts.some((text) => linkCrossReferences(text, wanted).some((part) => part.action === number)),
    )
    .map((a) => a.number);
}

const listed = (numbers: readonly string[]) =>
  numbers.length === 1 ? `action ${numbers[0] ?? ''}` : `actions ${numbers.join(', ')}`;

/** Leads not in the glossary, other than those the part already had (seed 000 writes "HIS" once for HSI). */
function unknownLeads(
  shape: PlanShape,
  leads: readonly string[],
  had: readonly string[] = [],
): FieldProblem[] {
  const unknown = leads.filter((code) => !shape.glossary.includes(code) && !had.includes(code));
  return unknown.length === 0
    ? []
    : [
        {
          field: 'leads',
          message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a lead role' : 'are not lead roles'} in this plan: add ${unknown.length === 1 ? 'it' : 'them'} under lead roles first`,
        },
      ];
}

export function areaProblems(shape: PlanShape, number: string, was?: string): FieldProblem[] {
  if (number !== was && shape.areas.includes(number))
    return [{ field: 'number', message: `Area ${number} is already in this plan` }];
  if (was !== undefined && number !== was) {
    const answering = shape.priorities.filter((p) => p.areas.includes(was)).map((p) => p.number);
    if (answering.length > 0)
      return [
        {
          field: 'number',
          message: `Priority ${answering.join(', ')} answers area ${was}: renumber it there first`,
        },
      ];
  }
  return [];
}

export function priorityProblems(
  shape: PlanShape,
  input: { number: string; areas: readonly string[]; leads: readonly string[] },
  editing?: number,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const before = shape.priorities.find((p) => p.id === editing);
  if (shape.priorities.some((p) => p.number === input.number && p.id !== editing))
    problems.push({ field: 'number', message: `Priority ${input.number} is already in this plan` });
  else if (before && before.number !== input.number && before.actions.length > 0)
    problems.push({
      field: 'number',
      message: `Priority ${before.number} holds actions numbered under it: renumber or move them first`,
    });
  const unknownAreas = input.areas.filter((a) => !shape.areas.includes(a));
  if (unknownAreas.length > 0)
    problems.push({ field: 'areas', message: `Area ${unknownAreas.join(', ')} is not in this plan` });
  return [...problems, ...unknownLeads(shape, input.leads, before?.leads)];
}

/** Whether an action's number sits under its priority's: "2.3" under "2", "1:1:2" under "1:1". */
export function numberedUnder(priority: string, action: string): boolean {
  return /^[.:]\S+$/.test(action.slice(priority.length)) && action.startsWith(priority);
}

export function actionProblems(
  shape: PlanShape,
  input: { priorityId: number; number: string; leads: readonly string[] },
  editing?: number,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const priority = shape.priorities.find((p) => p.id === input.priorityId);
  if (!priority) return [{ field: 'priorityId', message: 'Choose the priority the action serves' }];
  const before = allActions(shape).find((a) => a.id === editing);
  const movedFrom = shape.priorities.find((p) => p.actions.some((a) => a.id === editing));
  const renumbered = before !== undefined && before.number !== input.number;
  const moved = movedFrom !== undefined && movedFrom.id !== priority.id;
  if (allActions(shape).some((a) => a.number === input.number && a.id !== editing))
    problems.push({ field: 'number', message: `Action ${input.number} is already in this plan` });
  else if ((before === undefined || renumbered || moved) && !numberedUnder(priority.number, input.number))
    problems.push({
      field: 'number',
      message: `An action under priority ${priority.number} is numbered ${priority.number}.1, ${priority.number}.2 and so on (or ${priority.number}:1)`,
    });
  else if (renumbered) {
    const referring = actionsReferringTo(shape, before.number, before.id);
    if (referring.length > 0)
      problems.push({
        field: 'number',
        message: `${capital(listed(referring))} ${referring.length === 1 ? 'refers' : 'refer'} to action ${before.number}: change ${referring.length === 1 ? 'that reference' : 'those references'} first`,
      });
  }
  return [...problems, ...unknownLeads(shape, input.leads, before?.leads)];
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type PlanPart = 'area' | 'role' | 'priority' | 'action' | 'kpi';

/** Why a part of the plan cannot be taken away yet, or nothing when it can. */
export function removalProblem(shape: PlanShape, part: PlanPart, key: string): string | null {
  switch (part) {
    case 'area': {
      const answering = shape.priorities.filter((p) => p.areas.includes(key)).map((p) => p.number);
      return answering.length > 0
        ? `Priority ${answering.join(', ')} answers area ${key}: change ${answering.length === 1 ? 'it' : 'them'} first`
        : null;
    }
    case 'role': {
      const leading = [
        ...shape.priorities.filter((p) => p.leads.includes(key)).map((p) => `priority ${p.number}`),
        ...allActions(shape)
          .filter((a) => a.leads.includes(key))
          .map((a) => `action ${a.number}`),
        ...shape.kpis.filter((k) => k.outcomeLead === key).map((k) => `KPI ${k.number}`),
      ];
      return leading.length > 0 ? `${key} leads ${leading.join(', ')}: give them another lead first` : null;
    }
    case 'priority': {
      const priority = shape.priorities.find((p) => String(p.id) === key);
      if (!priority) return null;
      if (priority.actions.length > 0)
        return `Priority ${priority.number} still holds ${listed(priority.actions.map((a) => a.number))}: remove or move them first`;
      const measuring = shape.kpis.filter((k) => k.priorityId === priority.id).map((k) => k.number);
      return measuring.length > 0
        ? `KPI ${measuring.join(', ')} measures priority ${priority.number}: move or remove ${measuring.length === 1 ? 'it' : 'them'} first`
        : null;
    }
    case 'action': {
      const action = allActions(shape).find((a) => String(a.id) === key);
      if (!action) return null;
      if (action.updates > 0)
        return `Action ${action.number} has ${action.updates === 1 ? 'a progress update' : `${String(action.updates)} progress updates`}: mark it complete rather than remove it, so its history stays`;
      const referring = actionsReferringTo(shape, action.number, action.id);
      return referring.length > 0
        ? `${capital(listed(referring))} ${referring.length === 1 ? 'refers' : 'refer'} to action ${action.number}: change ${referring.length === 1 ? 'that reference' : 'those references'} first`
        : null;
    }
    case 'kpi':
      return null;
  }
}
