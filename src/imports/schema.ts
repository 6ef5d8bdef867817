import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { ImportProblem, ImportSummary } from '../kernel/importFiles.ts';

/**
 * An import sent through the API that is too large to wait for: the client is answered 202 with
 * this row's address, and polls it until the import is done or refused. The process that runs it
 * is named, so that a row left "running" by a process that stopped is known to have been cut off.
 */
export const importRuns = pgTable(
  'import_runs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    file: text('file').notNull(),
    bytes: integer('bytes').notNull(),
    startedBy: integer('started_by'),
    pid: integer('pid').notNull(),
    state: text('state').$type<'running' | 'imported' | 'refused' | 'failed'>().notNull().default('running'),
    summary: jsonb('summary').$type<ImportSummary>(),
    problems: jsonb('problems').$type<ImportProblem[]>(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('import_runs_started_at_idx').on(t.startedAt)],
);
