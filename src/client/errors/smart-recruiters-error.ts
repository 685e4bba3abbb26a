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
