import type { z } from 'zod';
import type { ActionClient } from './action-client.js';
import type { ActionDefinition } from './action-definition.js';
import { ActionError } from './action-errors.js';
import { FILE_RESPONSES } from './action-overrides.js';
import { buildActionRequest } from './build-request.js';
import { fileResponseData } from './file-response.js';
import { getAction } from './get-action.js';
import { validateActionInput } from './validate-input.js';

export interface ExecuteActionOptions {
  /** Paginated actions: follow every page and return all items (the client applies the limits). */
  readonly all?: boolean;
  /** With `all`: stop after this many items. */
  readonly maxItems?: number;
  /** With `all`: page size asked of the API (capped by the client at the endpoint's maximum). */
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
}

/** Whether the response matched the documented schema; a mismatch is reported, not thrown. */
export type OutputCheck =
  | { readonly ok: true; readonly reason: 'matched' | 'no_schema' | 'not_checked' }
  | { readonly ok: false; readonly reason: 'schema_mismatch'; readonly issues: readonly { path: string; message: string }[] };

export interface ActionResult<T = unknown> {
  readonly action: string;
  readonly status: number;
  /** The response body; with `all`, the items of every page. */
  readonly data: T;
  readonly requestId: string | undefined;
  /** With `all`: pages fetched. */
  readonly pages?: number;
  readonly output: OutputCheck;
}

function checkOutput(schema: z.ZodType | undefined, data: unknown): OutputCheck {
  if (!schema) return { ok: true, reason: 'no_schema' };
  if (data === undefined || data === null || typeof data !== 'object') return { ok: true, reason: 'not_checked' };
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, reason: 'matched' };
  return {
    ok: false,
    reason: 'schema_mismatch',
    issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
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
  if (opts.all && action.pagination) {
    const items: unknown[] = [];
    let pages = 0;
    let last: { status: number; requestId: string | undefined } = { status: 200, requestId: undefined };
    const max = opts.maxItems ?? Number.POSITIVE_INFINITY;
    for await (const page of client.paginate<unknown>(req, opts.pageSize ? { pageSize: opts.pageSize } : undefined)) {
      pages++;
      last = { status: page.response.status, requestId: page.response.requestId };
      for (const item of page.items) {
        if (items.length >= max) break;
        items.push(item);
      }
      if (items.length >= max) break;
    }
    return { action: action.name, status: last.status, data: items as T, requestId: last.requestId, pages, output: { ok: true, reason: 'not_checked' } };
  }
  if (FILE_RESPONSES.has(action.name)) {
    const res = await client.request<Uint8Array>({ ...req, responseType: 'bytes' });
    const data = fileResponseData(res.data, res.headers) as T;
    return { action: action.name, status: res.status, data, requestId: res.requestId, output: checkOutput(action.outputSchema, data) };
  }
  const res = await client.request<T>(req);
  return { action: action.name, status: res.status, data: res.data, requestId: res.requestId, output: checkOutput(action.outputSchema, res.data) };
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
  const req = { ...buildActionRequest(action, validateActionInput(action, input)), ...(opts.signal ? { signal: opts.signal } : {}) };
  return client.paginateItems<T>(req, opts.pageSize ? { pageSize: opts.pageSize } : undefined);
}
