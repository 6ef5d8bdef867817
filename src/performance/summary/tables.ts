import { notComparable } from '../compare/breaks.ts';
import type { Cell, DataColumn, DataTable, FigureCell } from '../../kernel/tables/tables.ts';
import type { ResultsSummary, SummaryRow, SummaryTable } from './build.ts';

// The results summary's tables as seed 001 prints them, with its column headings, for the page and
// for the downloads alike.

/** Only what a cell holds: the row's own working (places, breaks) stays out of the files and API. */
function cell({ value, text, judgement }: FigureCell): FigureCell {
  return judgement ? { value, text, judgement } : { value, text };
}

function columnsFor(table: SummaryTable, s: ResultsSummary): DataColumn[] {
  const area = s.area.name;
  const now = `${s.periodLabel}${s.provisional ? ' provisional' : ''}`;
  const national = `National ${s.periodLabel}${s.nationalProvisional ? ' provisional' : ''}`;
  const gapNow = `${s.periodLabel} gap - ${area} to national`;
  const gapBefore = `${s.lastPeriodLabel} gap - ${area} to national`;
  const measure = { header: 'Measure' };
  switch (table.kind) {
    case 'againstNational':
      return [
        measure,
        { header: `${area} ${now}`, figure: true },
        { header: national, figure: true },
        { header: gapNow, figure: true },
        { header: gapBefore, figure: true },
      ];
    case 'ranked':
      return [
        measure,
        { header: `${area} ${now}`, figure: true },
        { header: national, figure: true },
        { header: `LA ranking (${area}’s rank among LAs)` },
        { header: 'Quartile band' },
        { header: gapNow, figure: true },
        { header: gapBefore, figure: true },
      ];
    case 'progress':
      return [
        measure,
        { header: `${area} ${now}`, figure: true },
        { header: national, figure: true },
        { header: 'Difference to national' },
      ];
    case 'yearOnYear':
      return [
        measure,
        { header: `${area} ${now}`, figure: true },
        { header: `${area} ${s.lastPeriodLabel}`, figure: true },
        { header: 'Change since last year', figure: true },
      ];
  }
}

function lastGapCell(row: SummaryRow): FigureCell {
  const shown = cell(row.lastGap);
  return row.lastGap.previousMeasure && row.lastGap.value !== null
    ? { ...shown, text: `${shown.text} (previous measure)` }
    : shown;
}

function cellsFor(table: SummaryTable, row: SummaryRow): Cell[] {
  switch (table.kind) {
    case 'againstNational':
      return [row.label, cell(row.value), cell(row.national), cell(row.gap), lastGapCell(row)];
    case 'ranked':
      return [
        row.label,
        cell(row.value),
        cell(row.national),
        row.rank ? `${row.rank.text}${row.rank.source === 'published' ? ' (as published)' : ''}` : 'n/a',
        row.band ?? 'n/a',
        cell(row.gap),
        lastGapCell(row),
      ];
    case 'progress':
      return [row.label, cell(row.value), cell(row.national), row.progress?.words ?? 'n/a'];
    case 'yearOnYear': {
      const change = row.change.trendBreak
        ? { value: null, text: notComparable(row.change.trendBreak) }
        : cell(row.change);
      return [row.label, cell(row.value), cell(row.lastValue), change];
    }
  }
}

export function summaryTables(s: ResultsSummary): DataTable[] {
  return s.tables
    .filter((t) => t.rows.length > 0)
    .map((t) => ({
      id: t.id,
      title: t.title,
      columns: columnsFor(t, s),
      rows: t.rows.map((r) => cellsFor(t, r)),
      rowLinks: t.rows.map(
        (r) => `/areas/${s.area.code}/indicators/${encodeURIComponent(r.key)}?period=${String(s.period)}`,
      ),
      notes: [
        ...new Set(
          t.rows.flatMap((r) =>
            r.lastGap.previousMeasure && r.lastGap.value !== null ? [r.lastGap.previousMeasure] : [],
          ),
        ),
      ],
    }));
}
