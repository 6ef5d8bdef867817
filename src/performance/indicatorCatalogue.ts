import type { MethodologyFamily } from './compare/breaks.ts';

// The indicator catalogue as a reader meets it: every measure Beacon holds, found by words, topic,
// key stage, pupil group and source. Pure: the read service gives it the indicators and what is
// held of each; these rules decide how they are described and which are shown.

/** What Beacon holds of one indicator: its latest period, for LAs and for anything, and its pupil groups. */
export type HeldFigures = {
  indicatorKey: string;
  latestPeriod: number | null;
  latestPeriodLabel: string | null;
  laLatestPeriod: number | null;
  groups: readonly string[];
};

export type CatalogueIndicator = {
  key: string;
  title: string;
  topic: string;
  unit: string;
  unitLabel: string;
  polarity: 'higher' | 'lower' | 'neither';
  methodologyFamily: MethodologyFamily;
  source: string;
  description: string;
};

export type CatalogueEntry = CatalogueIndicator & {
  keyStage: string;
  unitWords: string;
  latestPeriod: number | null;
  latestPeriodLabel: string | null;
  /** Whether an LA's indicator page can be opened: only when LAs have figures for it. */
  hasLaFigures: boolean;
  groups: readonly string[];
};

export type CatalogueFilters = {
  q?: string | undefined;
  topic?: string | undefined;
  keyStage?: string | undefined;
  group?: string | undefined;
  source?: string | undefined;
};

// LAIT's topics name the key stage; DfE's performance tables' measures carry it in their methodology.
const keyStageByTopic: Record<string, string> = {
  'Foundation Stage': 'Early years foundation stage',
  'Early Years': 'Early years foundation stage',
  'Key Stage 1 and Phonics': 'Key stage 1 and phonics',
  'Key Stage 2': 'Key stage 2',
  'Key Stage 4': 'Key stage 4',
  'Key Stage 5': '16 to 19',
  'Attainment by age 19': '16 to 19',
};
const keyStageByFamily: Partial<Record<MethodologyFamily, string>> = {
  eyfs: 'Early years foundation stage',
  phonics: 'Key stage 1 and phonics',
  ks1: 'Key stage 1 and phonics',
  ks2Attainment: 'Key stage 2',
  ks2Progress: 'Key stage 2',
  ks4Attainment: 'Key stage 4',
  progress8: 'Key stage 4',
};
export const notAKeyStage = 'Not a key stage';

/** The key stage an indicator belongs to, from its topic, or from its methodology when the topic does not say. */
export function keyStageOf(topic: string, family: MethodologyFamily): string {
  return keyStageByTopic[topic] ?? keyStageByFamily[family] ?? notAKeyStage;
}

const unitNames: Record<string, string> = {
  percentage: 'Percentage',
  score: 'Score',
  count: 'Number',
  rate: 'Rate',
};

/** An indicator's unit in words, with the label its source gives when that says more ("per 10,000"). */
export function unitWords(unit: string, unitLabel: string): string {
  const name = unitNames[unit];
  const label = unitLabel.trim();
  if (!name) return label === '' ? 'Other' : label;
  return label === '' || label === '%' ? name : `${name} (${label})`;
}

const groupNames: Record<string, string> = {
  all: 'All pupils',
  disadvantaged: 'Disadvantaged pupils',
  non_disadvantaged: 'Other pupils (not disadvantaged)',
  boys: 'Boys',
  girls: 'Girls',
  sen: 'Pupils with special educational needs',
  no_sen: 'Pupils without special educational needs',
  eal: 'Pupils with English as an additional language',
  fsm: 'Pupils eligible for free school meals',
};

/** A pupil group in words: "disadvantaged" → "Disadvantaged pupils"; an unknown code is spelled out. */
export function pupilGroupName(group: string): string {
  const known = groupNames[group];
  if (known) return known;
  const words = group.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What is held of each indicator, from its latest period per kind of area and pupil group. */
export function heldByIndicator(
  rows: readonly {
    indicatorKey: string;
    entityType: string;
    pupilGroup: string;
    latest: number;
    latestLabel: string;
  }[],
): HeldFigures[] {
  const held = new Map<string, HeldFigures & { groups: string[] }>();
  for (const row of rows) {
    const entry = held.get(row.indicatorKey) ?? {
      indicatorKey: row.indicatorKey,
      latestPeriod: null,
      latestPeriodLabel: null,
      laLatestPeriod: null,
      groups: [],
    };
    if (entry.latestPeriod === null || row.latest > entry.latestPeriod) {
      entry.latestPeriod = row.latest;
      entry.latestPeriodLabel = row.latestLabel;
    }
    if (row.entityType === 'la' && row.pupilGroup === 'all')
      entry.laLatestPeriod = Math.max(entry.laLatestPeriod ?? row.latest, row.latest);
    if (!entry.groups.includes(row.pupilGroup)) entry.groups.push(row.pupilGroup);
    held.set(row.indicatorKey, entry);
  }
  return [...held.values()];
}

/** Each indicator with its key stage and what is held of it, in topic then title order. */
export function catalogueEntries(
  indicators: readonly CatalogueIndicator[],
  held: readonly HeldFigures[],
): CatalogueEntry[] {
  const heldByKey = new Map(held.map((h) => [h.indicatorKey, h]));
  return indicators
    .map((indicator) => {
      const figures = heldByKey.get(indicator.key);
      return {
        ...indicator,
        keyStage: keyStageOf(indicator.topic, indicator.methodologyFamily),
        unitWords: unitWords(indicator.unit, indicator.unitLabel),
        latestPeriod: figures?.latestPeriod ?? null,
        latestPeriodLabel: figures?.latestPeriodLabel ?? null,
        hasLaFigures: (figures?.laLatestPeriod ?? null) !== null,
        groups: figures?.groups ?? [],
      };
    })
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.title.localeCompare(b.title));
}

const normalised = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s]/g, ' ');

/**
 * The entries a search and filters leave. Every word searched for must appear in the title, the
 * code, the topic or the description, so "ks2 disadvantaged writing" narrows rather than widens.
 */
export function filterCatalogue(
  entries: readonly CatalogueEntry[],
  filters: CatalogueFilters,
): CatalogueEntry[] {
  // A plural finds its singular and more: "maths" finds "mathematics", "absences" "absence".
  const words = normalised(filters.q ?? '')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return entries.filter((entry) => {
    if (filters.topic && entry.topic !== filters.topic) return false;
    if (filters.keyStage && entry.keyStage !== filters.keyStage) return false;
    if (filters.source && entry.source !== filters.source) return false;
    if (filters.group && !entry.groups.includes(filters.group)) return false;
    if (words.length === 0) return true;
    const text = normalised(`${entry.title} ${entry.key} ${entry.topic} ${entry.description}`);
    return words.every((word) => text.includes(word));
  });
}

/** The choices each filter offers: the values the catalogue holds, in order. */
export function filterChoices(entries: readonly CatalogueEntry[]) {
  const distinct = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    topics: distinct(entries.map((e) => e.topic)),
    keyStages: distinct(entries.map((e) => e.keyStage)),
    sources: distinct(entries.map((e) => e.source)),
    groups: distinct(entries.flatMap((e) => e.groups)).map((code) => ({ code, name: pupilGroupName(code) })),
  };
}
