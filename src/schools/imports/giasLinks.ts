import type { CsvTable, ImportProblem, RejectedRow } from '../../kernel/importFiles.ts';
import type { establishmentLinks } from '../schema.ts';
import { RowReader } from './cells.ts';

// GIAS links (links_edubasealldata*.csv): a school's predecessors and successors. GIAS publishes
// the file for all England; links from schools outside the register are set aside. The linked
// school may be outside the register (a long-closed predecessor): its published name is kept.

export const giasLinksRequired = ['URN', 'LinkURN', 'LinkName', 'LinkType', 'LinkEstablishedDate'] as const;

export type LinkRecord = typeof establishmentLinks.$inferInsert;

export function readGiasLinks(
  table: CsvTable,
  knownUrns: ReadonlySet<number>,
): { links: LinkRecord[]; problems: ImportProblem[]; rejected: RejectedRow[] } {
  const problems: ImportProblem[] = [];
  const rejected: RejectedRow[] = [];
  const cells = new RowReader(table, problems);
  const seen = new Map<string, number>();
  const links: LinkRecord[] = [];
  for (const row of cells.rows()) {
    const urn = cells.urn(row, 'URN');
    const linkedUrn = cells.urn(row, 'LinkURN');
    const linkType = cells.required(row, 'LinkType');
    const establishedOn = cells.date(row, 'LinkEstablishedDate');
    if (urn === 0 || linkedUrn === 0 || linkType === '') continue;
    if (urn === linkedUrn) {
      cells.problem(row, 'LinkURN', `links URN ${urn} to itself`);
      continue;
    }
    const key = `${urn}|${linkedUrn}|${linkType}`;
    const first = seen.get(key);
    if (first !== undefined) {
      cells.problem(row, 'LinkURN', `repeats the link on line ${first}`);
      continue;
    }
    seen.set(key, row.line);
    if (!knownUrns.has(urn)) {
      rejected.push({ line: row.line, reason: `URN ${urn} is not in the register` });
      continue;
    }
    links.push({
      urn,
      linkedUrn,
      linkedName: cells.text(row, 'LinkName'),
      linkType,
      establishedOn,
      source: 'gias-links',
      sourceLine: row.line,
    });
  }
  return { links, problems, rejected };
}
