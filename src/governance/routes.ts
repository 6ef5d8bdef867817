import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../kernel/services.ts';
import type { Config } from '../kernel/config.ts';
import { UnauthenticatedError } from '../kernel/errors.ts';

const today = () => new Date().toISOString().slice(0, 10);
const boardParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const read = { permission: 'governance:read' as const };

export function governanceRoutes(services: Services, _config: Config) {
  return async function (app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.get('/boards', { config: read }, async (request, reply) => {
      if (!request.actor) throw new UnauthenticatedError();
      return reply.page('governance/views/boards.njk', {
        pageTitle: 'Boards',
        boards: await services.boards.list(request.actor, today()),
      });
    });

    routes.get('/boards/:id', { config: read, schema: { params: boardParams } }, async (request, reply) => {
      if (!request.actor) throw new UnauthenticatedError();
      const board = await services.boards.board(request.actor, request.params.id, today());
      return reply.page('governance/views/board.njk', { pageTitle: board.name, board });
    });
  };
}
