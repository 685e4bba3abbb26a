import { createRoute } from '@hono/zod-openapi';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { BEARER, COMMON_PROBLEMS } from '../common-responses.js';
import { AccountListSchema } from './account-schemas.js';

const route = createRoute({
  method: 'get',
  path: '/accounts',
  tags: ['Accounts'],
  summary: 'List linked accounts',
  security: BEARER,
  responses: {
    200: { description: 'Every linked account, without secrets', content: { 'application/json': { schema: AccountListSchema } } },
    ...COMMON_PROBLEMS,
  },
});

export function listAccounts(app: ServerApp, deps: ServerDeps): void {
  app.openapi(route, async (c) => c.json({ result: await deps.accounts.list() }, 200));
}
