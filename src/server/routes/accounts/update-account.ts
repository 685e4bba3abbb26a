import { createRoute } from '@hono/zod-openapi';
import { problemResponse } from '../../problem.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { BEARER, UPSTREAM_PROBLEMS } from '../common-responses.js';
import { AccountParamsSchema, AccountSchema, UpdateAccountBodySchema } from './account-schemas.js';

const route = createRoute({
  method: 'patch',
  path: '/accounts/{id}',
  tags: ['Accounts'],
  summary: 'Rename an account or rotate its credentials',
  description: 'New credentials are checked with a live call before they replace the old ones; the id and the data are kept.',
  security: BEARER,
  request: { params: AccountParamsSchema, body: { required: true, content: { 'application/json': { schema: UpdateAccountBodySchema } } } },
  responses: {
    200: { description: 'The updated account', content: { 'application/json': { schema: AccountSchema } } },
    ...UPSTREAM_PROBLEMS,
    422: problemResponse('SmartRecruiters refused the new credentials (`invalid_credentials`)'),
  },
});

export function updateAccount(app: ServerApp, deps: ServerDeps): void {
  app.openapi(route, async (c) => c.json(await deps.accounts.update(c.req.valid('param').id, c.req.valid('json')), 200));
}
