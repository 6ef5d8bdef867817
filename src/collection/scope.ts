import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { ForbiddenError, NotFoundError } from '../kernel/errors.ts';
import { establishments } from '../schools/schema.ts';
import { openOn } from '../schools/repository.ts';
import { collectionPermissions } from './permissions.ts';
import type { Grid } from './rules/grid.ts';

// Whose returns a person may see and send: an officer every school's, a trust leader their trust's
// schools', a school user their own school's (SPEC C7, 3). Any other school is refused outright.

export const seesEverySchool = (actor: Actor) => collectionPermissions.has(actor.role, 'collection:manage');

/** The condition on establishments that keeps to the person's schools. */
export function schoolsInScope(actor: Actor): SQL | undefined {
  if (seesEverySchool(actor)) return undefined;
  if (actor.role === 'trust_leader' && actor.trustId !== null)
    return eq(establishments.trustId, actor.trustId);
  if (actor.role === 'school_user' && actor.schoolUrn !== null)
    return eq(establishments.urn, actor.schoolUrn);
  return eq(establishments.urn, -1);
}

export type ScopedSchool = {
  urn: number;
  name: string;
  laCode: string;
  phaseGroup: string;
  trustId: string | null;
};

/** A school the person may act for, or 403 (404 when there is no such school at all). */
export async function schoolInScope(db: Database, actor: Actor, urn: number): Promise<ScopedSchool> {
  const [school] = await db
    .select({
      urn: establishments.urn,
      name: establishments.name,
      laCode: establishments.laCode,
      phaseGroup: establishments.phaseGroup,
      trustId: establishments.trustId,
    })
    .from(establishments)
    .where(eq(establishments.urn, urn));
  if (!school) throw new NotFoundError(`The register has no school with URN ${String(urn)}`);
  const mine =
    seesEverySchool(actor) ||
    (actor.role === 'school_user' && actor.schoolUrn === urn) ||
    (actor.role === 'trust_leader' && actor.trustId !== null && actor.trustId === school.trustId);
  if (!mine) throw new ForbiddenError(`Your account cannot see or send ${school.name}’s returns`);
  return school;
}

/** The open schools of the window's LA and phases, as far as the person may see them: as a condition. */
export function windowSchoolsWhere(
  actor: Actor,
  window: { laCode: string; grids: readonly Grid[]; opensOn: string },
): SQL | undefined {
  return and(windowSchools(window), schoolsInScope(actor));
}

/** Every school a window is for: the open schools of its LA and phases. */
export function windowSchools(window: { laCode: string; grids: readonly Grid[]; opensOn: string }) {
  return and(
    eq(establishments.laCode, window.laCode),
    inArray(
      establishments.phaseGroup,
      window.grids.map((g) => g.phase),
    ),
    openOn(window.opensOn),
  );
}
