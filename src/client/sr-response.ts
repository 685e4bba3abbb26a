/** A successful (2xx/3xx) response. */
export interface SrResponse<T> {
  status: number;
  headers: Headers;
  data: T;
  requestId: string | undefined;
}

/** Why a walk over pages ended, given on its last page. */
export type PageEnd =
  /** The server gave no next cursor / link. */
  | 'no_next_page'
  /** A page with no items; a cursor it carries is not followed (some servers hand out cursors forever). */
  | 'empty_page'
  /** The server sent a cursor this walk has already followed: it is looping. */
  | 'repeated_cursor'
  /** Offset style: `totalFound` items have been passed. */
  | 'total_found_reached'
  /** Offset or page style without a total: a page shorter than the page size. */
  | 'short_page'
  /** Page style: this was page `totalPages - 1`. */
  | 'last_page_number';

/** One page of a list endpoint. */
export interface SrPage<T> {
  items: T[];
  response: SrResponse<unknown>;
  totalFound?: number;
  /** Where this page was fetched from (`from` to fetch it again); undefined for the first page of a walk from the start. */
  position?: string | undefined;
  /** Where the walk goes next (cursor, offset or page number; a path when a Link header gave no cursor parameter). Pass it as `from` to resume. */
  nextCursor?: string | undefined;
  /** On the last page: why the walk ends. */
  end?: PageEnd | undefined;
}
