/**
 * The request the engine's handlers take. The simulator core adapts its own request to this:
 * `params` = decoded path parameters (`id`), `query` = the query string, `body` = parsed JSON
 * (a JSON string is also accepted), `credential` = an opaque id of the authenticated API user.
 */
export interface WebhookHttpRequest {
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly credential: string;
}

/** What a handler answers; `body` is JSON-serialisable and absent for 204. */
export interface WebhookHttpResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** One entry of the documented error body `{message, errors:[{code, message}]}`. */
export interface WebhookErrorDetail {
  readonly code: string;
  readonly message: string;
}

/** The customer API error body (ACTIONS.md "Errors"). */
export function errorResponse(status: number, message: string, errors: readonly WebhookErrorDetail[] = []): WebhookHttpResponse {
  return { status, body: { message, errors: errors.length ? errors : [{ code: codeFor(status), message }] } };
}

function codeFor(status: number): string {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    default:
      return 'ERROR';
  }
}
