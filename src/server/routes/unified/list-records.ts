import { createRoute, z } from '@hono/zod-openapi';
import { CURSOR_KEY_PURPOSE, listQueryDocs, parseListQuery, runList, unifiedResources, type UnifiedResource } from '../../../unified/index.js';
import { ApiError } from '../../api-error.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { BEARER, UPSTREAM_PROBLEMS } from '../common-responses.js';
import { rawQuery } from './unified-query.js';

const TAGS: Record<UnifiedResource['area'], string> = { ats: 'Unified ATS', 'user-directory': 'Unified User Directory' };

function listRoute(resource: UnifiedResource) {
  const filters = Object.fromEntries(
    listQueryDocs(resource).map((f) => [f.name, z.string().optional().openapi({ param: { name: f.name, in: 'query', required: f.required }, description: f.description })]),
  );
  const query = z.object({
    account_id: z.string().openapi({ param: { name: 'account_id', in: 'query', required: true }, example: 'acc_…' }),
    cursor: z.string().optional().openapi({ description: "The previous page's next_cursor (opaque; bound to the account, list, filters and limit)" }),
    limit: z.string().optional().openapi({ description: 'Records per page, 1 to 100 (default 50)' }),
    include_remote_data: z.enum(['true', 'false']).optional().openapi({ description: 'Add the raw SmartRecruiters object as remote_data' }),
    ...filters,
  });
  const page = z.object({ result: z.array(resource.schema), next_cursor: z.string().nullable() }).meta({ id: `${resource.modelName}List` });
  return createRoute({
    method: 'get',
    path: `/unified/${resource.area}/${resource.path}`,
    tags: [TAGS[resource.area]],
    summary: `List ${resource.path.replace('-', ' ')}`,
    description: `Live from SmartRecruiters. Filters: ${resource.filters.join(', ') || 'none'}${resource.requiredFilters ? ` (required: ${resource.requiredFilters.join(', ')})` : ''}. An unknown parameter is a 400 naming it.`,
    security: BEARER,
    request: { query },
    responses: { 200: { description: 'One page', content: { 'application/json': { schema: page } } }, ...UPSTREAM_PROBLEMS },
  });
}

/** `GET /unified/<area>/<path>` for every unified resource, derived from the registry. */
export function listRecords(app: ServerApp, deps: ServerDeps): void {
  for (const resource of unifiedResources) {
    app.openapi(listRoute(resource), async (c) => {
      const query = rawQuery(c);
      const accountId = query.account_id?.[0];
      if (!accountId) throw new ApiError(400, 'invalid_request', 'account_id: required', 'account_id');
      // Every check that needs no I/O comes first: nothing is sent upstream for a bad query.
      const parsed = parseListQuery(resource, query);
      const key = deps.accounts.derivedKey(CURSOR_KEY_PURPOSE);
      const client = await deps.accounts.clientForAccount(accountId);
      return c.json(await runList(client, key, accountId, resource, parsed, c.req.raw.signal), 200);
    });
  }
}
