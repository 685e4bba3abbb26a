/**
 * The shape of one official SmartRecruiters operation, as the generator writes it into
 * `generated/operations.ts`. Both the client and the simulator read this table; neither
 * retypes a path.
 */

/** How a list endpoint pages. Each style is documented in specs/smartrecruiters/ACTIONS.md. */
export type PaginationSpec =
  /** `limit` + an opaque cursor in the query; the next cursor is `nextPageId` in the body or `Link: rel="next"`. */
  | { readonly style: 'cursor'; readonly cursorParam: string; readonly limitParam: string | null; readonly maxLimit: number }
  /** `limit` + `offset`; the body carries `totalFound`. */
  | { readonly style: 'offset'; readonly limitParam: string; readonly offsetParam: string; readonly maxLimit: number }
  /** A page number (0-based) and a page size; the body carries `totalElements`/`totalPages` or a short page ends it. */
  | { readonly style: 'page'; readonly pageParam: string; readonly sizeParam: string; readonly maxLimit: number };

export type PaginationStyle = PaginationSpec['style'];

/**
 * The documented limit class of an endpoint (official docs/rate-limiting):
 * `standard` = 10 req/s and 8 concurrent; `slow` = 2 req/s (job publication, offer documents);
 * `serial` = 10 req/s but only 1 concurrent request (`GET /candidates`).
 */
export type RateLimitClass = 'standard' | 'slow' | 'serial';

export type ParamType = 'string' | 'integer' | 'number' | 'boolean' | 'date-time' | 'object';

export interface ParamSpec {
  readonly name: string;
  readonly type: ParamType;
  readonly required: boolean;
  /** Query parameters that may repeat (`?status=NEW&status=HIRED`). */
  readonly array?: boolean;
  readonly enum?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly default?: string | number | boolean;
  readonly deprecated?: boolean;
  readonly description?: string;
}

export type BodyMode = 'none' | 'json' | 'json-patch' | 'multipart' | 'form';
export type AuthMode = 'either' | 'bearer' | 'public';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface OperationSpec {
  /** Unique key: the official operationId, prefixed by its registry where two registries share one. */
  readonly key: string;
  /** The official operationId (not unique: the deprecated `/users` API reuses the v201804 ids). */
  readonly operationId: string;
  /** Official registry file, e.g. `candidates-api`. */
  readonly registry: string;
  readonly method: HttpMethod;
  /** Full path from the API host, with the registry's version prefix, e.g. `/user-api/v201804/users`. */
  readonly path: string;
  /** `api` for api.smartrecruiters.com; `partner` for calls SmartRecruiters makes to an assessment partner. */
  readonly host: 'api' | 'partner';
  readonly summary: string;
  readonly auth: AuthMode;
  readonly bodyMode: BodyMode;
  readonly pathParams: readonly ParamSpec[];
  readonly queryParams: readonly ParamSpec[];
  readonly pagination: PaginationSpec | null;
  readonly rateLimit: RateLimitClass;
  readonly deprecated: boolean;
  readonly tags: readonly string[];
}

/** Requests per second and concurrent requests allowed per credential, per class. */
export const RATE_LIMITS: Readonly<Record<RateLimitClass, { readonly perSecond: number; readonly concurrency: number }>> = {
  standard: { perSecond: 10, concurrency: 8 },
  slow: { perSecond: 2, concurrency: 8 },
  serial: { perSecond: 10, concurrency: 1 },
};

/** Account-wide concurrency cap per credential (official docs/rate-limiting). */
export const MAX_CONCURRENT_PER_CREDENTIAL = 8;
export const API_BASE_URL = 'https://api.smartrecruiters.com';
