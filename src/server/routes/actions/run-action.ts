import { createRoute } from '@hono/zod-openapi';
import { executeAction, getAction, validateActionInput } from '../../../actions/index.js';
import { problemResponse } from '../../problem.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { BEARER, UPSTREAM_PROBLEMS } from '../common-responses.js';
import { ActionParamsSchema, ActionResultSchema, RunActionBodySchema } from './action-schemas.js';

const route = createRoute({
  method: 'post',
  path: '/actions/{name}',
  tags: ['Actions'],
  summary: 'Run one action for an account',
  description: 'The input is validated against the action schema before anything is sent to SmartRecruiters; a bad field is a 400 naming it.',
  security: BEARER,
  request: {
    params: ActionParamsSchema,
    body: { required: true, content: { 'application/json': { schema: RunActionBodySchema } } },
  },
  responses: {
    200: { description: "The action's result", content: { 'application/json': { schema: ActionResultSchema } } },
    ...UPSTREAM_PROBLEMS,
    404: problemResponse('Unknown action (`unknown_action`), unknown account (`account_not_found`) or SmartRecruiters 404 (`upstream_not_found`)'),
  },
});

export function runAction(app: ServerApp, deps: ServerDeps): void {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json');
    // Name, then input, then account: every check that needs no I/O happens before the one that does.
    const action = getAction(c.req.valid('param').name);
    const input = body.input ?? {};
    validateActionInput(action, input);
    const client = await deps.accounts.clientForAccount(body.account_id);
    const result = await executeAction(client, action, input, {
      ...(body.all ? { all: true } : {}),
      ...(body.max_items ? { maxItems: body.max_items } : {}),
      signal: c.req.raw.signal,
    });
    return c.json(
      {
        action: result.action,
        status: result.status,
        data: result.data,
        upstream_request_id: result.requestId ?? null,
        ...(result.pages !== undefined ? { pages: result.pages } : {}),
        output: result.output as Record<string, unknown>,
      },
      200,
    );
  });
}
