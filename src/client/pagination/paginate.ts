import type { PaginationSpec } from '../../spec/index.js';
import { SrInvalidRequestError } from '../errors/sr-invalid-request-error.js';
import { SrInvalidResponseError } from '../errors/sr-invalid-response-error.js';
import { resolveOperation } from '../resolve-operation.js';
import type { SrRequest } from '../sr-request.js';
import type { SrPage, SrResponse } from '../sr-response.js';
import { pageBody } from './page-body.js';
import { nextLinkFrom } from './parse-link-header.js';

/** Sends one page request; `url` (same origin, already checked) replaces the built URL for Link paging. */
export type PageSender = (req: SrRequest, url?: URL) => Promise<SrResponse<unknown>>;

/**
 * Pages through a list operation in the style its spec declares: cursor (`nextPageId` in the body
 * or `Link: rel="next"`), offset (`totalFound`), or 0-based page numbers.
 */
export async function* paginate<T>(send: PageSender, baseUrl: string, req: SrRequest, opts: { pageSize?: number } = {}): AsyncGenerator<SrPage<T>> {
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
  if (spec.style === 'cursor') yield* cursorPages<T>(send, baseUrl, req, spec, pageSize, where);
  else if (spec.style === 'offset') yield* offsetPages<T>(send, req, spec, pageSize, where);
  else yield* numberedPages<T>(send, req, spec, pageSize, where);
}

type CursorSpec = Extract<PaginationSpec, { style: 'cursor' }>;
type OffsetSpec = Extract<PaginationSpec, { style: 'offset' }>;
type PageSpec = Extract<PaginationSpec, { style: 'page' }>;

async function* cursorPages<T>(send: PageSender, baseUrl: string, req: SrRequest, spec: CursorSpec, pageSize: number, where: string): AsyncGenerator<SrPage<T>> {
  const initial = req.query?.[spec.cursorParam];
  let cursor = typeof initial === 'string' && initial !== '' ? initial : undefined;
  let nextUrl: URL | undefined;
  const seen = new Set<string>();
  for (;;) {
    const query = { ...req.query, [spec.cursorParam]: cursor };
    if (spec.limitParam) query[spec.limitParam] = pageSize;
    const res = nextUrl ? await send(req, nextUrl) : await send({ ...req, query });
    const body = pageBody(res, where.split(' ')[0] as string, where.split(' ')[1] as string);
    const link = body.nextPageId === undefined ? nextLinkFrom(res.headers.get('link')) : undefined;
    let next: string | undefined = body.nextPageId;
    nextUrl = undefined;
    if (link !== undefined) {
      nextUrl = sameOriginUrl(link, baseUrl, where, res);
      next = nextUrl.searchParams.get(spec.cursorParam) ?? nextUrl.pathname + nextUrl.search;
    }
    yield { items: body.items as T[], response: res, totalFound: body.totalFound, nextCursor: next };
    // A cursor we have already followed means the server is looping: stop rather than spin.
    if (next === undefined || seen.has(next)) return;
    seen.add(next);
    cursor = next;
  }
}

async function* offsetPages<T>(send: PageSender, req: SrRequest, spec: OffsetSpec, pageSize: number, where: string): AsyncGenerator<SrPage<T>> {
  let offset = Number(req.query?.[spec.offsetParam] ?? 0) || 0;
  for (;;) {
    const res = await send({ ...req, query: { ...req.query, [spec.limitParam]: pageSize, [spec.offsetParam]: offset } });
    const body = pageBody(res, where.split(' ')[0] as string, where.split(' ')[1] as string);
    offset += body.items.length;
    // With totalFound we trust it (a server may cap the page below our limit); without it a short page ends the list.
    const done =
      body.items.length === 0 ||
      (body.totalFound !== undefined ? offset >= body.totalFound : body.items.length < (body.limit ?? pageSize));
    yield { items: body.items as T[], response: res, totalFound: body.totalFound, nextCursor: done ? undefined : String(offset) };
    if (done) return;
  }
}

async function* numberedPages<T>(send: PageSender, req: SrRequest, spec: PageSpec, pageSize: number, where: string): AsyncGenerator<SrPage<T>> {
  let page = Number(req.query?.[spec.pageParam] ?? 0) || 0;
  for (;;) {
    const res = await send({ ...req, query: { ...req.query, [spec.pageParam]: page, [spec.sizeParam]: pageSize } });
    const body = pageBody(res, where.split(' ')[0] as string, where.split(' ')[1] as string);
    const done =
      body.items.length === 0 ||
      body.items.length < (body.limit ?? pageSize) ||
      (body.totalPages !== undefined && page + 1 >= body.totalPages);
    yield { items: body.items as T[], response: res, totalFound: body.totalFound, nextCursor: done ? undefined : String(page + 1) };
    if (done) return;
    page++;
  }
}

/** Resolves a Link target and refuses one that would take our credentials to another host. */
function sameOriginUrl(link: string, baseUrl: string, where: string, res: SrResponse<unknown>): URL {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    url = new URL('invalid:');
  }
  if (url.origin !== base.origin) {
    throw new SrInvalidResponseError({
      status: res.status,
      code: 'foreign_next_link',
      message: `${where}: Link rel="next" points outside ${base.origin}; not following it with our credentials`,
      requestId: res.requestId,
    });
  }
  return url;
}
