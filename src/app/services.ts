import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../db/client.ts';
import { createTokensService, createUsersService } from '../access/service.ts';
import { createAuditService } from '../access/auditService.ts';
import { createSchoolsService } from '../schools/service.ts';
import { createSchoolsImportService } from '../schools/importService.ts';
import { createPerformanceService } from '../performance/service.ts';
import { createPerformanceReadService } from '../performance/readService.ts';
import { createPlansService } from '../plans/service.ts';
import { createPlanWorkbookService } from '../plans/workbookService.ts';
import { createConcernService } from '../concern/service.ts';
import { createSupportService } from '../concern/supportService.ts';
import { kpiEvidenceSources } from '../plans/evidence.ts';

/** Every service the app and the CLI use, built once from one database. */
export function createServices(database: DatabaseHandle) {
  const { db } = database;
  const schools = createSchoolsService(db);
  const results = createPerformanceReadService(db);
  const concern = createConcernService(db);
  return {
    database,
    users: createUsersService(db),
    tokens: createTokensService(db),
    audit: createAuditService(db),
    schools,
    register: createSchoolsImportService(db, database.kind),
    performance: createPerformanceService(db, database.kind),
    results,
    plans: createPlansService(db, kpiEvidenceSources(db, results, schools)),
    planWorkbooks: createPlanWorkbookService(db),
    concern,
    support: createSupportService(db, concern.modelFor),
    async databaseAnswers(): Promise<boolean> {
      try {
        await db.execute(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export type Services = ReturnType<typeof createServices>;
