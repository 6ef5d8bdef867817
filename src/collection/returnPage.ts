import type { FastifyReply } from 'fastify';
import type { Actor } from '../access/actor.ts';
import type { Services } from '../kernel/services.ts';
import { type ValidationError, formErrors } from '../kernel/errors.ts';
import { todayIso as today } from '../kernel/format.ts';
import { optional } from '../kernel/forms.ts';
import { cellKey, groupWords, gridRows, type Grid } from './rules/grid.ts';
import { fieldOf, type ReturnInput } from './returns.ts';

// A school's return as a page: one section for each year group, the checks it passes and fails,
// and the forms for the school and the LA. Shared by the form's own routes and the upload's.

/** A row's note field: one note explains any query on the row's figures. */
const noteFieldOf = (row: { year: string; subject: string; group: string }) =>
  `n-${row.year}-${row.subject}-${row.group}`;

/** The return as the form posts it: each figure a number, empty, or NaN for the checks to name. */
export function returnFromForm(grid: Grid, body: Record<string, string>): ReturnInput {
  const figure = (text: string | undefined) => {
    const given = optional(text);
    return given === null ? null : Number(given.trim());
  };
  const figures: Record<string, number | null> = {};
  const notes: Record<string, string> = {};
  for (const row of gridRows(grid)) {
    const note = (body[noteFieldOf(row)] ?? '').trim();
    for (const m of grid.measures) {
      const key = cellKey({ ...row, measure: m.key });
      figures[key] = figure(body[fieldOf(key)]);
      if (note !== '') notes[key] = note;
    }
  }
  const predictions: Record<string, number | null> = {};
  for (const p of grid.predictions) {
    predictions[p.key] = figure(body[fieldOf(`prediction|${p.key}`)]);
    const note = (body[`n-p-${p.key}`] ?? '').trim();
    if (note !== '') notes[`prediction|${p.key}`] = note;
  }
  return { figures, predictions, notes };
}

/** The form's values again, as the page fills them in: what was typed, or what is held. */
function formValues(view: {
  grid: Grid;
  figures: Record<string, number | null>;
  predictions: Record<string, number | null>;
  notes: Record<string, string>;
}) {
  const values: Record<string, string> = {};
  for (const row of gridRows(view.grid)) {
    for (const m of view.grid.measures) {
      const key = cellKey({ ...row, measure: m.key });
      const v = view.figures[key];
      values[fieldOf(key)] = v === null || v === undefined ? '' : String(v);
      const note = view.notes[key];
      if (note) values[noteFieldOf(row)] = note;
    }
  }
  for (const p of view.grid.predictions) {
    const v = view.predictions[p.key];
    values[fieldOf(`prediction|${p.key}`)] = v === null || v === undefined ? '' : String(v);
    values[`n-p-${p.key}`] = view.notes[`prediction|${p.key}`] ?? '';
  }
  return values;
}

export async function renderReturnPage(
  services: Services,
  reply: FastifyReply,
  actor: Actor,
  windowId: number,
  urn: number,
  problem?: { values: Record<string, string>; error: ValidationError },
) {
  const view = await services.inYearReturns.view(actor, windowId, urn, today());
  const laShares = await services.inYearAnalysis.laShares(windowId, view.grid);
  const errors = view.problems.filter((p) => p.level === 'error' && !p.missing);
  return reply.status(problem ? 400 : 200).page('collection/views/return.njk', {
    pageTitle: `${view.school.name}: ${view.window.name}`,
    view,
    rowsByYear: view.grid.yearGroups.map((year) => ({
      year,
      rows: gridRows(view.grid)
        .filter((r) => r.year === year)
        .map((r) => ({
          ...r,
          words: `${r.subject}, ${groupWords[r.group]}`,
          label: `${r.subject.charAt(0).toUpperCase()}${r.subject.slice(1)}, ${groupWords[r.group]}`,
          noteField: noteFieldOf(r),
          cells: view.grid.measures.map((m) => ({
            field: fieldOf(cellKey({ ...r, measure: m.key })),
            label: m.label,
            measure: m.key,
          })),
          la: laShares[cellKey({ ...r, measure: 'expected' })] ?? null,
        })),
    })),
    predictionFields: view.grid.predictions.map((p) => ({
      ...p,
      field: fieldOf(`prediction|${p.key}`),
      noteField: `n-p-${p.key}`,
      actual: view.actuals[p.key] ?? null,
    })),
    values: problem && Object.keys(problem.values).length > 0 ? problem.values : formValues(view),
    held: {
      errors: errors.length,
      queries: view.problems.filter((p) => p.level === 'query').length,
      missing: view.problems.filter((p) => p.missing).length,
    },
    heldProblems: view.problems,
    ...(problem ? formErrors(problem.error) : {}),
  });
}
