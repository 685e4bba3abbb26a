import { SrInvalidRequestError } from './errors/sr-invalid-request-error.js';
import type { SrRequest } from './sr-request.js';

/**
 * Joins base URL, path template and query. Every `{name}` must have a non-empty value in
 * `pathParams` (checked before any I/O); values are percent-encoded so an id can never
 * change the path's shape.
 */
export function buildUrl(baseUrl: string, method: string, template: string, req: Pick<SrRequest, 'pathParams' | 'query'>): URL {
  const missing: string[] = [];
  const path = template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value = req.pathParams?.[name];
    if (value === undefined || value === null || String(value) === '') {
      missing.push(name);
      return '';
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      missing.push(name);
      return '';
    }
    return encodeURIComponent(String(value));
  });
  if (missing.length > 0) {
    throw new SrInvalidRequestError({
      code: 'missing_path_param',
      message: `${method} ${template}: missing path parameter${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
      method,
      path: template,
    });
  }
  const url = new URL(baseUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`));
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
