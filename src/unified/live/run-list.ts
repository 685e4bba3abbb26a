import type { KeyObject } from 'node:crypto';
import type { ActionClient } from '../../actions/index.js';
import { openCursor, sealCursor } from './cursor.js';
import type { UnifiedResource } from './list-request.js';
import type { ParsedListQuery } from './list-query.js';

export interface UnifiedPage<M = unknown> {
  readonly result: M[];
  readonly next_cursor: string | null;
}

/**
 * One page of a unified list: the cursor is opened (bound to account, list, filters and page
 * size), the resource reads SmartRecruiters through `client`, and the next position is sealed.
 */
export async function runList(client: ActionClient, key: KeyObject, accountId: string, resource: UnifiedResource, q: ParsedListQuery, signal?: AbortSignal): Promise<UnifiedPage> {
  // The page size is bound too: positions of some lists count records of one page size.
  const binding = { accountId, resource: resource.key, filters: { ...q.filters, limit: q.limit, include_remote_data: q.includeRemoteData } };
  const position = q.cursor === undefined ? undefined : openCursor(key, binding, q.cursor);
  const page = await resource.list(client, { filters: q.filters, limit: q.limit, position, includeRemoteData: q.includeRemoteData, ...(signal ? { signal } : {}) });
  return { result: page.records, next_cursor: page.next === null || page.next === undefined ? null : sealCursor(key, binding, page.next) };
}
