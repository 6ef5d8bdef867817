import type { Actor } from '../access/actor.ts';
import type { AttentionItem } from '../access/capability.ts';

// The home page asks every capability what needs the person's attention: some twenty queries, on
// the page people open most. The answer is kept for that person until the audit log moves on
// (every change Beacon makes is audited in its own transaction, so a change by anyone, in any
// process, shows on the next view) and for at most half a minute, for what changes with the clock
// alone: a lock running out, an email given up on after its retries.

const keptForMs = 30_000;
const limit = 5_000;
type Entry = { position: number; at: number; items: Promise<AttentionItem[]> };
// Each database (a test opens many) keeps its own.
const keptFor = new WeakMap<object, Map<string, Entry>>();

/** Who the answer is for: a person's items depend on their account, role and scope. */
export const actorKey = (actor: Actor): string =>
  [actor.userId ?? actor.label, actor.role, actor.schoolUrn ?? '', actor.trustId ?? ''].join('|');

export function keptAttention(
  database: object,
  key: string,
  position: number,
  work: () => Promise<AttentionItem[]>,
  now = Date.now(),
): Promise<AttentionItem[]> {
  const kept = keptFor.get(database) ?? new Map<string, Entry>();
  keptFor.set(database, kept);
  const hit = kept.get(key);
  if (hit?.position === position && now - hit.at < keptForMs) return hit.items;
  const items = work();
  kept.delete(key);
  kept.set(key, { position, at: now, items });
  if (kept.size > limit) kept.delete(kept.keys().next().value ?? key);
  // A failed answer is not kept: the next view asks again.
  items.catch(() => {
    if (kept.get(key)?.items === items) kept.delete(key);
  });
  return items;
}
