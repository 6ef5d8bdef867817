import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../db/client.ts';
import { establishments } from './schema.ts';

/** True when the register holds the demonstration's made-up schools: Beacon then runs on the demonstration's date. */
export async function hasDemonstrationData(database: DatabaseHandle): Promise<boolean> {
  const rows = await database.db
    .select({ urn: establishments.urn })
    .from(establishments)
    .where(eq(establishments.isDemonstration, true))
    .limit(1);
  return rows.length > 0;
}
