import type { HttpMethod, OperationSpec } from '../spec/index.js';

/** One part of a multipart body: a plain field, or a file. */
export type MultipartPart =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly filename: string; readonly contentType?: string; readonly data: Uint8Array };

export type QueryValue = string | number | boolean;

/**
 * One call to SmartRecruiters, untyped: parameters are checked at run time only. Name the
 * operation by key (`OperationRequest`) to have them checked at compile time.
 */
export interface SrRequest {
  /**
   * The official operation, or just method + path template (`/candidates/{id}`). A bare pair is
   * resolved through the spec table for its limit class, pagination and body mode.
   */
  operation: OperationSpec | { method: HttpMethod; path: string };
  /** Substituted into the template with encodeURIComponent; a missing one fails before any I/O. */
  pathParams?: Record<string, string | number>;
  /** Arrays repeat the key; null/undefined are left out. */
  query?: Record<string, QueryValue | readonly QueryValue[] | null | undefined>;
  /** JSON for `json`/`json-patch` operations; a `Record<string, string>` for `form`; a Uint8Array is sent as is (set content-type in `headers`). */
  body?: unknown;
  /** For `multipart` operations. */
  multipart?: readonly MultipartPart[];
  headers?: Record<string, string>;
  /** Default `json` (an empty body gives `undefined`). */
  responseType?: 'json' | 'text' | 'bytes';
  signal?: AbortSignal;
  /** Overrides the method's default (GET/PUT/DELETE/HEAD idempotent; POST/PATCH not) for retries. */
  idempotent?: boolean;
}
