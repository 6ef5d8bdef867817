import { asc, eq, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { establishments, trusts } from './schema.ts';

export type EstablishmentRow = typeof establishments.$inferSelect;
export type TrustRow = typeof trusts.$inferSelect;

export const schoolsRepository = {
  async findByUrn(
    db: Database,
    urn: number,
  ): Promise<(EstablishmentRow & { trustName: string | null }) | undefined> {
    const [row] = await db
      .select({ establishment: establishments, trustName: trusts.name })
      .from(establishments)
      .leftJoin(trusts, eq(trusts.id, establishments.trustId))
      .where(eq(establishments.urn, urn));
    return row ? { ...row.establishment, trustName: row.trustName } : undefined;
  },
  list(db: Database, where: SQL | undefined): Promise<EstablishmentRow[]> {
    return db.select().from(establishments).where(where).orderBy(asc(establishments.name));
  },
};
