import { breakBetween, notComparable } from '../compare/breaks.ts';
import { gap } from '../compare/gap.ts';
import { commonDecimals, difference } from '../compare/numbers.ts';
import {
  progress8BandShown,
  progressJudgement,
  publishedJudgementOf,
  publishedProgress8Band,
} from '../compare/significance.ts';
import { derivedWithheld, suppressedMark, withheld } from '../compare/suppression.ts';
import { gapSentence, judgedFigure, progressWords as judgementWords, signed } from '../narrative.ts';
import { printedFigure, printedFiguresOf, printedPlaces, releaseHeadings } from '../presenters.ts';
import { academicYearLabel } from '../periods.ts';
import { figureFinder } from '../figureIndex.ts';
import type { Figure, IndicatorRow } from '../valuesRepository.ts';
import type { Cell, DataTable, FigureCell } from '../../kernel/tables/tables.ts';

// A school's published results against its LA and England: the latest year, with progress judged
// by its confidence interval, and the last three years. Figures for a cohort below the small-cohort
// threshold show as "x" to those below officer, and so does any gap or change worked from them.

type Row = { key: string; label: string; progress?: 'ks2' | 'p8' };
export const schoolResultsLayout: readonly { id: string; title: string; rows: readonly Row[] }[] = [
  {
    id: 'ks2',
    title: 'Key stage 2',
    rows: [
      { key: 'KS2RWM_Expected_STD', label: 'Reading, writing and maths: expected standard (%)' },
      { key: 'KS2RWM_Higher_STD', label: 'Reading, writing and maths: higher standard (%)' },
      { key: 'KS2R_Expected_STD', label: 'Reading: expected standard (%)' },
      { key: 'KS2W_Teacher_Assess', label: 'Writing: expected standard (%)' },
      { key: 'KS2M_Expected_STD', label: 'Maths: expected standard (%)' },
      { key: 'KS2R_Prog_VA', label: 'Reading progress score', progress: 'ks2' },
      { key: 'KS2W_Prog_VA', label: 'Writing progress score', progress: 'ks2' },
      { key: 'KS2M_Prog_VA', label: 'Maths progress score', progress: 'ks2' },
    ],
  },
  {
    id: 'ks4',
    title: 'Key stage 4',
    rows: [
      { key: 'AVG_Attain8_Score', label: 'Attainment 8' },
      { key: 'AVG_Prog8_Score', label: 'Progress 8', progress: 'p8' },
      { key: 'EngMaths9-4', label: 'English and maths, grade 4 or above (%)' },
      { key: 'EngMaths9-5', label: 'English and maths, grade 5 or above (%)' },
      { key: 'KS4_AC_EngMaths', label: 'English and maths, A*-C (%)' },
      { key: 'EngBacEntries', label: 'Entering the EBacc (%)' },
      { key: 'EngBacAvgPointScore', label: 'EBacc average point score' },
    ],
  },
];

export const schoolResultKeys = schoolResultsLayout.flatMap((s) => s.rows.map((r) => r.key));

/** A drafted sentence, read as a strength, an area for development or neither, and the figure it is from. */
type Drafted = { text: string; reading: 'strength' | 'area' | null; from: string };

export type SchoolResultsInput = {
  school: { urn: number; name: string; laCode: string; laName: string };
  indicators: ReadonlyMap<string, IndicatorRow>;
  figures: readonly Figure[];
  threshold: number;
  seesSmallCohorts: boolean;
};

/**
 * Progress in words: Progress 8 by DfE's own band where it published one (none where it withheld
 * it), else by the band its interval gives; KS2 progress by its interval (seed 001's words), else the
 * judgement the source published. Progress 8's interval follows its band wherever the source gives it.
 */
function progressWords(row: Row, figure: Figure | undefined, places: number): string {
  if (!row.progress || figure?.value == null) return '';
  const ci =
    figure.ciLower !== null && figure.ciUpper !== null
      ? { lower: figure.ciLower, upper: figure.ciUpper }
      : null;
  if (row.progress === 'p8') {
    const interval = ci
      ? `; 95% confidence interval ${signed(ci.lower, places)} to ${signed(ci.upper, places)}`
      : '';
    const shown = progress8BandShown(figure.value, ci, publishedProgress8Band(figure.publishedJudgement));
    if (shown.basis === 'withheld') return `band withheld by DfE (${shown.code ?? ''})${interval}`;
    if (shown.band) return `${shown.band} (Progress 8 band)${interval}`;
  }
  const { judgement } = progressJudgement(ci, publishedJudgementOf(figure.publishedJudgement));
  if (judgement) return judgementWords(judgement);
  return figure.publishedJudgement ? `${figure.publishedJudgement} (as published)` : '';
}

