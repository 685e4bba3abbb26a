import type { PaginateOptions, SrPage, SrRequest, SrResponse } from '../client/index.js';

/**
 * The part of SmartRecruitersClient the action layer uses. Any client built by `createClient`
 * satisfies it; tests may pass a recording double.
 */
export interface ActionClient {
  request<T = unknown>(req: SrRequest): Promise<SrResponse<T>>;
  paginate<T>(req: SrRequest, opts?: PaginateOptions): AsyncIterable<SrPage<T>>;
  paginateItems<T>(req: SrRequest, opts?: PaginateOptions): AsyncIterable<T>;
}
