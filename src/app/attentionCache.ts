import type { Actor } from '../access/actor.ts';
import type { AttentionItem } from '../access/capability.ts';
import { versionedStore, type VersionedStore } from '../kernel/versionedStore.ts';

// The home page asks every capability what needs the person's attention: some twenty queries, on
// the page people open most. The answer is kept for that person until the audit log moves on
// (every change Beacon makes is audited in its own transaction, so a change by anyone, in any
// process, shows on the next view) and for at most half a minute, for what changes with the clock
// alone: a lock running out, an email given up on after its retries.

const keptForMs = 30_000;
const limit = 5_000;
// Each database (a test opens many) keeps its own.
const storeFor = new WeakMap<object, VersionedStore<AttentionItem[]>>();

/** Who the answer is for: a person's items depend on their account, role and scope. */
export const actorKey = (actor: Actor): string =>
  [actor.userId ?? actor.label, actor.role, actor.schoolUrn ?? '', actor.trustId ?? ''].join('|');

/** The attention store of one database, keyed by person and versioned by the audit log's position. */
export function keptAttention(database: object): VersionedStore<AttentionItem[]> {
  const store = storeFor.get(database) ?? versionedStore<AttentionItem[]>(limit, keptForMs);
  storeFor.set(database, store);
  return store;
}
