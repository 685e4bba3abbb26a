import { createRoute } from '@hono/zod-openapi';
import { problemResponse } from '../../problem.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { BEARER, COMMON_PROBLEMS } from '../common-responses.js';
import { AccountParamsSchema } from './account-schemas.js';

const route = createRoute({
  method: 'delete',
  path: '/accounts/{id}',
  tags: ['Accounts'],
  summary: 'Remove an account, its credentials and all its data',
  security: BEARER,
  request: { params: AccountParamsSchema },
  responses: {
    204: { description: 'Removed' },
    ...COMMON_PROBLEMS,
    404: problemResponse('No such account (`account_not_found`)'),
  },
});

export function deleteAccount(app: ServerApp, deps: ServerDeps): void {
  app.openapi(route, async (c) => {
    await deps.accounts.remove(c.req.valid('param').id);
    return c.body(null, 204);
  });
}
