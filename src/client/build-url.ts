import { SrInvalidRequestError } from './errors/sr-errors.js';
import type { SrRequest } from './sr-request.js';

/**
 * Why a path parameter value cannot be a path segment, or undefined when it can. Blank values and
 * dot segments (also padded with whitespace, which some servers trim) would let an id remove or
 * climb a segment: `DELETE /candidates/{id}/jobs/..` is `DELETE /candidates/{id}`.
 */
export function pathSegmentProblem(value: string): string | undefined {
  const t = value.trim();
  if (t === '') return value === '' ? 'is empty' : 'is blank';
  if (t === '.' || t === '..') return `is the dot segment "${t}"`;
  return undefined;
}

function refuse(code: string, what: string, method: string, template: string, names: readonly string[]): never {
  throw new SrInvalidRequestError({
    code,
    message: `${method} ${template}: ${what} ${names.join(', ')}`,
    method,
    path: template,
  });
}

/**
 * Joins base URL, path template and query. Every `{name}` must have a value in `pathParams` that
 * is a usable segment (checked before any I/O); each value is sent as exactly one
 * percent-encoded segment, so an id can never change the path's shape.
 */
export function buildUrl(baseUrl: string, method: string, template: string, req: Pick<SrRequest, 'pathParams' | 'query'>): URL {
  const missing: string[] = [];
  const invalid: string[] = [];
  const path = template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value: unknown = req.pathParams?.[name];
    if (value === undefined || value === null || (typeof value !== 'string' && typeof value !== 'number')) {
      missing.push(`"${name}"`);
      return '';
    }
    const problem = pathSegmentProblem(String(value));
    if (problem) {
      invalid.push(`"${name}" (${problem})`);
      return '';
    }
    // encodeURIComponent leaves only A-Z a-z 0-9 - _ . ! ~ * ' ( ): no `/`, `\`, `?`, `#` or `%`
    // survives, so no `%2e`-style dot segment can appear either.
    return encodeURIComponent(String(value));
  });
  if (missing.length > 0) refuse('missing_path_param', `missing path parameter${missing.length > 1 ? 's' : ''}`, method, template, missing);
  if (invalid.length > 0) refuse('invalid_path_param', `invalid path parameter${invalid.length > 1 ? 's' : ''}`, method, template, invalid);
  const joined = baseUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
  const url = new URL(joined);
  // Last line of defence: the URL parser must not have normalised anything (dot segments,
  // backslashes). If it did, the path is not the one the template and values describe.
  // A raw path with its own query (the proxy passes one through) is compared up to its `?`.
  const rawPath = (path.startsWith('/') ? path : `/${path}`).split(/[?#]/, 1)[0] as string;
  const expectedPath = new URL(baseUrl).pathname.replace(/\/+$/, '') + rawPath;
  if (url.pathname !== expectedPath) refuse('invalid_path_param', 'path would be normalised; refusing', method, template, [JSON.stringify(template)]);
  for (const [key, raw] of Object.entries(req.query ?? {})) {
    if (raw === null || raw === undefined) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    for (const v of values) {
      if (v === null || v === undefined) continue;
      url.searchParams.append(key, String(v));
    }
  }
  return url;
}
