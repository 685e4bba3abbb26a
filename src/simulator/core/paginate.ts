import type { OperationSpec } from '../../spec/index.js';
import { SimError } from './sim-error.js';
import type { QueryValue, SimResponse } from './types.js';

export const DEFAULT_PAGE_SIZE = 10;

export function encodeCursor(position: number): string {
  return Buffer.from(`p1:${position}`).toString('base64url');
}

/** The position a cursor points at, or a 400 naming the parameter when it is not one of ours. */
export function decodeCursor(param: string, token: string): number {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const m = /^p1:(-?\d+)$/.exec(text);
  if (!m) throw new SimError(400, 'INVALID_FIELD', `${param}: invalid page identifier "${token}"`);
  return Number(m[1]);
}

function num(value: QueryValue | undefined, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/** The absolute URL of the next page: the same query with the cursor replaced. */
export function nextPageUrl(baseUrl: string, path: string, rawQuery: URLSearchParams, param: string, value: string): string {
  const q = new URLSearchParams(rawQuery);
  q.set(param, value);
  return `${baseUrl}${path}?${q.toString()}`;
}

export interface PageRequest {
  readonly op: OperationSpec;
  readonly query: Readonly<Record<string, QueryValue>>;
  readonly rawQuery: URLSearchParams;
  readonly baseUrl: string;
  readonly path: string;
}

/**
 * Pages an in-memory list per the operation's pagination style. Offset and page styles read the
 * live list on every call, so items shift when data changes between pages, as on the real API.
 */
export function paginate(req: PageRequest, items: readonly unknown[]): SimResponse {
  const pg = req.op.pagination;
  if (!pg) return { status: 200, body: { totalFound: items.length, content: items } };
  if (pg.style === 'offset') {
    const limit = num(req.query[pg.limitParam], DEFAULT_PAGE_SIZE);
    const offset = num(req.query[pg.offsetParam], 0);
    if (offset < 0) throw new SimError(400, 'INVALID_FIELD', `${pg.offsetParam}: must be ≥ 0`);
    return { status: 200, body: { limit, offset, totalFound: items.length, content: items.slice(offset, offset + limit) } };
  }
  if (pg.style === 'page') {
    const size = num(req.query[pg.sizeParam], DEFAULT_PAGE_SIZE);
    const page = num(req.query[pg.pageParam], 0);
    if (page < 0) throw new SimError(400, 'INVALID_FIELD', `${pg.pageParam}: must be ≥ 0`);
    return {
      status: 200,
      body: { page, pageSize: size, totalElements: items.length, totalPages: Math.ceil(items.length / size), totalFound: items.length, content: items.slice(page * size, page * size + size) },
    };
  }
  const limit = pg.limitParam ? num(req.query[pg.limitParam], DEFAULT_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  const token = req.query[pg.cursorParam];
  const start = typeof token === 'string' && token !== '' ? decodeCursor(pg.cursorParam, token) : 0;
  const content = items.slice(start, start + limit);
  const hasNext = start + limit < items.length;
  const body: Record<string, unknown> = { limit, totalFound: items.length, content };
  const headers: Record<string, string> = {};
  if (hasNext) {
    const next = encodeCursor(start + limit);
    body['nextPageId'] = next;
    headers['Link'] = `<${nextPageUrl(req.baseUrl, req.path, req.rawQuery, pg.cursorParam, next)}>; rel="next"`;
  }
  return { status: 200, body, headers };
}
