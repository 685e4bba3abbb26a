import { buildUrl } from './build-url.js';
import { encodeBody } from './encode-body.js';
import { endpointLimits } from './endpoint-limits.js';
import { SrInvalidRequestError } from './errors/sr-errors.js';
import type { Redactor } from './redactor.js';
import { resolveOperation } from './resolve-operation.js';
import type { SrRequest } from './sr-request.js';
import type { PreparedRequest } from './transport/prepared-request.js';

const IDEMPOTENT_METHODS = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);
const CREDENTIAL_HEADERS = new Set(['authorization', 'x-smarttoken']);

export interface PrepareContext {
  readonly baseUrl: string;
  readonly limits: { perSecond: number; concurrency: number };
  readonly redactor: Redactor;
}

/**
 * Validates and resolves an SrRequest into something the pipeline can send (and resend).
 * Everything that can be wrong with the request itself is caught here, before any I/O.
 * `urlOverride` is a same-origin URL to send instead of building one (a `Link: rel="next"`).
 */
export function prepareRequest(req: SrRequest, ctx: PrepareContext, urlOverride?: URL): PreparedRequest {
  const bad = (message: string, code = 'invalid_request'): never => {
    throw new SrInvalidRequestError({ code, message });
  };
  if (!req || typeof req !== 'object') bad('request must be an object');
  const op = req.operation as { method?: unknown; path?: unknown } | undefined;
  if (!op || typeof op.method !== 'string' || typeof op.path !== 'string' || op.path === '') {
    bad('request.operation needs a method and a path template');
  }
  const resolved = resolveOperation(req.operation);
  const where = `${resolved.method} ${resolved.path}`;
  if (req.responseType !== undefined && !['json', 'text', 'bytes'].includes(req.responseType)) {
    bad(`${where}: responseType must be json, text or bytes`);
  }

  const url = urlOverride ?? buildUrl(ctx.baseUrl, resolved.method, resolved.path, req);
  const encoded = encodeBody(resolved.method, resolved.path, resolved.bodyMode, req);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    const lower = name.toLowerCase();
    if (typeof value !== 'string') bad(`${where}: header "${name}" must be a string`);
    if (CREDENTIAL_HEADERS.has(lower)) bad(`${where}: header "${name}" is set by the client from its auth options`);
    headers[lower] = value;
  }
  if (encoded.contentType && !headers['content-type']) headers['content-type'] = encoded.contentType;

  const displayPath = ctx.redactor.redact(url.pathname + url.search);
  return {
    method: resolved.method,
    url,
    displayPath,
    operationKey: resolved.limitKey,
    limits: endpointLimits(resolved.rateLimit, ctx.limits),
    headers,
    body: encoded.body,
    responseType: req.responseType ?? 'json',
    signal: req.signal,
    idempotent: req.idempotent ?? IDEMPOTENT_METHODS.has(resolved.method),
  };
}
