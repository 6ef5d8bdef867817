import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { inYearTotals } from './schema.ts';
import { contributions } from './rules/inYear.ts';
import type { Figures, Grid } from './rules/grid.ts';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Adds a return to the LA's running totals when it is sent (sign 1), or takes it away when the LA
 * returns it (sign −1), in the transaction that moves it.
 */
export async function applyToTotals(
  tx: Transaction,
  windowId: number,
  grid: Grid,
  figures: Figures,
  sign: 1 | -1,
) {
  const rows = contributions(grid, figures);
  if (rows.length === 0) return;
  await tx
    .insert(inYearTotals)
    .values(
      rows.map((c) => ({
        windowId,
        phase: grid.phase,
        row: c.row,
        schools: sign,
        pupils: sign * c.pupils,
        expectedSum: sign * c.expectedSum,
        higherSum: sign * c.higherSum,
      })),
    )
    .onConflictDoUpdate({
      target: [inYearTotals.windowId, inYearTotals.phase, inYearTotals.row],
      set: {
        schools: sql`${inYearTotals.schools} + excluded.schools`,
        pupils: sql`${inYearTotals.pupils} + excluded.pupils`,
        expectedSum: sql`${inYearTotals.expectedSum} + excluded.expected_sum`,
        higherSum: sql`${inYearTotals.higherSum} + excluded.higher_sum`,
      },
    });
}
