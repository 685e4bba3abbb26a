import type { PageEnd, SrPage, SrResponse } from '../sr-response.js';

export interface GatherOptions {
  /** Stop after this many items (the page that reaches it is cut); none are fetched for 0 or less. Default: all. */
  readonly maxItems?: number | undefined;
  /** Where the walk was started (`PaginateOptions.from`): the resume position if its first page fails. */
  readonly from?: string | undefined;
}

/** What a walk gathered, and how it ended. */
export interface GatheredPages<T> {
  readonly items: T[];
  /** Pages fetched. */
  readonly pages: number;
  /** The last page's response; undefined when no page arrived. */
  readonly last: SrResponse<unknown> | undefined;
  /** Why the walk ended: the last page's reason, or `max_items` when `maxItems` cut it first. */
  readonly end: PageEnd | 'max_items' | undefined;
  /** The position of the page that would come next: where a failed walk resumes. */
  readonly resumeFrom: string | undefined;
  /** Set when a page failed (after the client's retries); everything above is what came before it. */
  readonly failure?: { readonly error: unknown };
}

/**
 * Gathers a walk's items up to `maxItems`, fetching no page past the one that reaches it. A failed
 * page is returned as data, not thrown, so a caller can keep what arrived and say where to resume.
 */
export async function gatherPages<T>(walk: AsyncIterable<SrPage<T>>, opts: GatherOptions = {}): Promise<GatheredPages<T>> {
  const max = opts.maxItems ?? Number.POSITIVE_INFINITY;
  const items: T[] = [];
  let pages = 0;
  let last: SrResponse<unknown> | undefined;
  let end: PageEnd | 'max_items' | undefined;
  let resumeFrom = opts.from;
  if (max <= 0) return { items, pages, last, end: 'max_items', resumeFrom };
  try {
    for await (const page of walk) {
      pages++;
      last = page.response;
      resumeFrom = page.nextCursor;
      end = page.end;
      for (const item of page.items) {
        if (items.length >= max) break;
        items.push(item);
      }
      if (items.length >= max) {
        end ??= 'max_items';
        break;
      }
    }
  } catch (error) {
    return { items, pages, last, end, resumeFrom, failure: { error } };
  }
  return { items, pages, last, end, resumeFrom };
}
