import { gatherPages, SrInvalidRequestError, type PageEnd, type SrRequest } from '../client/index.js';
import type { ActionClient } from './action-client.js';
import type { ActionDefinition } from './action-definition.js';
import { ActionError } from './action-errors.js';
import { ActionWalkError } from './action-walk-error.js';
import { FILE_RESPONSES } from './action-overrides.js';
import { buildActionRequest, pagingRequest } from './build-request.js';
import { checkOutput, type OutputCheck } from './check-output.js';
import { fileResponseData } from './file-response.js';
import { getAction } from './get-action.js';
import { validateActionInput } from './validate-input.js';

export type { OutputCheck } from './check-output.js';

export interface ExecuteActionOptions {
  /** Paginated actions: follow every page and return all items (the client applies the limits). */
  readonly all?: boolean;
  /** With `all`: stop after this many items. */
  readonly maxItems?: number;
  /** With `all`: page size asked of the API; default the input's own page size (`limit`, `pageSize`), else the endpoint's maximum. */
  readonly pageSize?: number;
  /** With `all`: start from this position (an ActionWalkError's `resumeFrom`) instead of the first page. */
  readonly from?: string | undefined;
  readonly signal?: AbortSignal;
}

export interface ActionResult<T = unknown> {
  readonly action: string;
  readonly status: number;
  /** The response body; with `all`, the items of every page. */
  readonly data: T;
  readonly requestId: string | undefined;
  /** With `all`: pages fetched. */
  readonly pages?: number;
  /** With `all`: why the walk ended (`max_items` when cut by `maxItems`). */
  readonly end?: PageEnd | 'max_items';
  readonly output: OutputCheck;
}

function resolve(nameOrAction: string | ActionDefinition): ActionDefinition {
  return typeof nameOrAction === 'string' ? getAction(nameOrAction) : nameOrAction;
}

/**
 * Runs one action: validates the input (ActionInputError before any HTTP call), builds the
 * official request and sends it through the client. With `opts.all` a paginated action follows
 * every page and returns all items.
 */
export async function executeAction<T = unknown>(
  client: ActionClient,
  nameOrAction: string | ActionDefinition,
  input: unknown,
  opts: ExecuteActionOptions = {},
): Promise<ActionResult<T>> {
  const action = resolve(nameOrAction);
  const req = { ...buildActionRequest(action, validateActionInput(action, input)), ...(opts.signal ? { signal: opts.signal } : {}) };
  if (opts.all && action.pagination) return walkAll<T>(client, action, pagingRequest(action, req), opts);
  if (FILE_RESPONSES.has(action.name)) {
    const res = await client.request<Uint8Array>({ ...req, responseType: 'bytes' });
    const data = fileResponseData(res.data, res.headers) as T;
    return { action: action.name, status: res.status, data, requestId: res.requestId, output: checkOutput(action, data) };
  }
  const res = await client.request<T>(req);
  return { action: action.name, status: res.status, data: res.data, requestId: res.requestId, output: checkOutput(action, res.data) };
}

/** The page size the input itself asks for (`limit`, `pageSize`…): a user's `limit` is kept, not replaced by the maximum. */
function inputPageSize(action: ActionDefinition, req: SrRequest): number | undefined {
  const spec = action.pagination;
  const param = !spec ? null : spec.style === 'page' ? spec.sizeParam : spec.limitParam;
  const v = param ? req.query?.[param] : undefined;
  return typeof v === 'number' ? v : undefined;
}

/** Follows every page; on a failure after retries, throws ActionWalkError with the items so far and where to resume. */
async function walkAll<T>(client: ActionClient, action: ActionDefinition, req: SrRequest, opts: ExecuteActionOptions): Promise<ActionResult<T>> {
  const pageSize = opts.pageSize ?? inputPageSize(action, req);
  const walk = client.paginate<unknown>(req, { ...(pageSize ? { pageSize } : {}), ...(opts.from !== undefined ? { from: opts.from } : {}) });
  const { items, pages, last, end, resumeFrom, failure } = await gatherPages(walk, { maxItems: opts.maxItems, from: opts.from });
  if (failure) {
    // A refused start position or page size is the caller's mistake, not a failed walk.
    if (pages === 0 && failure.error instanceof SrInvalidRequestError) throw failure.error;
    throw new ActionWalkError(action.name, items, pages, resumeFrom, failure.error);
  }
  return {
    action: action.name,
    status: last?.status ?? 200,
    data: items as T,
    requestId: last?.requestId,
    pages,
    ...(end ? { end } : {}),
    output: { ok: true, reason: 'not_checked' },
  };
}

/** Items of every page of a paginated action, lazily (the client applies the limits). */
export function iterateAction<T = unknown>(
  client: ActionClient,
  nameOrAction: string | ActionDefinition,
  input: unknown,
  opts: { pageSize?: number; signal?: AbortSignal } = {},
): AsyncIterable<T> {
  const action = resolve(nameOrAction);
  if (!action.pagination) throw new ActionError(`action ${action.name} is not paginated`, 'not_paginated');
  const req = { ...pagingRequest(action, buildActionRequest(action, validateActionInput(action, input))), ...(opts.signal ? { signal: opts.signal } : {}) };
  return client.paginateItems<T>(req, opts.pageSize ? { pageSize: opts.pageSize } : undefined);
}
