import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { users } from '../access/schema.ts';
import { establishments } from './schema.ts';

// Who speaks for a school, for the notifications that are the school's: its own people's accounts
// and, where asked, the leader of the trust it belongs to (who sends an academy's returns).

/**
 * Each school's people, by URN: active accounts only. The council's school and trust accounts are
 * read whole and matched here (a few thousand at most), rather than asking the database about each
 * of many thousand schools: a national import names every school in England.
 */
export async function peopleOfSchools(
  tx: Database,
  urns: readonly number[],
  options: { withTrustLeaders?: boolean } = {},
): Promise<Map<number, number[]>> {
  const people = new Map<number, number[]>();
  if (urns.length === 0) return people;
  const wanted = new Set(urns);
  const add = (urn: number, id: number) => people.set(urn, [...(people.get(urn) ?? []), id]);
  const accounts = await tx
    .select({ id: users.id, role: users.role, urn: users.schoolUrn, trustId: users.trustId })
    .from(users)
    .where(and(inArray(users.role, ['school_user', 'trust_leader']), eq(users.status, 'active')));
  for (const a of accounts)
    if (a.role === 'school_user' && a.urn !== null && wanted.has(a.urn)) add(a.urn, a.id);
  const leaders = accounts.filter((a) => a.role === 'trust_leader' && a.trustId !== null);
  if (!options.withTrustLeaders || leaders.length === 0) return people;
  const trusts = [...new Set(leaders.map((l) => l.trustId ?? ''))];
  const schools = await tx
    .select({ urn: establishments.urn, trustId: establishments.trustId })
    .from(establishments)
    .where(inArray(establishments.trustId, trusts));
  for (const s of schools)
    if (wanted.has(s.urn)) for (const l of leaders) if (l.trustId === s.trustId) add(s.urn, l.id);
  return people;
}
