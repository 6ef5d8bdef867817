import type { FastifyReply } from 'fastify';
import { NotFoundError } from '../app/errors.ts';
import { spreadsheetType, tableCsv, tablesWorkbook, type DataTable } from './tables.ts';

export /** A table as CSV (one table) or a workbook (one or more), named for what it holds. */
async function sendTables(reply: FastifyReply, tables: DataTable[], format: 'csv' | 'xlsx', name: string) {
  const first = tables[0];
  if (!first) throw new NotFoundError('There is no such table on this page');
  if (format === 'csv') {
    if (tables.length > 1)
      throw new NotFoundError('A CSV holds one table: choose one, or download the workbook');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}.csv"`)
      .send(tableCsv(first));
  }
  return reply
    .type(spreadsheetType)
    .header('content-disposition', `attachment; filename="${name}.xlsx"`)
    .send(await tablesWorkbook(tables));
}
