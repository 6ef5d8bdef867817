import type { Database } from '../db/client.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { schoolsRepository } from '../schools/repository.ts';

/** The register's record of a school, or a named 404: every concern page starts from one. */
export async function schoolOrNotFound(db: Database, urn: number) {
  const found = await schoolsRepository.findByUrn(db, urn);
  if (!found) throw new NotFoundError(`There is no school with URN ${String(urn)}`);
  return found.establishment;
}
