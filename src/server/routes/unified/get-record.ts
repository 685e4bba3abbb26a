import { createRoute, z } from '@hono/zod-openapi';
import { parseIncludeRemoteData, unifiedResources, type UnifiedResource } from '../../../unified/index.js';
import { ApiError } from '../../api-error.js';
import { problemResponse } from '../../problem.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { BEARER, UPSTREAM_PROBLEMS } from '../common-responses.js';
import { rawQuery } from './unified-query.js';

const GET_PARAMS = new Set(['account_id', 'include_remote_data']);

function getRoute(resource: UnifiedResource) {
  return createRoute({
    method: 'get',
    path: `/unified/${resource.area}/${resource.path}/{id}`,
    tags: [resource.area === 'ats' ? 'Unified ATS' : 'Unified User Directory'],
    summary: `Get one ${resource.modelName}`,
    security: BEARER,
    request: {
      params: z.object({ id: z.string().min(1).max(500).openapi({ param: { name: 'id', in: 'path' } }) }),
      query: z.object({
        account_id: z.string().openapi({ param: { name: 'account_id', in: 'query', required: true } }),
        include_remote_data: z.enum(['true', 'false']).optional(),
      }),
    },
    responses: {
      200: { description: `The ${resource.modelName} as it is now`, content: { 'application/json': { schema: resource.schema } } },
      ...UPSTREAM_PROBLEMS,
      404: problemResponse('No such record (`not_found`) or account (`account_not_found`)'),
    },
  });
}

/** `GET /unified/<area>/<path>/:id` for every unified resource. */
export function getRecord(app: ServerApp, deps: ServerDeps): void {
  for (const resource of unifiedResources) {
    app.openapi(getRoute(resource), async (c) => {
      const query = rawQuery(c);
      for (const [name, values] of Object.entries(query)) {
        if (!GET_PARAMS.has(name)) throw new ApiError(400, 'unknown_filter', `${name}: a get takes only account_id and include_remote_data`, name);
        if (values.length > 1) throw new ApiError(400, 'invalid_request', `${name}: give it once`, name);
      }
      const accountId = query.account_id?.[0];
      if (!accountId) throw new ApiError(400, 'invalid_request', 'account_id: required', 'account_id');
      const includeRemoteData = parseIncludeRemoteData(query.include_remote_data?.[0]);
      const client = await deps.accounts.clientForAccount(accountId);
      return c.json((await resource.get(client, c.req.valid('param').id, { includeRemoteData, signal: c.req.raw.signal })) as Record<string, unknown>, 200);
    });
  }
}
