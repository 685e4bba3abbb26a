import { executeAction, type ActionClient } from '../../actions/index.js';
import { SrNotFoundError, type SrRequest } from '../../client/index.js';
import { operationByKey, type OperationKey, type OperationSpec } from '../../spec/index.js';
import { notFound } from './unified-error.js';

type Query = NonNullable<SrRequest['query']>;

function operation(key: OperationKey): OperationSpec {
  const op = operationByKey(key);
  if (!op) throw new Error(`no operation ${key} in the spec table`);
  return op;
}

/** Drops unset values, so an absent filter is never sent as an empty parameter. */
export function compact(query: Record<string, string | number | undefined>): Query {
  const out: Query = {};
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/** One upstream page from `from` (a cursor, offset or page number, as the operation pages), and where the next starts. */
export async function upstreamPage<T>(
  client: ActionClient,
  key: OperationKey,
  query: Query,
  opts: { pageSize: number; from?: string | undefined; pathParams?: Record<string, string>; signal?: AbortSignal | undefined },
): Promise<{ items: T[]; next: string | null }> {
  const req: SrRequest = { operation: operation(key), query, ...(opts.pathParams ? { pathParams: opts.pathParams } : {}), ...(opts.signal ? { signal: opts.signal } : {}) };
  for await (const page of client.paginate<T>(req, { pageSize: opts.pageSize, ...(opts.from !== undefined ? { from: opts.from } : {}) })) {
    return { items: page.items, next: page.nextCursor ?? null };
  }
  return { items: [], next: null };
}

const MAX_SNAPSHOT = 50_000;

/**
 * Every item of a list, read in one go and de-duplicated by id. An offset-paged list is read
 * again when its total changed during the walk (a record inserted or deleted between two pages
 * shifts every later one, which would skip or repeat a record); after three tries the last read
 * is kept. Callers page the result by id (keyset), so the snapshot may differ between pages
 * without skipping or repeating a record that exists throughout.
 */
export async function upstreamAll<T>(client: ActionClient, key: OperationKey, query: Query, idOf: (item: T) => string | null, opts: { pathParams?: Record<string, string>; signal?: AbortSignal | undefined } = {}): Promise<T[]> {
  const op = operation(key);
  const req: SrRequest = { operation: op, query, ...(opts.pathParams ? { pathParams: opts.pathParams } : {}), ...(opts.signal ? { signal: opts.signal } : {}) };
  if (!op.pagination) {
    const res = await client.request<unknown>(req);
    const data = res.data as { content?: unknown } | unknown[] | undefined;
    const items = Array.isArray(data) ? data : Array.isArray((data as { content?: unknown })?.content) ? ((data as { content: unknown[] }).content) : [];
    return dedupe(items as T[], idOf);
  }
  let last: T[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const items: T[] = [];
    const totals = new Set<number | undefined>();
    for await (const page of client.paginate<T>(req)) {
      totals.add(page.totalFound);
      items.push(...page.items);
      if (items.length > MAX_SNAPSHOT) break;
    }
    last = dedupe(items, idOf);
    if (op.pagination.style !== 'offset' || totals.size <= 1) return last;
  }
  return last;
}

function dedupe<T>(items: T[], idOf: (item: T) => string | null): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const id = idOf(item);
    if (id !== null) seen.set(id, item);
  }
  return [...seen.values()];
}

/** One page of records ordered by id after `after`: a walk that no insert or delete can make skip or repeat. */
export function keysetPage<M extends { id: string }>(records: M[], after: unknown, limit: number): { records: M[]; next: unknown } {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const start = typeof after === 'string' ? sorted.findIndex((r) => r.id > after) : 0;
  const page = start < 0 ? [] : sorted.slice(start, start + limit);
  const more = start >= 0 && start + limit < sorted.length;
  return { records: page, next: more ? (page[page.length - 1] as M).id : null };
}

/** An action's answer body; a SmartRecruiters 404 becomes our own 404 on `id`. */
export async function readAction<T>(client: ActionClient, action: string, input: Record<string, unknown>, what: string, id: string, signal?: AbortSignal): Promise<T> {
  try {
    const res = await executeAction<T>(client, action, input, signal ? { signal } : {});
    return res.data;
  } catch (err) {
    if (err instanceof SrNotFoundError) throw notFound(what, id);
    throw err;
  }
}

/** True when `value` (ISO) is strictly after `bound` (ISO); a record without the date does not pass. */
export function after(value: string | null, bound: string | undefined): boolean {
  if (bound === undefined) return true;
  return value !== null && Date.parse(value) > Date.parse(bound);
}

/** The items of a list body (`{ content: [...] }` or a bare array). */
export function contentOf<T = unknown>(data: unknown): T[] {
  if (Array.isArray(data)) return data as T[];
  const c = (data as { content?: unknown } | undefined)?.content;
  return Array.isArray(c) ? (c as T[]) : [];
}

/** One call by operation key; a SmartRecruiters 404 becomes our own 404 on `id` naming `what`. */
export async function readOp<T>(
  client: ActionClient,
  key: OperationKey,
  parts: { pathParams?: Record<string, string>; query?: Query; signal?: AbortSignal | undefined },
  what: string,
  id: string,
): Promise<T> {
  try {
    const res = await client.request<T>({ operation: operation(key), ...(parts.pathParams ? { pathParams: parts.pathParams } : {}), ...(parts.query ? { query: parts.query } : {}), ...(parts.signal ? { signal: parts.signal } : {}) });
    return res.data;
  } catch (err) {
    if (err instanceof SrNotFoundError) throw notFound(what, id);
    throw err;
  }
}
