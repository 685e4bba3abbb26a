import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodType } from 'zod';
import type { ActionClient } from '../../../actions/index.js';
import { ApiError } from '../../api-error.js';
import { problemResponse } from '../../problem.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { BEARER, UPSTREAM_PROBLEMS } from '../common-responses.js';
import { rawQuery } from './unified-query.js';

export interface WriteSpec<B> {
  readonly method: 'post' | 'put' | 'patch';
  readonly path: string;
  readonly tag: 'Unified ATS' | 'Unified User Directory';
  readonly summary: string;
  readonly description: string;
  readonly body?: ZodType<B>;
  readonly response: ZodType;
  readonly status: 200 | 201;
  run(client: ActionClient, args: { id: string; body: B; signal: AbortSignal }): Promise<unknown>;
}

/**
 * One unified write: the body is validated (strict: an unknown field is named) and the account
 * resolved before the write runs; it answers the unified record as it now is.
 */
export function registerWrite<B>(app: ServerApp, deps: ServerDeps, spec: WriteSpec<B>): void {
  const hasId = spec.path.includes('{id}');
  const route = createRoute({
    method: spec.method,
    path: spec.path,
    tags: [spec.tag],
    summary: spec.summary,
    description: spec.description,
    security: BEARER,
    request: {
      query: z.object({ account_id: z.string().openapi({ param: { name: 'account_id', in: 'query', required: true } }) }),
      ...(hasId ? { params: z.object({ id: z.string().min(1).max(500).openapi({ param: { name: 'id', in: 'path' } }) }) } : {}),
      ...(spec.body ? { body: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
    },
    responses: {
      [spec.status]: { description: 'The record as it now is', content: { 'application/json': { schema: spec.response } } },
      ...UPSTREAM_PROBLEMS,
      404: problemResponse('No such record (`not_found`) or account (`account_not_found`)'),
      409: problemResponse('Conflict, e.g. an e-mail address already in use (`email_in_use`)'),
    },
  });
  // The route is built from data, so hono cannot infer one response type; the schema documents it.
  const handler = async (c: Context) => {
    const query = rawQuery(c);
    for (const name of Object.keys(query)) if (name !== 'account_id') throw new ApiError(400, 'unknown_field', `${name}: this write takes only account_id in the query`, name);
    const accountId = query.account_id?.[0];
    if (!accountId) throw new ApiError(400, 'invalid_request', 'account_id: required', 'account_id');
    const body = (spec.body ? ((c.req as unknown as { valid(t: 'json'): B }).valid('json')) : undefined) as B;
    const id = hasId ? (c.req.param('id') ?? '') : '';
    const client = await deps.accounts.clientForAccount(accountId);
    const record = await spec.run(client, { id, body, signal: c.req.raw.signal });
    return c.json(record as Record<string, unknown>, spec.status);
  };
  app.openapi(route, handler as never);
}
