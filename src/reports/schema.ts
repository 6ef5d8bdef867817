import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// The council's annual performance letter, one per local authority: its words with merge fields
// (reports/letters/template.ts) and the officer who signs it. Without a row, Beacon's own default.
export const letterTemplates = pgTable('letter_templates', {
  laCode: text('la_code').primaryKey(),
  body: text('body').notNull(),
  signedBy: text('signed_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by').notNull(),
});
