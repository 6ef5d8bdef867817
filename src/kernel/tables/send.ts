import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { chooseTables, spreadsheetType, tablesFile, type DataTable } from './tables.ts';

/** What every "download this table" link asks for: a table's id (or all) and CSV or XLSX. */
export const downloadQuery = z.object({
  table: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'A table is named by its id, like ks2-attainment')
    .default('all'),
  format: z.enum(['csv', 'xlsx']),
});

/** The table asked for, as CSV, or the tables as a workbook, named for the page and the table. */
export async function sendTables(
  reply: FastifyReply,
  all: readonly DataTable[],
  query: z.infer<typeof downloadQuery>,
  name: string,
) {
  const body = await tablesFile(chooseTables(all, query.table), query.format);
  return reply
    .type(query.format === 'csv' ? 'text/csv; charset=utf-8' : spreadsheetType)
    .header('content-disposition', `attachment; filename="${name}-${query.table}.${query.format}"`)
    .send(body);
}
