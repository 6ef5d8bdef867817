import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { users } from '../access/schema.ts';
import { establishments } from './schema.ts';

// Who speaks for a school, for the notifications that are the school's: its own people's accounts
// and, where asked, the leader of the trust it belongs to (who sends an academy's returns).

/** Each school's people, by URN: active accounts only. */
export async function peopleOfSchools(
  tx: Database,
  urns: readonly number[],
  options: { withTrustLeaders?: boolean } = {},
): Promise<Map<number, number[]>> {
  const people = new Map<number, number[]>();
  const add = (urn: number, id: number) => people.set(urn, [...(people.get(urn) ?? []), id]);
  for (let at = 0; at < urns.length; at += 2000) {
    const some = urns.slice(at, at + 2000);
    const own = await tx
      .select({ urn: users.schoolUrn, id: users.id })
      .from(users)
      .where(and(inArray(users.schoolUrn, some), eq(users.role, 'school_user'), eq(users.status, 'active')));
    for (const p of own) if (p.urn !== null) add(p.urn, p.id);
    if (!options.withTrustLeaders) continue;
    const leaders = await tx
      .select({ urn: establishments.urn, id: users.id })
      .from(establishments)
      .innerJoin(users, eq(users.trustId, establishments.trustId))
      .where(
        and(
          inArray(establishments.urn, some),
          isNotNull(establishments.trustId),
          eq(users.role, 'trust_leader'),
          eq(users.status, 'active'),
        ),
      );
    for (const p of leaders) add(p.urn, p.id);
  }
  return people;
}
