import { SrInvalidResponseError } from '../errors/sr-errors.js';
import type { SrResponse } from '../sr-response.js';

/** The fields of a list envelope `{content, limit, offset?, nextPageId?, totalFound?, totalPages?}`. */
export interface PageBody {
  readonly items: unknown[];
  readonly limit: number | undefined;
  readonly totalFound: number | undefined;
  readonly totalPages: number | undefined;
  readonly nextPageId: string | undefined;
}

/** Reads a page: items from `content` or a bare array body; anything else is an invalid response. */
export function pageBody(res: SrResponse<unknown>, method: string, path: string): PageBody {
  const data = res.data;
  if (data === undefined) return { items: [], limit: undefined, totalFound: undefined, totalPages: undefined, nextPageId: undefined };
  if (Array.isArray(data)) return { items: data, limit: undefined, totalFound: undefined, totalPages: undefined, nextPageId: undefined };
  const b = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  if (!Array.isArray(b.content)) {
    throw new SrInvalidResponseError({
      status: res.status,
      code: 'invalid_page',
      message: `SmartRecruiters ${res.status} on ${method} ${path}: a list page must be an array or have a "content" array`,
      requestId: res.requestId,
      method,
      path,
    });
  }
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const next = typeof b.nextPageId === 'string' && b.nextPageId !== '' ? b.nextPageId : undefined;
  return {
    items: b.content,
    limit: num(b.limit),
    totalFound: num(b.totalFound) ?? num(b.totalElements),
    totalPages: num(b.totalPages),
    nextPageId: next,
  };
}
