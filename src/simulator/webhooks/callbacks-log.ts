import { encodePageId, parsePageQuery } from './page-query.js';
import type { WebhookErrorDetail } from './webhook-http.js';

/** SR answers the log for the last 30 days only ("Min value is 30 days ago"). */
export const CALLBACK_LOG_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
// Bounds memory when a receiver fails for days under a busy simulator.
const MAX_ENTRIES = 5_000;

/** One delivery attempt as the callbacks-log endpoint shows it. */
export interface CallbackLogEntry {
  /** Documented enum CallbackRequestStatus. */
  readonly status: 'successful' | 'failed';
  /** ISO 8601 time the request was sent. */
  readonly timestamp: string;
  /** Documented CallbackRequestRequestDetails; secret header values are replaced by `[redacted]`. */
  readonly requestDetails: { readonly url: string; readonly body: string; readonly headers: Record<string, string> };
  // The fields below are the simulator's additions (not in the SDK model), for tests and debugging.
  readonly eventName: string;
  readonly eventId: string;
  /** 1 for the first try. */
  readonly attempt: number;
  /** HTTP status the receiver answered, or null when it did not answer. */
  readonly responseStatus: number | null;
  /** Why an attempt failed without an HTTP status (timeout, connection reset, token service…). */
  readonly error?: string;
}

interface Stored {
  readonly seq: number;
  readonly sentAt: number;
  readonly entry: CallbackLogEntry;
}

export type LogQuery =
  | { ok: true; entries: CallbackLogEntry[]; nextPageId: string | undefined }
  | { ok: false; errors: WebhookErrorDetail[] };

const BOUND_GRACE_MS = 5 * 60 * 1000;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/;

/** The attempts of one subscription, newest first on read. */
export class CallbacksLog {
  private entries: Stored[] = [];
  private seq = 0;

  append(sentAt: number, entry: CallbackLogEntry): void {
    this.entries.push({ seq: ++this.seq, sentAt, entry });
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  /** Answers `callbackStatus`, `after`, `before`, `page_id` and `limit` of searchCallbackLog. */
  search(query: URLSearchParams, now: number): LogQuery {
    const page = parsePageQuery(query);
    const errors: WebhookErrorDetail[] = page.ok ? [] : [...page.errors];
    const status = query.get('callbackStatus');
    if (status !== null && status !== 'successful' && status !== 'failed') {
      errors.push({ code: 'INVALID_CALLBACK_STATUS', message: 'callbackStatus must be one of successful, failed' });
    }
    const after = parseBound('after', query.get('after'), now, errors);
    const before = parseBound('before', query.get('before'), now, errors);
    if (!page.ok || errors.length) return { ok: false, errors };
    const oldest = now - CALLBACK_LOG_RETENTION_MS;
    const matching = this.entries
      .filter(
        (s) =>
          s.sentAt >= oldest &&
          (status === null || s.entry.status === status) &&
          (after === undefined || s.sentAt > after) &&
          (before === undefined || s.sentAt < before) &&
          (page.after === undefined || s.seq < page.after),
      )
      .sort((a, b) => b.seq - a.seq);
    const slice = matching.slice(0, page.limit);
    const last = slice.at(-1);
    const nextPageId = matching.length > page.limit && last ? encodePageId(last.seq) : undefined;
    return { ok: true, entries: slice.map((s) => s.entry), nextPageId };
  }
}

function parseBound(name: string, raw: string | null, now: number, errors: WebhookErrorDetail[]): number | undefined {
  if (raw === null || raw === '') return undefined;
  // An unencoded "+01:00" arrives as " 01:00" once the query string is decoded.
  const value = raw.replace(/ (\d{2}:?\d{2})$/, '+$1');
  const ms = DATE_TIME.test(value) ? Date.parse(value.replace(/(\.\d{3})\d+/, '$1')) : NaN;
  if (Number.isNaN(ms)) {
    errors.push({ code: 'INVALID_DATE_TIME', message: `${name} must be an ISO 8601 date-time with a zone, e.g. 2024-01-31T12:00:00.000Z` });
    return undefined;
  }
  // A few minutes of grace: a client computing "30 days ago" a moment earlier must not fail.
  if (ms < now - CALLBACK_LOG_RETENTION_MS - BOUND_GRACE_MS) {
    errors.push({ code: 'INVALID_DATE_TIME', message: `${name} must not be more than 30 days ago` });
    return undefined;
  }
  return ms;
}
