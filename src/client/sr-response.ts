/** A successful (2xx/3xx) response. */
export interface SrResponse<T> {
  status: number;
  headers: Headers;
  data: T;
  requestId: string | undefined;
}

/** One page of a list endpoint. */
export interface SrPage<T> {
  items: T[];
  response: SrResponse<unknown>;
  totalFound?: number;
  /** The cursor (or next-page URL when a Link header gave no cursor parameter) for the next page. */
  nextCursor?: string | undefined;
}
