import type { z } from 'zod';
import type { ActionClient } from '../../actions/index.js';

/** The filters a unified list may take; each resource says which of them it honours. */
export const FILTER_NAMES = ['updated_after', 'created_after', 'job_id', 'candidate_id', 'status', 'email'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type ListFilters = Partial<Record<FilterName, string>>;

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 50;

export interface ListRequest {
  readonly filters: ListFilters;
  readonly limit: number;
  /** Where the previous page stopped (from the cursor); undefined for the first page. */
  readonly position: unknown;
  readonly includeRemoteData: boolean;
  readonly signal?: AbortSignal;
}

export interface ListAnswer<M> {
  readonly records: M[];
  /** The position of the next page, or null at the end. */
  readonly next: unknown;
}

export interface GetRequest {
  readonly includeRemoteData: boolean;
  readonly signal?: AbortSignal;
}

/**
 * One unified model served live from SmartRecruiters through the account's client: the data that
 * routes, the OpenAPI document and the CLI are derived from. `list` and `get` do no I/O of their
 * own; every call goes through `client`.
 */
export interface UnifiedResource<M = unknown> {
  /** `ats/candidates`: the area and the path segment, as in `/unified/ats/candidates`. */
  readonly key: string;
  readonly area: 'ats' | 'user-directory';
  readonly path: string;
  readonly modelName: string;
  /** The model's zod schema (responses, OpenAPI, CLI columns). */
  readonly schema: z.ZodType;
  readonly filters: readonly FilterName[];
  /** Filters SmartRecruiters needs to list this at all (it has no account-wide list). */
  readonly requiredFilters?: readonly FilterName[];
  /** Allowed values of `status`, when the resource takes it. */
  readonly statuses?: readonly string[];
  list(client: ActionClient, req: ListRequest): Promise<ListAnswer<M>>;
  get(client: ActionClient, id: string, req: GetRequest): Promise<M>;
}
