import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { MethodologyFamily } from './compare/breaks.ts';
import type { Polarity } from './compare/polarity.ts';

export type AreaType = 'la' | 'region' | 'england' | 'constituency' | 'ward';

// Local authorities, regions and England, numbered as DfE's LAIT numbers them: an LA's three-digit
// number (851 Portsmouth), England 970, regions 980–990. Parliamentary constituencies and wards,
// for which a council enters its own figures, carry ONS's codes (E14…, E05…) and their council.
export const areas = pgTable(
  'areas',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    areaType: text('area_type').$type<AreaType>().notNull(),
    regionName: text('region_name'),
    laCode: text('la_code'),
  },
  (t) => [index('areas_la_idx').on(t.laCode)],
);

export const indicators = pgTable('indicators', {
  // DfE's own code where there is one (KS2RWM_Expected_STD), otherwise Beacon's.
  key: text('key').primaryKey(),
  title: text('title').notNull(),
  topic: text('topic').notNull(),
  unit: text('unit').$type<'percentage' | 'score' | 'count' | 'rate' | 'other'>().notNull(),
  unitLabel: text('unit_label').notNull().default(''),
  polarity: text('polarity').$type<Polarity>().notNull(),
  decimalPlaces: integer('decimal_places'),
  noQuartile: boolean('no_quartile').notNull().default(false),
  periodType: text('period_type').notNull().default('Academic Year'),
  methodologyFamily: text('methodology_family').$type<MethodologyFamily>().notNull().default('other'),
  source: text('source').notNull(),
  description: text('description').notNull().default(''),
  // Set when an administrator edits the entry: a later dictionary import leaves it alone.
  editedAt: timestamp('edited_at', { withTimezone: true }),
});

// What a figure may carry besides its value, by column name: the same list in the values
// template, the staging table and the "has this figure changed?" comparison.
export const figureDetailColumns = [
  'numerator',
  'denominator',
  'ci_lower',
  'ci_upper',
  'published_rank',
  'published_rank_of',
  'published_judgement',
  'published_rank_joint',
  'published_decimals',
] as const;

// Each import of a values file: where its figures came from.
export const valueImports = pgTable('value_imports', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  dataset: text('dataset').notNull(),
  sourceFile: text('source_file').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  importedBy: text('imported_by').notNull(),
});

// One row per indicator × entity × period × pupil group. Built for bulk loading (measured in
// docs/benchmarks.md): a natural primary key, one partial index for the LAs' league tables, and no
// foreign keys, because each import checks every indicator against the catalogue inside its own
// transaction (a foreign key check per row doubled the load time).
export const indicatorValues = pgTable(
  'indicator_values',
  {
    indicatorKey: text('indicator_key').notNull(),
    // la, region, england, school (URN) or neighbours (a statistical-neighbour group).
    entityType: text('entity_type').notNull(),
    entityCode: text('entity_code').notNull(),
    // As published ("2018/19", "2014-16"); periodEnd is the year it ends, for ordering and the API.
    period: text('period').notNull(),
    periodEnd: integer('period_end').notNull(),
    pupilGroup: text('pupil_group').notNull().default('all'),
    status: text('status').$type<'provisional' | 'revised' | 'final'>().notNull().default('final'),
    // Full published precision; rounded only for display.
    value: doublePrecision('value'),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    ciLower: doublePrecision('ci_lower'),
    ciUpper: doublePrecision('ci_upper'),
    publishedRank: integer('published_rank'),
    publishedRankOf: integer('published_rank_of'),
    publishedJudgement: text('published_judgement'),
    // A published rank shared with other LAs ("joint 140th", written =140 in DfE's tables).
    publishedRankJoint: boolean('published_rank_joint'),
    // The decimal places the source printed a figure to, when fewer than it holds: DfE's provisional
    // national KS2 figures for 2016 were printed whole (74) while the gap was worked from 74.3
    // (seed 001). Pages show the figure as printed; every calculation uses the stored value.
    publishedDecimals: integer('published_decimals'),
    // DfE's code for a missing value (-, SUPP, NE, x, c, …), kept as published, never read as zero.
    suppression: text('suppression'),
    // Provenance of the figure: the import (dataset, file) and the line it came from. It changes
    // only when the figure does, so importing the same file again writes nothing.
    importId: integer('import_id').notNull(),
    sourceLine: integer('source_line').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorKey, t.entityType, t.entityCode, t.periodEnd, t.pupilGroup] }),
    // The LAs' league table of each indicator-year, in value order: ranking every measure reads it
    // in order instead of sorting 357k values (docs/benchmarks.md, P2). Codes sort bytewise.
    index('indicator_values_la_league')
      .on(sql`(${t.indicatorKey} collate "C")`, t.periodEnd, t.value, t.entityCode)
      .where(sql`${t.entityType} = 'la' and ${t.pupilGroup} = 'all' and ${t.value} is not null`),
    check('indicator_values_value_or_code', sql`${t.value} is not null or ${t.suppression} is not null`),
  ],
);

export const statisticalNeighbours = pgTable(
  'statistical_neighbours',
  {
    // The DfE model: "2021" (April 2021) or "2025" (May 2025).
    setName: text('set_name').notNull(),
    laCode: text('la_code').notNull(),
    neighbourRank: integer('neighbour_rank').notNull(),
    neighbourCode: text('neighbour_code').notNull(),
    closeness: text('closeness'),
  },
  (t) => [primaryKey({ columns: [t.setName, t.laCode, t.neighbourRank] })],
);

// A counter for what pages of figures are worked from (values, the catalogue, areas, neighbours):
// every change to them adds one in its own transaction, so a figure worked out once can be served
// again until the next change, by any Beacon process sharing the database (docs/benchmarks.md, P3).
export const dataVersions = pgTable('data_versions', {
  name: text('name').primaryKey(),
  version: integer('version').notNull().default(0),
});

// What a school's context is set beside, from the national file it came in (census, absence):
// England's figure for each phase, as DfE published it in the file's national rows (phase PRI, SEC
// or SPE), and, under phase ALL, the cut points of the fifths of every school in the file with a
// figure, whether or not it is in this council's register.
export const contextBenchmarks = pgTable(
  'context_benchmarks',
  {
    indicatorKey: text('indicator_key').notNull(),
    periodEnd: integer('period_end').notNull(),
    phase: text('phase').$type<'PRI' | 'SEC' | 'SPE' | 'ALL'>().notNull(),
    england: doublePrecision('england'),
    q20: doublePrecision('q20'),
    q40: doublePrecision('q40'),
    q60: doublePrecision('q60'),
    q80: doublePrecision('q80'),
    schools: integer('schools').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.indicatorKey, t.periodEnd, t.phase] })],
);
