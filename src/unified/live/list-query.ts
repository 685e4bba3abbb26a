import { z } from 'zod';
import { DEFAULT_LIMIT, MAX_LIMIT, type FilterName, type ListFilters, type UnifiedResource } from './list-request.js';
import { badField, UnifiedError } from './unified-error.js';

/** Query parameters every list takes besides its filters. */
export const COMMON_LIST_PARAMS = ['account_id', 'cursor', 'limit', 'include_remote_data'] as const;

// An id never holds a control character or a URL delimiter; one that does is a mistake or an attack.
const ID = z
  .string()
  .min(1)
  .max(500)
  .refine((v) => ![...v].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || '/?#'.includes(ch)), 'an id without control characters, "/", "?" or "#"');
const FILTER_SCHEMAS: Record<FilterName, z.ZodType<string>> = {
  updated_after: z.iso.datetime({ offset: true }),
  created_after: z.iso.datetime({ offset: true }),
  job_id: ID,
  candidate_id: ID,
  status: z.string().min(1).max(100),
  email: z.email().max(320),
};

const FILTER_DOCS: Record<FilterName, string> = {
  updated_after: 'Only records changed after this ISO 8601 date-time',
  created_after: 'Only records created after this ISO 8601 date-time',
  job_id: 'Only records of this job',
  candidate_id: 'Only records of this candidate',
  status: 'Only records in this status',
  email: 'Only records with this e-mail address (exact, case-insensitive)',
};

export interface ParsedListQuery {
  readonly filters: ListFilters;
  readonly limit: number;
  readonly cursor: string | undefined;
  readonly includeRemoteData: boolean;
}

export function parseIncludeRemoteData(raw: string | undefined): boolean {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw badField('include_remote_data', 'must be true or false');
}

/**
 * A list's query, checked before any call: an unknown parameter is named (a typo must not
 * silently widen a list), and so is each bad value. Repeated parameters are refused.
 */
export function parseListQuery(resource: UnifiedResource, query: Record<string, string[]>): ParsedListQuery {
  const allowed = new Set<string>([...COMMON_LIST_PARAMS, ...resource.filters]);
  for (const [name, values] of Object.entries(query)) {
    if (!allowed.has(name)) {
      throw new UnifiedError(400, 'unknown_filter', `${name}: ${resource.path} does not take this parameter (it takes ${[...allowed].join(', ')})`, name);
    }
    if (values.length > 1) throw badField(name, 'give it once');
  }
  const one = (name: string) => query[name]?.[0];
  const filters: ListFilters = {};
  for (const name of resource.filters) {
    const value = one(name);
    if (value === undefined) continue;
    const r = FILTER_SCHEMAS[name].safeParse(value);
    if (!r.success) throw badField(name, r.error.issues[0]?.message ?? 'invalid value');
    if (name === 'status' && resource.statuses && !resource.statuses.includes(value)) throw badField(name, `must be one of ${resource.statuses.join(', ')}`);
    filters[name] = value;
  }
  for (const name of resource.requiredFilters ?? []) {
    if (filters[name] === undefined) throw badField(name, `required: SmartRecruiters lists ${resource.path} per ${name.replace('_id', '')} only`);
  }
  const limitRaw = one('limit');
  let limit = DEFAULT_LIMIT;
  if (limitRaw !== undefined) {
    if (!/^\d{1,4}$/.test(limitRaw) || Number(limitRaw) < 1 || Number(limitRaw) > MAX_LIMIT) throw badField('limit', `must be an integer from 1 to ${MAX_LIMIT}`);
    limit = Number(limitRaw);
  }
  const cursor = one('cursor');
  if (cursor === '') throw badField('cursor', 'empty; leave it out for the first page', 'invalid_cursor');
  return { filters, limit, cursor, includeRemoteData: parseIncludeRemoteData(one('include_remote_data')) };
}

/** The documented query parameters of a resource's list (for the OpenAPI document). */
export function listQueryDocs(resource: UnifiedResource): { name: string; description: string; required: boolean }[] {
  return resource.filters.map((name) => ({ name, description: FILTER_DOCS[name] + (name === 'status' && resource.statuses ? ` (${resource.statuses.join(', ')})` : ''), required: (resource.requiredFilters ?? []).includes(name) }));
}
