import { z } from 'zod';

// The API's description of a data table (src/reports/tables.ts).
const figureCell = z.object({
  value: z.number().nullable(),
  text: z.string(),
  judgement: z
    .object({
      direction: z.enum(['better', 'worse', 'no change', 'increased', 'decreased']).nullable(),
      words: z.string(),
    })
    .optional(),
});

export const dataTableSchema = z.object({
  id: z.string(),
  title: z.string(),
  columns: z.array(z.object({ header: z.string(), figure: z.boolean().optional() })),
  rows: z.array(z.array(z.union([z.string(), figureCell]))),
  notes: z.array(z.string()).optional(),
  rowRoles: z.array(z.string().nullable()).optional(),
  rowLinks: z.array(z.string().nullable()).optional(),
});
