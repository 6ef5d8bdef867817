import type { Database } from '../db/client.ts';
import { auditEntityTypes, listAudit, type AuditFilter } from './audit.ts';

export function createAuditService(db: Database) {
  return {
    list: (filter: AuditFilter) => listAudit(db, filter),
    entityTypes: () => auditEntityTypes(db),
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
