import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { MethodologyFamily } from './compare/breaks.ts';
import type { Polarity } from './compare/polarity.ts';

// Local authorities, regions and England, numbered as DfE's LAIT numbers them: an LA's three-digit
// number (851 Portsmouth), England 970, regions 980–990.
export const areas = pgTable('areas', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  areaType: text('area_type').$type<'la' | 'region' | 'england'>().notNull(),
  regionName: text('region_name'),
});

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

export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    indicatorKey: text('indicator_key')
      .notNull()
      .references(() => indicators.key),
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
    // DfE's code for a missing value (-, SUPP, NE, x, c, …), kept as published, never read as zero.
    suppression: text('suppression'),
    dataset: text('dataset').notNull(),
    sourceFile: text('source_file').notNull(),
    sourceLine: integer('source_line').notNull(),
  },
  (t) => [
    uniqueIndex('indicator_values_identity').on(
      t.indicatorKey,
      t.entityType,
      t.entityCode,
      t.periodEnd,
      t.pupilGroup,
    ),
    index('indicator_values_dataset_idx').on(t.dataset),
    index('indicator_values_entity_idx').on(t.entityType, t.entityCode, t.indicatorKey),
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
