import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { assertCanSeeSchool } from '../access/scope.ts';
import { NotFoundError } from '../app/errors.ts';
import { schoolsRepository } from './repository.ts';
import { establishments } from './schema.ts';
import { presentSchool } from './presenters.ts';

export function createSchoolsService(db: Database) {
  return {
    async get(actor: Actor, urn: number) {
      const school = await schoolsRepository.findByUrn(db, urn);
      if (!school) throw new NotFoundError(`There is no school with URN ${urn}`);
      assertCanSeeSchool(actor, school);
      return presentSchool(school);
    },
    /** The schools this actor may see: all of them, their trust's, or their own. */
    async list(actor: Actor) {
      const scope =
        actor.role === 'school_user'
          ? eq(establishments.urn, actor.schoolUrn ?? -1)
          : actor.role === 'trust_leader'
            ? eq(establishments.trustId, actor.trustId ?? sql`null`)
            : undefined;
      return (await schoolsRepository.list(db, scope)).map((s) => presentSchool({ ...s, trustName: null }));
    },
  };
}

export type SchoolsService = ReturnType<typeof createSchoolsService>;