/** A progress score with its interval and band, for the API: only figures the person may see. */
function progressOf(row: Row, figure: Figure | undefined, places: number) {
  if (!row.progress || figure?.value == null) return null;
  const ci =
    figure.ciLower !== null && figure.ciUpper !== null
      ? { lower: figure.ciLower, upper: figure.ciUpper }
      : null;
  const band =
    row.progress === 'p8'
      ? progress8BandShown(figure.value, ci, publishedProgress8Band(figure.publishedJudgement))
      : null;
  return {
    measure: row.label,
    score: figure.value,
    confidenceInterval: ci,
    band: band?.band ?? null,
    bandBasis: band?.basis ?? null,
    words: progressWords(row, figure, places),
  };
}

export function buildSchoolResults(input: SchoolResultsInput) {
  const { school } = input;
  const find = figureFinder(input.figures);

  const stages = schoolResultsLayout.flatMap((stage) => {
    const rows = stage.rows.filter((r) => input.indicators.has(r.key));
    const keys = new Set(rows.map((r) => r.key));
    const own = input.figures.filter((f) => f.entityType === 'school' && keys.has(f.indicatorKey));
    const periods = [...new Set(own.map((f) => f.periodEnd))].sort((a, b) => a - b);
    const latest = periods.at(-1);
    if (latest === undefined) return [];
    // The cohort of a year: the largest count any of the stage's measures gives for it. It is what
    // the page says of the year, and the cohort of a figure that publishes no count of its own.
    const cohortOf = (p: number) => {
      const counts = own
        .filter((f) => f.periodEnd === p && f.denominator !== null)
        .map((f) => f.denominator ?? 0);
      return counts.length === 0 ? null : Math.max(...counts);
    };
    // Each figure is withheld by its own cohort: a 3-pupil measure stays "x" even when another
    // measure of the same year had 30 pupils.
    const hiddenFigure = (key: string, p: number) => {
      const figure = find(key, 'school', p);
      return withheld(figure?.denominator ?? cohortOf(p), input.threshold, input.seesSmallCohorts);
    };
    const hidden = (p: number) => withheld(cohortOf(p), input.threshold, input.seesSmallCohorts);
    // One precision per measure in its rows and sentences: the catalogue's places, else the most
    // the figures shown for it hold (the school's years, its LA and England in the latest year).
    const window = periods.slice(-3);
    const decimals = new Map(
      rows.map((r) => [
        r.key,
        commonDecimals(
          [
            ...window.map((p) => find(r.key, 'school', p)?.value ?? null),
            find(r.key, 'la', latest)?.value ?? null,
            find(r.key, 'england', latest)?.value ?? null,
          ],
          input.indicators.get(r.key)?.decimalPlaces ?? null,
        ),
      ]),
    );
    const decimalsOf = (key: string) => decimals.get(key) ?? null;
    const placesOf = (key: string, f: Figure | undefined) => printedPlaces(f, decimalsOf(key));
    const polarityOf = (key: string) => input.indicators.get(key)?.polarity ?? 'higher';
    // A gap prints to the finer of its two figures' places.
    const gapPlaces = (key: string, mine: Figure | undefined, england: Figure | undefined) =>
      Math.max(placesOf(key, mine), placesOf(key, england));
    const shown = (key: string, f: Figure | undefined, withhold: boolean): FigureCell =>
      withhold ? { value: null, text: suppressedMark } : printedFigure(f, decimalsOf(key));
    const present = rows.filter((r) => periods.some((p) => find(r.key, 'school', p)));
    const cohort = cohortOf(latest);
    const latestHidden = hidden(latest);
    const anyHidden = present.some((r) => periods.some((p) => hiddenFigure(r.key, p)));

    const results: DataTable = {
      id: `${stage.id}-results`,
      title: `${stage.title}, ${academicYearLabel(latest)}`,
      columns: [
        { header: 'Measure' },
        ...releaseHeadings(
          (['school', 'la', 'england'] as const).map((entity) => ({
            header: entity === 'school' ? school.name : entity === 'la' ? `${school.laName} (LA)` : 'England',
            statuses: present.map((r) => find(r.key, entity, latest)?.status ?? null),
          })),
        ).map((header) => ({ header, figure: true })),
        { header: 'Gap to England', figure: true },
        { header: 'Progress' },
      ],
      rows: present.map((r): Cell[] => {
        const mine = find(r.key, 'school', latest);
        const england = find(r.key, 'england', latest);
        const mineHidden = hiddenFigure(r.key, latest);
        return [
          r.label,
          shown(r.key, mine, mineHidden),
          shown(r.key, find(r.key, 'la', latest), false),
          shown(r.key, england, false),
          derivedWithheld(mineHidden)
            ? { value: null, text: suppressedMark }
            : judgedFigure(
                gap(mine?.value ?? null, england?.value ?? null),
                gapPlaces(r.key, mine, england),
                polarityOf(r.key),
                'England',
              ),
          mineHidden && r.progress ? suppressedMark : progressWords(r, mine, placesOf(r.key, mine)),
        ];
      }),
    };

    const trend: DataTable = {
      id: `${stage.id}-trend`,
      title: `${stage.title}: the last three years`,
      columns: [
        { header: 'Measure' },
        ...window.map((p) => ({ header: academicYearLabel(p), figure: true })),
        { header: `Change since ${academicYearLabel(window[0] ?? latest)}`, figure: true },
      ],
      rows: present.map((r): Cell[] => {
        const indicator = input.indicators.get(r.key);
        const first = window[0];
        const start = first === undefined ? undefined : find(r.key, 'school', first);
        const end = find(r.key, 'school', latest);
        const crossed =
          first === undefined || !indicator ? null : breakBetween(indicator.methodologyFamily, first, latest);
        let change: FigureCell = { value: null, text: 'n/a' };
        if (first === undefined || first === latest) change = { value: null, text: 'n/a' };
        else if (crossed) change = { value: null, text: notComparable(crossed) };
        else if (derivedWithheld(hiddenFigure(r.key, first), hiddenFigure(r.key, latest)))
          change = { value: null, text: suppressedMark };
        else if (start?.value != null && end?.value != null) {
          const value = difference(end.value, start.value);
          change = judgedFigure(
            value,
            Math.max(placesOf(r.key, start), placesOf(r.key, end)),
            polarityOf(r.key),
            academicYearLabel(first),
          );
        }
        return [
          r.label,
          ...window.map((p) => shown(r.key, find(r.key, 'school', p), hiddenFigure(r.key, p))),
          change,
        ];
      }),
    };
    // Drafted sentences for a governors' or board report; none from figures withheld here. Each
    // says whether it is a strength or an area for development, as IDSR's areas of interest do.
    const drafted = present.flatMap((r): Drafted[] => {
      const mine = find(r.key, 'school', latest);
      if (mine?.value == null || hiddenFigure(r.key, latest)) return [];
      const england = find(r.key, 'england', latest);
      const value = shown(r.key, mine, false).text;
      const from = `${r.label}, ${academicYearLabel(latest)}`;
      if (r.progress) {
        const words = progressWords(r, mine, placesOf(r.key, mine));
        if (words === '') return [];
        const reading = /^(well )?above|significantly above/i.test(words)
          ? 'strength'
          : /^(well )?below|significantly below/i.test(words)
            ? 'area'
            : null;
        return [{ text: `${r.label}: ${value}, ${words.toLowerCase()}.`, reading, from }];
      }
      const now = gap(mine.value, england?.value ?? null);
      if (now === null) return [];
      const previous = latest - 1;
      const crossed = breakBetween(
        input.indicators.get(r.key)?.methodologyFamily ?? 'other',
        previous,
        latest,
      );
      const before =
        crossed || hiddenFigure(r.key, previous)
          ? null
          : gap(
              find(r.key, 'school', previous)?.value ?? null,
              find(r.key, 'england', previous)?.value ?? null,
            );
      const sentence = gapSentence({
        now,
        before,
        polarity: polarityOf(r.key),
        comparator: 'England',
        decimalPlaces: gapPlaces(r.key, mine, england),
        unit: 'points',
      });
      const direction = judgedFigure(now, gapPlaces(r.key, mine, england), polarityOf(r.key), 'England')
        .judgement?.direction;
      const reading = direction === 'better' ? 'strength' : direction === 'worse' ? 'area' : null;
      return [{ text: `${r.label}: ${value} in ${academicYearLabel(latest)}, ${sentence}.`, reading, from }];
    });
    const sentences = drafted.map((d) => d.text);
    const cohortText =
      cohort === null
        ? 'not published'
        : latestHidden
          ? `fewer than ${String(input.threshold)} pupils`
          : `${String(cohort)} pupils`;
    return [
      {
        id: stage.id,
        title: stage.title,
        period: latest,
        cohortText,
        withheld: anyHidden,
        results,
        trend,
        sentences,
        findings: drafted.filter((d): d is Drafted & { reading: 'strength' | 'area' } => d.reading !== null),
        progress: present
          .filter((r) => !hiddenFigure(r.key, latest))
          .flatMap((r) => {
            const mine = find(r.key, 'school', latest);
            return progressOf(r, mine, placesOf(r.key, mine)) ?? [];
          }),
      },
    ];
  });
  const shownKeys = new Set(schoolResultKeys);
  const figures = printedFiguresOf(
    input.figures.filter((f) => f.entityType === 'school' && shownKeys.has(f.indicatorKey)),
  );
  return { school, threshold: input.threshold, stages, figures };
}

export type SchoolResults = ReturnType<typeof buildSchoolResults>;
