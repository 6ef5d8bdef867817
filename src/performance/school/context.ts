import { quintileWords, type QuintileWords } from '../compare/quintiles.ts';
import { academicYearLabel } from '../periods.ts';
import { printedFigure } from '../presenters.ts';
import type { Figure, IndicatorRow } from '../valuesRepository.ts';
import type { DataTable } from '../../kernel/tables/tables.ts';
import type { contextBenchmarks } from '../schema.ts';

// A school's context for its profile, in the shape of DfE's Inspection Data Summary Report: each
// measure's latest figure beside England's for the school's phase, and the fifth of all England's
// schools it falls in. Absence reads as a strength or an area for development; the rest is context.

export type Benchmark = typeof contextBenchmarks.$inferSelect;
export type ContextPhase = 'PRI' | 'SEC' | 'SPE';

export type SchoolContextInput = {
  indicators: ReadonlyMap<string, IndicatorRow>;
  /** The school's own figures for the context measures. */
  figures: readonly Figure[];
  benchmarks: readonly Benchmark[];
  phase: ContextPhase | null;
  keys: readonly string[];
};

export type ContextRow = {
  key: string;
  title: string;
  period: number;
  value: number | null;
  /** The figure as printed. */
  text: string;
  band: QuintileWords | null;
  polarity: IndicatorRow['polarity'];
};

/** "Primary" → PRI: the phase whose England figure a school is set beside. */
export function contextPhaseOf(phase: string): ContextPhase | null {
  if (/primary|infant|junior|first|middle deemed primary/i.test(phase)) return 'PRI';
  if (/secondary|all-through|middle deemed secondary/i.test(phase)) return 'SEC';
  if (/special/i.test(phase)) return 'SPE';
  return null;
}

const phaseNames: Record<ContextPhase, string> = {
  PRI: 'state-funded primary schools',
  SEC: 'state-funded secondary schools',
  SPE: 'state-funded special schools',
};

export function buildSchoolContext(input: SchoolContextInput) {
  const rows: ContextRow[] = [];
  const cells = input.keys.flatMap((key) => {
    const indicator = input.indicators.get(key);
    const own = input.figures
      .filter((f) => f.indicatorKey === key)
      .sort((a, b) => b.periodEnd - a.periodEnd)[0];
    if (!indicator || !own) return [];
    const at = (phase: string) =>
      input.benchmarks.find(
        (b) => b.indicatorKey === key && b.periodEnd === own.periodEnd && b.phase === phase,
      );
    const all = at('ALL');
    const cuts =
      all?.q20 != null && all.q40 != null && all.q60 != null && all.q80 != null
        ? ([all.q20, all.q40, all.q60, all.q80] as const)
        : null;
    // The number on roll is the school's size, not a share: it is given, not banded.
    const band = indicator.unit === 'percentage' ? quintileWords(own.value, cuts) : null;
    // England's roll is every pupil in the phase: no figure to set a school's size beside.
    const england = input.phase && indicator.unit === 'percentage' ? at(input.phase)?.england : null;
    const shown = printedFigure(own, indicator.decimalPlaces);
    rows.push({
      key,
      title: indicator.title,
      period: own.periodEnd,
      value: own.value,
      text: shown.text,
      band,
      polarity: indicator.polarity,
    });
    return [
      [
        indicator.title,
        academicYearLabel(own.periodEnd),
        shown,
        england == null
          ? { value: null, text: 'n/a' }
          : printedFigure({ ...own, value: england, suppression: null }, indicator.decimalPlaces),
        band ?? 'n/a',
      ],
    ];
  });
  const table: DataTable = {
    id: 'context',
    title: 'Context',
    columns: [
      { header: 'Measure' },
      { header: 'Year' },
      { header: 'School', figure: true },
      { header: input.phase ? `England, ${phaseNames[input.phase]}` : 'England', figure: true },
      { header: 'Compared with all schools in England' },
    ],
    rows: cells,
  };
  return { rows, table };
}

export type SchoolContext = ReturnType<typeof buildSchoolContext>;

/** Absence read as IDSR reads it: persistent or overall absence in the lowest or highest fifths. */
export type Finding = { text: string; reading: 'strength' | 'area'; from: string };

export function contextFindings(rows: readonly ContextRow[]): Finding[] {
  return rows.flatMap((r): Finding[] => {
    if (r.polarity !== 'lower' || r.band === null || r.value === null) return [];
    const from = `${r.title}, ${academicYearLabel(r.period)}`;
    if (r.band === 'well below average' || r.band === 'below average')
      return [
        {
          text: `${r.title}: ${r.text}, ${r.band} for schools in England.`,
          reading: 'strength' as const,
          from,
        },
      ];
    if (r.band === 'well above average' || r.band === 'above average')
      return [{ text: `${r.title}: ${r.text}, ${r.band} for schools in England.`, reading: 'area', from }];
    return [];
  });
}
