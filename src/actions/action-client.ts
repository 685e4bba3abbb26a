import type { SrPage, SrRequest, SrResponse } from '../client/index.js';

/**
 * The part of SmartRecruitersClient the action layer uses. Any client built by `createClient`
 * satisfies it; tests may pass a recording double.
 */
export interface ActionClient {
  request<T = unknown>(req: SrRequest): Promise<SrResponse<T>>;
  paginate<T>(req: SrRequest, opts?: { pageSize?: number }): AsyncIterable<SrPage<T>>;
  paginateItems<T>(req: SrRequest, opts?: { pageSize?: number }): AsyncIterable<T>;
}
