import { and, count, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../db/client.ts';
import type { Actor } from './actor.ts';
import { auditLog } from './schema.ts';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/** How many changes this process has audited: a request that makes one reads the position afresh. */
let recorded = 0;
export const auditsRecorded = (): number => recorded;

/** Writes one audit row; call it with the transaction that makes the change. */
export async function recordAudit(tx: Database, actor: Actor, entry: AuditEntry): Promise<void> {
  recorded += 1;
  await tx.insert(auditLog).values({
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export type AuditFilter = {
  actor?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  page: number;
  pageSize: number;
};

export type AuditRow = typeof auditLog.$inferSelect;

export async function listAudit(
  db: Database,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.actor) conditions.push(ilike(auditLog.actorLabel, `%${escapeLike(filter.actor)}%`));
  if (filter.action) {
    const term = `%${escapeLike(filter.action)}%`;
    const matches = or(ilike(auditLog.action, term), ilike(auditLog.entityId, term));
    if (matches) conditions.push(matches);
  }
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, filter.to));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [totals] = await db.select({ total: count() }).from(auditLog).where(where);
  return { rows, total: totals?.total ?? 0 };
}

export async function auditEntityTypes(db: Database): Promise<string[]> {
  const rows = await db
    .selectDistinct({ entityType: auditLog.entityType })
    .from(auditLog)
    .orderBy(auditLog.entityType);
  return rows.map((r) => r.entityType);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** How many entries below the newest are counted, so one committed after a later one is seen. */
const lateWindow = 1024;

/**
 * How far the audit log has got. Every change Beacon makes is audited in the transaction that
 * makes it, so an answer worked out from the data can be kept until this moves on, whichever
 * process made the change. The newest entry's number alone is not enough: two changes made at once
 * can commit in the other order, so the earlier number lands after the later one has been seen.
 * The count of entries just below the newest moves on when that happens.
 */
export async function auditPosition(db: Database): Promise<number> {
  const [row] = await queryRows<{ newest: number; recent: number }>(
    db,
    sql`with newest as (select coalesce(max(id), 0)::int as id from audit_log)
        select newest.id as newest,
          (select count(*)::int from audit_log a where a.id > newest.id - ${lateWindow}) as recent
        from newest`,
  );
  return (row?.newest ?? 0) * (lateWindow + 1) + (row?.recent ?? 0);
}
