import type { WebhookErrorDetail } from './webhook-http.js';

/** Both webhook lists cap `limit` at 100 (operation table: pagination.maxLimit). */
export const MAX_PAGE_LIMIT = 100;
/** Not documented; the simulator picks 20 when `limit` is absent. */
export const DEFAULT_PAGE_LIMIT = 20;

/** `limit` and `page_id` of a list call, validated. `after` is the sequence number the page starts past. */
export type PageQuery = { ok: true; limit: number; after: number | undefined } | { ok: false; errors: WebhookErrorDetail[] };

export function parsePageQuery(query: URLSearchParams): PageQuery {
  const errors: WebhookErrorDetail[] = [];
  let limit = DEFAULT_PAGE_LIMIT;
  const rawLimit = query.get('limit');
  if (rawLimit !== null) {
    limit = /^\d+$/.test(rawLimit) ? Number(rawLimit) : NaN;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
      errors.push({ code: 'INVALID_LIMIT', message: `limit must be an integer from 1 to ${MAX_PAGE_LIMIT}` });
    }
  }
  let after: number | undefined;
  const rawPage = query.get('page_id');
  if (rawPage !== null && rawPage !== '') {
    after = decodePageId(rawPage);
    if (after === undefined) errors.push({ code: 'INVALID_PAGE_ID', message: 'page_id is not a page identifier this API returned' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, limit, after };
}

/** An opaque `page_id` for "continue past this sequence number". */
export function encodePageId(seq: number): string {
  return Buffer.from(`p1:${seq}`, 'utf8').toString('base64url');
}

function decodePageId(pageId: string): number | undefined {
  const m = /^p1:(\d{1,15})$/.exec(Buffer.from(pageId, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : undefined;
}

/** The `Link: <…>; rel="next"` header of a page, built on the caller's own URL. */
export function nextLinkHeader(baseUrl: string, path: string, query: URLSearchParams, nextPageId: string): Record<string, string> {
  const next = new URLSearchParams(query);
  next.set('page_id', nextPageId);
  return { link: `<${baseUrl.replace(/\/+$/, '')}${path}?${next.toString()}>; rel="next"` };
}
