import type { PaginationSpec } from '../../spec/index.js';
import { SrInvalidRequestError, SrInvalidResponseError } from '../errors/sr-errors.js';
import type { AnyOperationRequest } from '../operation-request.js';
import { resolveOperation } from '../resolve-operation.js';
import { specRequest } from '../spec-request.js';
import type { SrRequest } from '../sr-request.js';
import type { PageEnd, SrPage, SrResponse } from '../sr-response.js';
import { pageBody } from './page-body.js';
import { nextLinkFrom } from './parse-link-header.js';

/** Sends one page request; `url` (same origin, already checked) replaces the built URL for Link paging. */
export type PageSender = (req: SrRequest, url?: URL) => Promise<SrResponse<unknown>>;

export interface PaginateOptions {
  /** Items per page; default the endpoint's maximum. */
  pageSize?: number;
  /**
   * Where to start: a page's `position` or `nextCursor` from an earlier walk (cursor, offset or
   * 0-based page number, as the endpoint pages). Default: the request's own query, else the start.
   */
  from?: string | undefined;
}

/**
 * Pages through a list operation in the style its spec declares: cursor (`nextPageId` in the body
 * or `Link: rel="next"`), offset (`totalFound`), or 0-based page numbers. Every page says where it
 * was fetched from and where the walk goes next, so a walk cut by a failure can be resumed.
 */
export async function* paginate<T>(send: PageSender, baseUrl: string, request: SrRequest | AnyOperationRequest, opts: PaginateOptions = {}): AsyncGenerator<SrPage<T>> {
  const req = specRequest(request);
  const op = resolveOperation(req.operation);
  const where = `${op.method} ${op.path}`;
  const spec = op.pagination;
  if (!spec) {
    throw new SrInvalidRequestError({ code: 'not_paginated', message: `${where} is not a paginated operation; use request()`, method: op.method, path: op.path });
  }
  const pageSize = opts.pageSize ?? spec.maxLimit;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > spec.maxLimit) {
    throw new SrInvalidRequestError({ code: 'invalid_page_size', message: `${where}: pageSize must be an integer from 1 to ${spec.maxLimit}`, method: op.method, path: op.path });
  }
  const ctx: WalkContext = { send, req, pageSize, method: op.method, path: op.path };
  if (opts.from !== undefined) checkPosition(opts.from, spec, ctx);
  if (spec.style === 'cursor') yield* cursorPages<T>(ctx, baseUrl, spec, opts.from);
  else if (spec.style === 'offset') yield* offsetPages<T>(ctx, spec, opts.from);
  else yield* numberedPages<T>(ctx, spec, opts.from);
}

interface WalkContext {
  readonly send: PageSender;
  readonly req: SrRequest;
  readonly pageSize: number;
  readonly method: string;
  readonly path: string;
}

type CursorSpec = Extract<PaginationSpec, { style: 'cursor' }>;
type OffsetSpec = Extract<PaginationSpec, { style: 'offset' }>;
type PageSpec = Extract<PaginationSpec, { style: 'page' }>;

const COUNT = /^(0|[1-9]\d{0,14})$/;

/** A start position is refused before any request: a typo must not silently restart a long walk from zero. */
function checkPosition(from: string, spec: PaginationSpec, ctx: WalkContext): void {
  const ok = spec.style === 'cursor' ? from !== '' && from.length <= 4096 : COUNT.test(from);
  if (ok) return;
  const want = spec.style === 'cursor' ? 'a non-empty cursor' : spec.style === 'offset' ? 'an offset (integer >= 0)' : 'a page number (integer >= 0)';
  throw new SrInvalidRequestError({
    code: 'invalid_position',
    message: `${ctx.method} ${ctx.path}: start position must be ${want}, got ${JSON.stringify(from.slice(0, 40))}`,
    method: ctx.method,
    path: ctx.path,
  });
}

