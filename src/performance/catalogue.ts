import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { recordAudit } from '../access/audit.ts';
import { NotFoundError, validated } from '../kernel/errors.ts';
import { indicators } from './schema.ts';
import { presentIndicator } from './presenters.ts';
import { resultsChanged } from './dataVersion.ts';

// What an administrator may change about an indicator: how it reads and how it is judged.
export const indicatorEdit = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(300),
  polarity: z.enum(['higher', 'lower', 'neither'], {
    message: 'Choose whether higher or lower is better, or neither',
  }),
  decimalPlaces: z.coerce
    .number({ message: 'Enter decimal places as a whole number from 0 to 4' })
    .int('Enter decimal places as a whole number from 0 to 4')
    .min(0, 'Enter decimal places as a whole number from 0 to 4')
    .max(4, 'Enter decimal places as a whole number from 0 to 4'),
  noQuartile: z.boolean(),
  description: z.string().trim().max(4000),
});

export type IndicatorEdit = z.input<typeof indicatorEdit>;

/** Saves an administrator's edit; a later dictionary import leaves the entry as edited. */
export async function editIndicator(db: Database, actor: Actor, key: string, input: IndicatorEdit) {
  const edit = validated(indicatorEdit, input);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(indicators).where(eq(indicators.key, key));
    if (!before) throw new NotFoundError(`There is no indicator ${key}`);
    const [after] = await tx
      .update(indicators)
      .set({ ...edit, editedAt: new Date() })
      .where(eq(indicators.key, key))
      .returning();
    if (!after) throw new NotFoundError(`There is no indicator ${key}`);
    await resultsChanged(tx);
    await recordAudit(tx, actor, {
      action: 'indicator.edit',
      entityType: 'indicator',
      entityId: key,
      before: presentIndicator(before),
      after: presentIndicator(after),
    });
    return presentIndicator(after);
  });
}
