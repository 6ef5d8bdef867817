import type { CsvTable, ImportProblem, RejectedRow } from '../../kernel/importFiles.ts';
import { frameworkOn, readJudgement } from '../rules/inspections.ts';
import { RowReader } from './cells.ts';
import { gradedInspection, type InspectionRecord } from './records.ts';

// Ofsted's inspection history: one row a graded inspection (URN, Rating, Inspection Date as
// YYYYMMDD). Inspections of schools outside the register are set aside, not imported.

export const ofstedRequired = ['URN', 'Rating', 'Inspection Date'] as const;

export function readOfsted(
  table: CsvTable,
  knownUrns: ReadonlySet<number>,
): { inspections: InspectionRecord[]; problems: ImportProblem[]; rejected: RejectedRow[] } {
  const problems: ImportProblem[] = [];
  const rejected: RejectedRow[] = [];
  const cells = new RowReader(table, problems);
  const byKey = new Map<string, { line: number; rating: string }>();
  const inspections: InspectionRecord[] = [];

  for (const row of cells.rows()) {
    const urn = cells.urn(row, 'URN');
    const inspectedOn = cells.date(row, 'Inspection Date');
    const rating = cells.required(row, 'Rating');
    const judgement = readJudgement(rating);
    if (rating !== '' && !judgement) cells.problem(row, 'Rating', `"${rating}" is not an Ofsted judgement`);
    if (urn === 0 || inspectedOn === null || !judgement) continue;
    if (frameworkOn(inspectedOn) !== 'graded') {
      cells.problem(
        row,
        'Rating',
        `gives an overall grade on ${inspectedOn}, after Ofsted stopped overall grades`,
      );
      continue;
    }
    if (!knownUrns.has(urn)) {
      rejected.push({ line: row.line, reason: `URN ${urn} is not in the register` });
      continue;
    }
    // Ofsted's scraped history repeats a few inspections; a second, different judgement for the
    // same school and day cannot both be right, so the first is kept and the other reported.
    const key = `${urn}|${inspectedOn}`;
    const earlier = byKey.get(key);
    if (earlier) {
      rejected.push({
        line: row.line,
        reason:
          earlier.rating === rating
            ? `repeats line ${earlier.line}`
            : `a second judgement (${rating}) for URN ${urn} on ${inspectedOn}; line ${earlier.line} (${earlier.rating}) is kept`,
      });
      continue;
    }
    byKey.set(key, { line: row.line, rating });
    inspections.push(
      gradedInspection(urn, inspectedOn, rating, judgement, { source: 'ofsted', line: row.line }),
    );
  }
  return { inspections, problems, rejected };
}
