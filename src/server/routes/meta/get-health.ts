import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { ApiError } from '../../api-error.js';
import { problemResponse } from '../../problem.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';

const HealthSchema = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }).openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Meta'],
  summary: 'Liveness and database reachability (no token needed)',
  responses: {
    200: { description: 'Up', content: { 'application/json': { schema: HealthSchema } } },
    503: problemResponse('The database does not answer'),
  },
});

export function getHealth(app: ServerApp, deps: ServerDeps): void {
  app.openapi(route, async (c) => {
    try {
      await sql`select 1`.execute(deps.database.db);
    } catch {
      throw new ApiError(503, 'database_unavailable', 'the database does not answer');
    }
    return c.json({ status: 'ok' as const, database: deps.database.dialect }, 200);
  });
}
