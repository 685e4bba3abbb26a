/**
 * Every failure of the accounts layer, with what the HTTP face needs to answer problem+json:
 * a status, a stable code and the field at fault. Messages never contain a secret.
 */
export class AccountError extends Error {
  /** 400, 404, 409, 422, 500, 502 … */
  readonly status: number;
  /** Stable: 'account_not_found', 'invalid_credentials', 'invalid_base_url', 'upstream_unreachable', … */
  readonly code: string;
  /** The input field at fault, e.g. 'auth.api_key', 'base_url'. */
  readonly field?: string;

  constructor(init: { status: number; code: string; message: string; field?: string; cause?: unknown }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'AccountError';
    this.status = init.status;
    this.code = init.code;
    if (init.field !== undefined) this.field = init.field;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, status: this.status, code: this.code, field: this.field, message: this.message };
  }
}
