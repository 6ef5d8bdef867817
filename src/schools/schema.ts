import { boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

// The part of the schools register every capability needs from day one: who a school is, which LA
// it belongs to and which trust it is in. Users are scoped by these keys.
export const trusts = pgTable('trusts', {
  // GIAS group UID, kept as published.
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  groupType: text('group_type').notNull(),
  isDemonstration: boolean('is_demonstration').notNull().default(false),
});

export const establishments = pgTable(
  'establishments',
  {
    urn: integer('urn').primaryKey(),
    name: text('name').notNull(),
    // DfE's three-digit LA number ("851" for Portsmouth).
    laCode: text('la_code').notNull(),
    laName: text('la_name').notNull(),
    phase: text('phase').notNull(),
    establishmentType: text('establishment_type').notNull(),
    status: text('status').notNull().default('open'),
    trustId: text('trust_id').references(() => trusts.id),
    isDemonstration: boolean('is_demonstration').notNull().default(false),
  },
  (t) => [index('establishments_la_idx').on(t.laCode), index('establishments_trust_idx').on(t.trustId)],
);
