import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { HttpMethod } from '../../../spec/index.js';
import type { AppEnv } from '../../app-env.js';
import { ApiError } from '../../api-error.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { AccountIdSchema } from '../accounts/account-schemas.js';
import { resolveProxyPath, splitProxyTarget } from './resolve-proxy-path.js';
import { countedBody, type CountedBody } from '../../counted-body.js';

const METHODS = new Set<HttpMethod>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Request headers that describe the body or the answer wanted; never authorization, cookie or host. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'accept-language', 'if-match', 'if-none-match'];
const RELAYED_RESPONSE_HEADERS = [
  'content-type',
  'content-disposition',
  'content-language',
  'cache-control',
  'etag',
  'last-modified',
  'location',
  'link',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
];

/**
 * The request target as it arrived on the socket, before any URL normalisation: @hono/node-server
 * resolves `..` and `%2e%2e` while building the Request, which would hide an escape attempt (or
 * turn `/proxy/A/../B/x` into a call for account B).
 */
function rawTarget(c: Context<AppEnv>): string {
  const incoming = (c.env as { incoming?: { url?: string } } | undefined)?.incoming?.url;
  if (typeof incoming === 'string') return incoming;
  const url = new URL(c.req.url);
  return url.pathname + url.search;
}

async function proxy(c: Context<AppEnv>, deps: ServerDeps): Promise<Response> {
  const target = splitProxyTarget(rawTarget(c));
  if (!target) throw new ApiError(400, 'invalid_proxy_path', 'the proxy path must look like /proxy/{accountId}/<SmartRecruiters path>', 'path');
  const id = AccountIdSchema.safeParse(target.accountId);
  if (!id.success) throw new ApiError(400, 'invalid_request', 'accountId: account ids are letters, digits, _ and -', 'accountId');
  const decision = resolveProxyPath(target.rest, target.query);
  if (!decision.ok) throw new ApiError(400, 'invalid_proxy_path', decision.reason, 'path');

  const method = c.req.method.toUpperCase() as HttpMethod;
  if (!METHODS.has(method)) throw new ApiError(405, 'method_not_allowed', `the proxy relays ${[...METHODS].join(', ')}`, 'method', { allow: [...METHODS].join(', ') });

  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = c.req.header(name);
    if (value !== undefined) headers[name] = value;
  }
  const limit = deps.limits.proxyBytes;
  const tooLarge = (): ApiError =>
    // The rest of the body is left unread on the socket, so it cannot carry another request.
    new ApiError(413, 'body_too_large', `the request body is larger than the ${limit} bytes this route accepts`, 'body', { connection: 'close' });
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > limit) throw tooLarge();
  const counted = requestBody(c, declared, limit);

  const client = await deps.accounts.clientForAccount(id.data);
  const base = new URL(client.baseUrl);
  const upstream = new URL(client.baseUrl.replace(/\/+$/, '') + decision.path);
  if (upstream.origin !== base.origin) throw new ApiError(400, 'invalid_proxy_path', "the proxy path would leave the account's host", 'path');

  let res;
  try {
    res = await client.requestStream({ method, path: decision.path, headers, ...(counted ? { body: counted.body } : {}), signal: c.req.raw.signal });
  } catch (err) {
    if (counted?.exceeded()) throw tooLarge();
    throw err;
  }
  const out = new Headers();
  for (const name of RELAYED_RESPONSE_HEADERS) {
    const value = res.headers.get(name);
    if (value !== null) out.set(name, value);
  }
  if (res.requestId) out.set('x-upstream-request-id', res.requestId);
  // fetch decodes a content-encoding, after which the upstream's length no longer describes the bytes relayed.
  const length = res.headers.get('content-length');
  if (length !== null && !res.headers.has('content-encoding')) out.set('content-length', length);
  const empty = res.status === 204 || res.status === 304;
  if (empty) {
    await res.body?.cancel();
    return new Response(null, { status: res.status, headers: out });
  }
  return new Response(res.body, { status: res.status, headers: out });
}

/**
 * The incoming body as a stream that counts its bytes and fails once it passes the limit (a
 * chunked body has no length to check up front). No body at all (no length, not chunked, or
 * length 0) is undefined, as a GET's is.
 */
function requestBody(c: Context<AppEnv>, declared: string | undefined, limit: number): CountedBody | undefined {
  const chunked = c.req.header('transfer-encoding') !== undefined;
  if ((!chunked && (declared === undefined || Number(declared) === 0)) || !c.req.raw.body) return undefined;
  return countedBody(c.req.raw.body, limit);
}

/** `ALL /proxy/:accountId/*`: SmartRecruiters as is, with the account's auth, limits and retries. */
export function proxyRequest(app: ServerApp, deps: ServerDeps): void {
  // No body-limit middleware: it would read the body before the handler; requestBody counts it as it streams.
  app.all('/proxy/*', (c) => proxy(c, deps));
  app.all('/proxy', () => {
    throw new ApiError(400, 'invalid_proxy_path', 'the proxy path must look like /proxy/{accountId}/<SmartRecruiters path>', 'path');
  });
}

/** The proxy is not a zod route (any method, any path), so its entry in the document is written here. */
export function documentProxy(app: ServerApp): void {
  const entry = (method: 'get' | 'post' | 'put' | 'patch' | 'delete') =>
    app.openAPIRegistry.registerPath({
      method,
      path: '/proxy/{accountId}/{path}',
      tags: ['Proxy'],
      summary: `${method.toUpperCase()} any SmartRecruiters path for an account`,
      description:
        "Passes method, path, query, body, content-type and accept to the account's base URL with its credentials, through its rate limiter and retries; bodies are streamed both ways. " +
        'The path stays on the account host: `..`, `.`, `//`, encoded slashes or dots, backslashes and `@` are refused with 400 `invalid_proxy_path`.',
      security: [{ bearer: [] }],
      request: {
        params: AccountParamsForDoc,
      },
      responses: {
        200: { description: "SmartRecruiters' answer, status, body and content headers as sent" },
        400: { description: 'Invalid proxy path (`invalid_proxy_path`)' },
        401: { description: 'Missing or wrong bearer token' },
        404: { description: 'Unknown account, or SmartRecruiters answered 404 (`upstream_not_found`)' },
        413: { description: 'Body too large' },
        502: { description: 'SmartRecruiters failed or did not answer' },
      },
    });
  for (const m of ['get', 'post', 'put', 'patch', 'delete'] as const) entry(m);
}

const AccountParamsForDoc = z.object({
  accountId: AccountIdSchema.openapi({ param: { name: 'accountId', in: 'path' } }),
  path: z.string().openapi({ param: { name: 'path', in: 'path' }, example: 'candidates', description: 'The SmartRecruiters path, e.g. `candidates/{id}/attachments`' }),
});
