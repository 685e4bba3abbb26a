import { ScimError } from './scim-error.js';
import { compileFilter } from './scim-filter.js';

export const LIST_RESPONSE_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
/** The most resources one page holds (ServiceProviderConfig `filter.maxResults`). */
export const MAX_RESULTS = 100;

/** A SCIM request as the resource handlers see it. */
export interface ScimRequest {
  readonly method: string;
  readonly id: string | undefined;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly baseUrl: string;
}

export interface ScimResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new ScimError(400, `${name}: must be an integer, got "${raw}"`, 'invalidValue');
  return n;
}

/**
 * `attributes` / `excludedAttributes` (RFC 7644 §3.4.2.5) on top-level attributes; `id` and
 * `schemas` are always returned.
 */
export function project(resource: Record<string, unknown>, query: URLSearchParams): Record<string, unknown> {
  const split = (v: string | null) => (v ? v.split(',').map((s) => s.trim().split('.')[0]?.toLowerCase() ?? '').filter(Boolean) : []);
  const include = split(query.get('attributes'));
  const exclude = split(query.get('excludedAttributes'));
  if (include.length === 0 && exclude.length === 0) return resource;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(resource)) {
    const key = k.toLowerCase();
    const always = key === 'id' || key === 'schemas';
    if (always || ((include.length === 0 || include.includes(key)) && !exclude.includes(key))) out[k] = v;
  }
  return out;
}

/** Filters, pages (1-based `startIndex`, `count`) and wraps resources in a ListResponse. */
export function listResponse(all: readonly Record<string, unknown>[], query: URLSearchParams, filterable: readonly string[]): ScimResponse {
  const filter = query.get('filter');
  const matching = filter ? all.filter(compileFilter(filter, filterable)) : all;
  // RFC 7644 §3.4.2.4: startIndex < 1 is read as 1, a negative count as 0.
  const startIndex = Math.max(1, intParam(query, 'startIndex', 1));
  const count = Math.min(MAX_RESULTS, Math.max(0, intParam(query, 'count', MAX_RESULTS)));
  const page = matching.slice(startIndex - 1, startIndex - 1 + count).map((r) => project(r, query));
  return { status: 200, body: { schemas: [LIST_RESPONSE_URN], totalResults: matching.length, itemsPerPage: page.length, startIndex, Resources: page } };
}

/** A PATCH body's operations, each with a lower-cased `op` (Azure AD sends "Replace"). */
export function readPatchOps(body: unknown): { op: 'add' | 'remove' | 'replace'; path: string | undefined; value: unknown }[] {
  const o = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  const schemas = o?.['schemas'];
  if (!Array.isArray(schemas) || !schemas.includes('urn:ietf:params:scim:api:messages:2.0:PatchOp')) {
    throw new ScimError(400, 'schemas: must contain urn:ietf:params:scim:api:messages:2.0:PatchOp', 'invalidSyntax');
  }
  const ops = o?.['Operations'];
  if (!Array.isArray(ops) || ops.length === 0) throw new ScimError(400, 'Operations: must be a non-empty array', 'invalidSyntax');
  return ops.map((raw, i) => {
    const x = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const op = typeof x['op'] === 'string' ? x['op'].toLowerCase() : '';
    if (op !== 'add' && op !== 'remove' && op !== 'replace') throw new ScimError(400, `Operations[${i}].op: must be add, remove or replace`, 'invalidSyntax');
    const path = x['path'];
    if (path !== undefined && typeof path !== 'string') throw new ScimError(400, `Operations[${i}].path: must be a string`, 'invalidPath');
    if (op === 'remove' && !path) throw new ScimError(400, `Operations[${i}]: remove needs a path`, 'noTarget');
    if (op !== 'remove' && x['value'] === undefined) throw new ScimError(400, `Operations[${i}].value: is required for ${op}`, 'invalidValue');
    return { op, path: path === '' ? undefined : path, value: x['value'] };
  });
}

/** A SCIM boolean; Azure AD sends "True"/"False" strings, which are read the same. */
export function scimBoolean(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new ScimError(400, `${field}: must be a boolean`, 'invalidValue');
}

/** Reads the `schemas` of a resource body, requiring `urn`. */
export function requireSchema(body: unknown, urn: string): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ScimError(400, 'body: must be a JSON object', 'invalidSyntax');
  const o = body as Record<string, unknown>;
  if (!Array.isArray(o['schemas']) || !o['schemas'].includes(urn)) throw new ScimError(400, `schemas: must contain ${urn}`, 'invalidSyntax');
  return o;
}