async function* cursorPages<T>(ctx: WalkContext, baseUrl: string, spec: CursorSpec, from: string | undefined): AsyncGenerator<SrPage<T>> {
  const { send, req, pageSize, method, path } = ctx;
  const initial = from ?? req.query?.[spec.cursorParam];
  let position = typeof initial === 'string' && initial !== '' ? initial : undefined;
  // A Link target without a cursor parameter is resumed from its path.
  let nextUrl: URL | undefined;
  let cursor = position;
  if (position?.startsWith('/')) {
    nextUrl = sameOriginUrl(position, baseUrl, `${method} ${path}`);
    cursor = undefined;
  }
  const seen = new Set<string>(position === undefined ? [] : [position]);
  for (;;) {
    const query = { ...req.query, [spec.cursorParam]: cursor };
    if (spec.limitParam) query[spec.limitParam] = pageSize;
    const res = nextUrl ? await send(req, nextUrl) : await send({ ...req, query });
    const body = pageBody(res, method, path);
    const link = body.nextPageId === undefined ? nextLinkFrom(res.headers.get('link')) : undefined;
    let next: string | undefined = body.nextPageId;
    nextUrl = undefined;
    if (link !== undefined) {
      nextUrl = sameOriginUrl(link, baseUrl, `${method} ${path}`, res);
      next = nextUrl.searchParams.get(spec.cursorParam) ?? nextUrl.pathname + nextUrl.search;
    }
    const end: PageEnd | undefined =
      next === undefined ? 'no_next_page' : body.items.length === 0 ? 'empty_page' : seen.has(next) ? 'repeated_cursor' : undefined;
    yield { items: body.items as T[], response: res, totalFound: body.totalFound, position, nextCursor: end ? undefined : next, end };
    if (end || next === undefined) return;
    seen.add(next);
    position = next;
    cursor = nextUrl ? undefined : next;
  }
}

async function* offsetPages<T>(ctx: WalkContext, spec: OffsetSpec, from: string | undefined): AsyncGenerator<SrPage<T>> {
  const { send, req, pageSize, method, path } = ctx;
  let offset = Number(from ?? req.query?.[spec.offsetParam] ?? 0) || 0;
  for (;;) {
    const position = from !== undefined || offset > 0 ? String(offset) : undefined;
    const res = await send({ ...req, query: { ...req.query, [spec.limitParam]: pageSize, [spec.offsetParam]: offset } });
    const body = pageBody(res, method, path);
    offset += body.items.length;
    // With totalFound we trust it (a server may cap the page below our limit); without it a short page ends the list.
    const end: PageEnd | undefined =
      body.items.length === 0
        ? 'empty_page'
        : body.totalFound !== undefined
          ? offset >= body.totalFound
            ? 'total_found_reached'
            : undefined
          : body.items.length < (body.limit ?? pageSize)
            ? 'short_page'
            : undefined;
    yield { items: body.items as T[], response: res, totalFound: body.totalFound, position, nextCursor: end ? undefined : String(offset), end };
    if (end) return;
  }
}

async function* numberedPages<T>(ctx: WalkContext, spec: PageSpec, from: string | undefined): AsyncGenerator<SrPage<T>> {
  const { send, req, pageSize, method, path } = ctx;
  let page = Number(from ?? req.query?.[spec.pageParam] ?? 0) || 0;
  for (;;) {
    const position = from !== undefined || page > 0 ? String(page) : undefined;
    const res = await send({ ...req, query: { ...req.query, [spec.pageParam]: page, [spec.sizeParam]: pageSize } });
    const body = pageBody(res, method, path);
    const end: PageEnd | undefined =
      body.items.length === 0
        ? 'empty_page'
        : body.items.length < (body.limit ?? pageSize)
          ? 'short_page'
          : body.totalPages !== undefined && page + 1 >= body.totalPages
            ? 'last_page_number'
            : undefined;
    yield { items: body.items as T[], response: res, totalFound: body.totalFound, position, nextCursor: end ? undefined : String(page + 1), end };
    if (end) return;
    page++;
  }
}

/** Resolves a Link target and refuses one that would take our credentials to another host. */
function sameOriginUrl(link: string, baseUrl: string, where: string, res?: SrResponse<unknown>): URL {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    url = new URL('invalid:');
  }
  if (url.origin !== base.origin) {
    if (!res) throw new SrInvalidRequestError({ code: 'invalid_position', message: `${where}: start position is not a path on ${base.origin}` });
    throw new SrInvalidResponseError({
      status: res.status,
      code: 'foreign_next_link',
      message: `${where}: Link rel="next" points outside ${base.origin}; not following it with our credentials`,
      requestId: res.requestId,
    });
  }
  return url;
}
