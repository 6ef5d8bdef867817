import {
  columnIndex,
  type CsvTable,
  type ImportProblem,
  type RejectedRow,
} from '../../kernel/importFiles.ts';

export const neighbourColumns = ['la_number', 'neighbour_rank', 'neighbour_la_number', 'closeness'] as const;

export type NeighbourLink = {
  laCode: string;
  neighbourRank: number;
  neighbourCode: string;
  closeness: string | null;
};

/**
 * DfE's statistical neighbours, ten per LA, closest first. The 2021 model gives "-" for a few
 * neighbours (City of London, Isles of Scilly): those rows name no neighbour and are set aside.
 */
export function readNeighbours(table: CsvTable): {
  links: NeighbourLink[];
  problems: ImportProblem[];
  rejected: RejectedRow[];
} {
  const la = columnIndex(table, 'la_number');
  const rank = columnIndex(table, 'neighbour_rank');
  const neighbour = columnIndex(table, 'neighbour_la_number');
  const closeness = columnIndex(table, 'closeness');
  const links: NeighbourLink[] = [];
  const problems: ImportProblem[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const line = table.lines[i] ?? i + 2;
    const laCode = (row[la] ?? '').trim();
    const rankText = (row[rank] ?? '').trim();
    const neighbourCode = (row[neighbour] ?? '').trim();
    if (!/^\d{3}$/.test(laCode)) {
      problems.push({ line, column: 'la_number', message: `"${laCode}" is not a three-digit LA number` });
      return;
    }
    if (!/^\d+$/.test(rankText) || Number(rankText) < 1 || Number(rankText) > 10) {
      problems.push({
        line,
        column: 'neighbour_rank',
        message: `"${rankText}" is not a neighbour rank from 1 to 10`,
      });
      return;
    }
    if (neighbourCode === '-' || neighbourCode === '') {
      rejected.push({ line, reason: `LA ${laCode} has no neighbour ranked ${rankText} in this model` });
      return;
    }
    if (!/^\d{3}$/.test(neighbourCode)) {
      problems.push({
        line,
        column: 'neighbour_la_number',
        message: `"${neighbourCode}" is not a three-digit LA number`,
      });
      return;
    }
    if (neighbourCode === laCode) {
      problems.push({
        line,
        column: 'neighbour_la_number',
        message: `LA ${laCode} cannot be its own neighbour`,
      });
      return;
    }
    const identity = `${laCode}|${rankText}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      problems.push({
        line,
        message: `LA ${laCode} has a second neighbour ranked ${rankText} (first on line ${earlier})`,
      });
      return;
    }
    seen.set(identity, line);
    const close = (row[closeness] ?? '').trim();
    links.push({
      laCode,
      neighbourRank: Number(rankText),
      neighbourCode,
      closeness: close === '' ? null : close,
    });
  });
  return { links, problems, rejected };
}
