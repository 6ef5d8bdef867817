import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from '../db/client.ts';
import { deepFrozen } from '../kernel/frozen.ts';
import { versionedStore } from '../kernel/versionedStore.ts';
import { auditPosition, auditsRecorded } from './audit.ts';

// Reads that many people make of the same data — a plan, the desk-top review, the Operational
// Group's report, an LA's landscape, a school's profile — are worked out once and kept until the
// audit log moves on. Every change Beacon makes is audited in its own transaction, so a change by
// anyone, in any process, shows on the next view. Half a minute at most, for what changes with the
// clock alone. Who may see an answer is checked before or after it is asked for, every time: what
// is kept is the same for everyone who may see it.

const keptForMs = 30_000;

export type KeptRead<T> = (key: string, compute: () => Promise<T>) => Promise<T>;

type Seen = { audits: number; position: Promise<number> };
const oneRequest = new AsyncLocalStorage<Map<Database, Seen>>();

/**
 * A scope for one request's kept reads: each step of the request run inside it shares one reading
 * of the audit log's position, not one each; read again only if the request itself makes a change.
 * A request's steps are run inside it one by one, as a stream or a callback can lose the context.
 */
export function requestScope(): (next: () => void) => void {
  const seen = new Map<Database, Seen>();
  return (next) => {
    oneRequest.run(seen, next);
  };
}

/** The audit log's position, as this request has seen it (auditPosition). */
export function positionNow(db: Database): Promise<number> {
  const seen = oneRequest.getStore();
  if (!seen) return auditPosition(db);
  const hit = seen.get(db);
  if (hit?.audits === auditsRecorded()) return hit.position;
  const position = auditPosition(db);
  seen.set(db, { audits: auditsRecorded(), position });
  position.catch(() => seen.delete(db));
  return position;
}

/** A store of at most `limit` answers of one kind, for one database, each frozen (kernel/frozen.ts). */
export function keptUntilChanged<T>(db: Database, limit: number): KeptRead<T> {
  const store = versionedStore<T>(limit, keptForMs);
  return async function kept(key, compute) {
    return store(key, await positionNow(db), async () => deepFrozen(await compute()));
  };
}
