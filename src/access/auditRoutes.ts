import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { optionalText } from '../kernel/queries.ts';
import type { Services } from '../kernel/services.ts';

const pageSize = 50;

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  // z.iso.date() knows month lengths and leap years: Date.parse would turn 31 February into 3 March.
  .refine((v) => v === undefined || z.iso.date().safeParse(v).success, {
    message: 'Enter a real date, with the day, month and year',
  });

export const auditQuery = z.object({
  actor: optionalText,
  action: optionalText,
  entityType: optionalText,
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export function auditPage(services: Services) {
  return async function (app: FastifyInstance): Promise<void> {
    app
      .withTypeProvider<ZodTypeProvider>()
      .get('/admin/audit', { config: { permission: 'audit:read' } }, async (request, reply) => {
        const parsed = auditQuery.safeParse(request.query);
        const entityTypes = await services.audit.entityTypes();
        if (!parsed.success) {
          const errors = parsed.error.issues.map((i) => ({
            text: `${i.path.join('.') === 'to' ? 'To' : 'From'} date: ${i.message}`,
            href: `#${i.path.join('.')}`,
          }));
          return reply.status(400).page('access/views/audit.njk', {
            pageTitle: 'Audit log',
            errors,
            fieldErrors: Object.fromEntries(errors.map((e) => [e.href.slice(1), e.text])),
            filter: request.query,
            entityTypes,
            rows: [],
          });
        }
        const filter = parsed.data;
        const to = filter.to ? new Date(Date.parse(filter.to) + 86_400_000) : undefined;
        const { rows, total } = await services.audit.list({
          ...filter,
          from: filter.from ? new Date(filter.from) : undefined,
          to,
          pageSize,
        });
        const pages = Math.max(1, Math.ceil(total / pageSize));
        const query = (page: number) =>
          '?' +
          new URLSearchParams(
            Object.entries({ ...filter, page: String(page) }).filter(
              (e): e is [string, string] => e[1] !== undefined,
            ),
          ).toString();
        return reply.page('access/views/audit.njk', {
          pageTitle: 'Audit log',
          filter,
          entityTypes,
          rows: rows.map((r) => ({
            ...r,
            before: r.before === null ? '' : JSON.stringify(r.before, null, 1),
            after: r.after === null ? '' : JSON.stringify(r.after, null, 1),
          })),
          total,
          pagination: {
            previous: filter.page > 1 ? { href: query(filter.page - 1) } : undefined,
            next: filter.page < pages ? { href: query(filter.page + 1) } : undefined,
          },
          page: filter.page,
          pages,
        });
      });
  };
}
