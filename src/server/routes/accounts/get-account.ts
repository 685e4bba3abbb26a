import { createRoute } from '@hono/zod-openapi';
import { problemResponse } from '../../problem.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { BEARER, COMMON_PROBLEMS } from '../common-responses.js';
import { AccountParamsSchema, AccountSchema } from './account-schemas.js';

const route = createRoute({
  method: 'get',
  path: '/accounts/{id}',
  tags: ['Accounts'],
  summary: 'Show one account and its health',
  description: 'Health: the last successful call, the last error and the rate budget SmartRecruiters last reported.',
  security: BEARER,
  request: { params: AccountParamsSchema },
  responses: {
    200: { description: 'The account', content: { 'application/json': { schema: AccountSchema } } },
    ...COMMON_PROBLEMS,
    404: problemResponse('No such account (`account_not_found`)'),
  },
});

export function getAccount(app: ServerApp, deps: ServerDeps): void {
  app.openapi(route, async (c) => c.json(await deps.accounts.get(c.req.valid('param').id), 200));
}
