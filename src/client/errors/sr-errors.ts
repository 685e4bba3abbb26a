// The whole hierarchy in one module, as stripe-node keeps its errors: one base, one subclass per
// failure a caller can tell apart. errorFromResponse (beside this file) picks the class for a status.

/** One `{code, message}` entry of a SmartRecruiters error body (`{message, errors: [...]}`). */
export interface SrErrorDetail {
  readonly code: string;
  readonly message: string;
}

/** Everything an error knows; all strings are already redacted by whoever builds it. */
export interface SmartRecruitersErrorInit {
  readonly message: string;
  readonly status?: number;
  readonly code?: string;
  readonly errors?: readonly SrErrorDetail[];
  readonly requestId?: string | undefined;
  readonly method?: string | undefined;
  readonly path?: string | undefined;
  readonly cause?: unknown;
  readonly retryAfterMs?: number | undefined;
}

/**
 * Base of every error the client throws. `status` is 0 when no HTTP response was received
 * (network failure, timeout, abort, bad options). `path` is the redacted path + query.
 */
export class SmartRecruitersError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: readonly SrErrorDetail[];
  readonly requestId: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  /** From a `Retry-After` header, when the server sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(init: SmartRecruitersErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status ?? 0;
    this.code = init.code ?? 'error';
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.method = init.method;
    this.path = init.path;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** A plain, already-redacted view, so `JSON.stringify(err)` is useful and safe. */
  toJSON(): Record<string, unknown> {
    const cause = this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : this.cause;
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      errors: this.errors,
      requestId: this.requestId,
      method: this.method,
      path: this.path,
      cause,
    };
  }
}

/** The caller's AbortSignal fired; the request and any wait (limiter, backoff) stopped at once. */
export class SrAbortedError extends SmartRecruitersError {}

/** 401: the credential was refused (bad API key, bad client secret, expired token). */
export class SrAuthenticationError extends SmartRecruitersError {}

/** Bad options given to `createClient` (or a client used in a way its options forbid); names the field. */
export class SrConfigurationError extends SmartRecruitersError {}

/** 409: the request conflicts with the current state of the resource. */
export class SrConflictError extends SmartRecruitersError {}

/** No response: connection refused or reset, DNS failure, or timeout. `status` is 0; `code` says which. */
export class SrConnectionError extends SmartRecruitersError {}

/** A request the client refuses before any I/O (missing path parameter, body on a GET, bad page size). */
export class SrInvalidRequestError extends SmartRecruitersError {}

/** A response whose body could not be parsed as the expected type; carries the HTTP status. */
export class SrInvalidResponseError extends SmartRecruitersError {}

/** 404: the resource does not exist (or is not visible to this credential). */
export class SrNotFoundError extends SmartRecruitersError {}

/** 403: the credential lacks the scope or role for this call. */
export class SrPermissionError extends SmartRecruitersError {}

/** 429: a rate or concurrency limit was exceeded (after retries, if enabled). */
export class SrRateLimitError extends SmartRecruitersError {}

/** 5xx: SmartRecruiters failed or was unavailable. */
export class SrServerError extends SmartRecruitersError {}

/** 400 or 422: the request was refused as invalid; `errors` lists the fields. */
export class SrValidationError extends SmartRecruitersError {}
