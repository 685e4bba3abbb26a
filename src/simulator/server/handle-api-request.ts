import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchOperation } from '../../spec/index.js';
import type { FaultInjector } from '../core/fault-injector.js';
import { parseBody } from '../core/read-body.js';
import type { RequestLog, LoggedRequest } from '../core/request-log.js';
import { SimError } from '../core/sim-error.js';
import type { SimRequest } from '../core/types.js';
import { validateInput } from '../core/validate-query.js';
import { holdUntilTimeout } from './handle-token-request.js';
import { sendResponse } from './send-response.js';
import type { SimCompany } from './sim-company.js';

export interface ApiContext {
  /** The company the request's credential belongs to (the default one when none does). */
  readonly company: SimCompany;
  readonly faults: FaultInjector;
  readonly log: RequestLog;
  /** Simulated clock (log timestamps). */
  readonly now: () => number;
  /** Base clock: rate windows measure real throughput, so moving the simulated clock does not refill them. */
  readonly realNow: () => number;
  readonly onError: (err: unknown, where: string) => void;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function queryObject(q: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const k of new Set(q.keys())) {
    const all = q.getAll(k);
    out[k] = all.length === 1 ? (all[0] as string) : all;
  }
  return out;
}

function logBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const type = (contentType ?? '').toLowerCase();
  const text = raw.toString('utf8');
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text.slice(0, 10_000);
    }
  }
  if (type.includes('x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  if (type.includes('multipart')) return `<multipart ${raw.length} bytes>`;
  return text.slice(0, 10_000);
}

/** One official-API request: route, auth, limits, faults, validation, handler; never throws. */
export async function handleApiRequest(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer, baseUrl: string): Promise<void> {
  const { auth, limiter, stats, handlers, fallback } = ctx.company;
  const method = (req.method ?? 'GET').toUpperCase();
  const headers = flatHeaders(req);
  let match: ReturnType<typeof matchOperation>;
  try {
    match = matchOperation(method, url.pathname);
  } catch {
    // A path segment that is not valid percent-encoding (e.g. `%E0%A4%A`) names no resource.
    const err = new SimError(400, 'INVALID_PATH', `path: ${url.pathname} is not valid percent-encoding`);
    sendResponse(res, 400, err.body, ctx.company.limiter.nominalHeaders());
    return;
  }
  const entry: LoggedRequest = ctx.log.add({
    at: new Date(ctx.now()).toISOString(),
    method,
    path: url.pathname,
    query: queryObject(url.searchParams),
    headers,
    body: logBody(raw, headers['content-type']),
    operation: match?.op.key ?? null,
  });
  const reply = (status: number, body: unknown, extra: Record<string, string>) => {
    entry.status = status;
    stats.status(status);
    sendResponse(res, status, body, extra);
  };

  if (!match) {
    const other = METHODS.some((m) => m !== method && matchOperation(m, url.pathname) !== undefined);
    const err = other
      ? new SimError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${url.pathname}`)
      : new SimError(404, 'NOT_FOUND', `No operation matches ${method} ${url.pathname}`);
    reply(err.status, err.body, limiter.nominalHeaders());
    return;
  }
  const { op, params } = match;
  const authDecision = auth.check(op.auth, headers);
  if (!authDecision.ok) {
    stats.unauthorized++;
    reply(authDecision.error.status, authDecision.error.body, { ...limiter.nominalHeaders(op.rateLimit), ...authDecision.error.headers });
    return;
  }
  const credential = authDecision.credential ?? `public:${req.socket.remoteAddress ?? 'unknown'}`;
  const admission = limiter.admit(credential, op.key, op.rateLimit, ctx.realNow());
  stats.count(op.key);
  if (!admission.admitted) {
    stats.rateLimited++;
    const msg = admission.reason === 'rate' ? 'Rate limit exceeded: too many requests per second' : 'Too many concurrent requests';
    const err = new SimError(429, 'RATE_LIMIT_EXCEEDED', msg);
    reply(429, err.body, admission.headers);
    return;
  }
  res.once('close', admission.release);
  try {
    const fault = ctx.faults.next({ operationKey: op.key, operationId: op.operationId, company: ctx.company.id });
    if (fault.kind === 'slow') stats.faults++;
    if (fault.kind === 'timeout') {
      stats.faults++;
      entry.status = 0;
      await holdUntilTimeout(req, fault.delayMs);
      return;
    }
    if (fault.delayMs > 0) await sleep(fault.delayMs);
    if (fault.kind === 'rate_limit') {
      stats.faults++;
      stats.rateLimited++;
      const err = new SimError(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit exceeded: too many requests per second');
      reply(429, err.body, { ...admission.headers, 'X-RateLimit-Remaining': '0' });
      return;
    }
    if (fault.kind === 'reset') {
      stats.faults++;
      entry.status = 0;
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'status') {
      stats.faults++;
      const err = new SimError(fault.status, 'SERVICE_ERROR', `Simulated upstream failure (${fault.status})`);
      reply(fault.status, err.body, admission.headers);
      return;
    }
    const query = validateInput(op, params, url.searchParams);
    const body = await parseBody(op.bodyMode, raw, headers['content-type']);
    const simReq: SimRequest = { op, method, path: url.pathname.replace(/\/$/, '') || '/', params, query, rawQuery: url.searchParams, headers, body, rawBody: raw, credential: authDecision.credential, baseUrl };
    const handler = handlers.get(op.key) ?? fallback;
    const out = await handler(simReq);
    reply(out.status, out.body, { ...admission.headers, ...(out.headers ?? {}) });
  } catch (err) {
    if (err instanceof SimError) {
      reply(err.status, err.body, { ...admission.headers, ...err.headers });
      return;
    }
    stats.errors++;
    ctx.onError(err, `${method} ${url.pathname} (${op.key})`);
    const e = new SimError(500, 'INTERNAL_ERROR', 'Internal server error');
    reply(500, e.body, admission.headers);
  }
}
