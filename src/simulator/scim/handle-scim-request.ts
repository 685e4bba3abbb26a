import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestLog } from '../core/request-log.js';
import type { SimState } from '../state/sim-state.js';
import { ScimError } from './scim-error.js';
import { ScimGroups } from './scim-groups.js';
import { MAX_RESULTS, type ScimRequest, type ScimResponse } from './scim-list.js';
import { ScimUsers, USER_URN } from './scim-users.js';
import { GROUP_URN } from './scim-groups.js';

export const SCIM_PREFIX = '/scim/v2';
const CONTENT_TYPE = 'application/scim+json; charset=utf-8';

export interface ScimContext {
  readonly state: SimState;
  /** The SCIM bearer token, separate from the API key and OAuth tokens. */
  readonly token: string;
  readonly log: RequestLog;
  readonly now: () => number;
  readonly onError: (err: unknown, where: string) => void;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(res: ServerResponse, out: ScimResponse): void {
  if (res.headersSent || res.destroyed) return;
  for (const [k, v] of Object.entries(out.headers ?? {})) res.setHeader(k, v);
  res.statusCode = out.status;
  if (out.body === undefined) {
    res.end();
    return;
  }
  const text = JSON.stringify(out.body);
  res.setHeader('Content-Type', CONTENT_TYPE);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

function serviceProviderConfig(baseUrl: string): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [{ type: 'oauthbearertoken', name: 'OAuth Bearer Token', description: 'The SCIM token, separate from the API key', primary: true }],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}${SCIM_PREFIX}/ServiceProviderConfig` },
  };
}

function resourceTypes(baseUrl: string): Record<string, unknown> {
  const type = (name: string, endpoint: string, schema: string) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'], id: name, name, endpoint, schema,
    meta: { resourceType: 'ResourceType', location: `${baseUrl}${SCIM_PREFIX}/ResourceTypes/${name}` },
  });
  const all = [type('User', '/Users', USER_URN), type('Group', '/Groups', GROUP_URN)];
  return { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: all.length, itemsPerPage: all.length, startIndex: 1, Resources: all };
}

function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/scim+json' && type !== 'application/json') {
    throw new ScimError(415, `Content-Type must be application/scim+json (or application/json), got "${contentType ?? ''}"`);
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ScimError(400, 'body: malformed JSON', 'invalidSyntax');
  }
}

function logBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return raw.toString('utf8').slice(0, 10_000);
  }
}

/** One request under `/scim/v2/` (RFC 7644): its own bearer token, Users, Groups, discovery. */
export function handleScimRequest(ctx: ScimContext, req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer, baseUrl: string): void {
  const method = (req.method ?? 'GET').toUpperCase();
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
  const entry = ctx.log.add({ at: new Date(ctx.now()).toISOString(), method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body: logBody(raw), operation: 'scim' });
  let out: ScimResponse;
  try {
    const auth = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (!auth || !same((auth[1] as string).trim(), ctx.token)) {
      throw new ScimError(401, 'A valid SCIM bearer token is required (the API key is not accepted here)');
    }
    const rest = url.pathname.slice(SCIM_PREFIX.length).replace(/\/$/, '');
    const [, resource, id, extra] = rest.split('/');
    if (extra !== undefined) throw new ScimError(404, `No SCIM endpoint at ${url.pathname}`);
    const scimReq: ScimRequest = { method, id: id === undefined ? undefined : decodeURIComponent(id), query: url.searchParams, body: parseBody(raw, req.headers['content-type']), baseUrl };
    if (resource === 'Users') out = new ScimUsers(ctx.state).handle(scimReq);
    else if (resource === 'Groups') out = new ScimGroups(ctx.state).handle(scimReq);
    else if (resource === 'ServiceProviderConfig' && method === 'GET' && id === undefined) out = { status: 200, body: serviceProviderConfig(baseUrl) };
    else if (resource === 'ResourceTypes' && method === 'GET' && id === undefined) out = { status: 200, body: resourceTypes(baseUrl) };
    else throw new ScimError(404, `No SCIM endpoint at ${method} ${url.pathname}`);
  } catch (err) {
    if (!(err instanceof ScimError)) ctx.onError(err, `${method} ${url.pathname} (scim)`);
    const e = err instanceof ScimError ? err : new ScimError(500, 'Internal server error');
    out = { status: e.status, body: e.body, headers: e.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="scim"' } : {} };
  }
  entry.status = out.status;
  send(res, out);
}
