import { createRoute } from '@hono/zod-openapi';
import { problemResponse } from '../../problem.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { BEARER, UPSTREAM_PROBLEMS } from '../common-responses.js';
import { AccountSchema, CreateAccountBodySchema } from './account-schemas.js';

const route = createRoute({
  method: 'post',
  path: '/accounts',
  tags: ['Accounts'],
  summary: 'Link a SmartRecruiters account',
  description: 'Checks the credentials with a live call first; nothing is stored when they fail. Credentials are encrypted at rest and never shown again.',
  security: BEARER,
  request: { body: { required: true, content: { 'application/json': { schema: CreateAccountBodySchema } } } },
  responses: {
    201: { description: 'Linked', content: { 'application/json': { schema: AccountSchema } } },
    ...UPSTREAM_PROBLEMS,
    422: problemResponse('SmartRecruiters refused the credentials (`invalid_credentials`)'),
  },
});

export function createAccount(app: ServerApp, deps: ServerDeps): void {
  app.openapi(route, async (c) => {
    const account = await deps.accounts.link(c.req.valid('json'));
    c.header('Location', `/accounts/${account.id}`);
    return c.json(account, 201);
  });
}
