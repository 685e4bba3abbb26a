import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault, FaultInjector } from '../core/fault-injector.js';
import type { RequestLog } from '../core/request-log.js';
import type { CompanyRegistry } from './company-registry.js';
import { sendResponse } from './send-response.js';

export interface TokenContext {
  readonly companies: CompanyRegistry;
  readonly faults: FaultInjector;
  readonly log: RequestLog;
  readonly now: () => number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Holds a request open without answering until the client gives up or `ms` pass, then cuts it:
 * what a client meets when a server (or a proxy in front of it) stops answering.
 */
export async function holdUntilTimeout(req: IncomingMessage, ms: number): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    req.socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  req.socket.destroy();
}

/**
 * `POST /identity/oauth/token` (client credentials): routed to the company that owns the client
 * id; targeted faults on operation `oauth.token` make it fail (5xx, reset, timeout, slow, 429).
 */
export async function handleTokenRequest(ctx: TokenContext, req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): Promise<void> {
  const fallbackHeaders = ctx.companies.default.limiter.nominalHeaders();
  if (req.method !== 'POST') {
    sendResponse(res, 405, { error: 'invalid_request', error_description: 'use POST' }, fallbackHeaders);
    return;
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    sendResponse(res, 400, { error: 'invalid_request', error_description: 'Content-Type must be application/x-www-form-urlencoded' }, fallbackHeaders);
    return;
  }
  const form = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
  const company = ctx.companies.forTokenRequest(form, req.headers.authorization);
  const headers = company.limiter.nominalHeaders();
  const entry = ctx.log.add({ at: new Date(ctx.now()).toISOString(), method: 'POST', path: url.pathname, query: {}, headers: { ...req.headers } as Record<string, string>, body: form, operation: 'oauth.token' });
  const fault: Fault = ctx.faults.ruleOnly({ operationKey: 'oauth.token', company: company.id });
  if (fault.kind !== 'none') {
    company.stats.faults++;
    if (fault.delayMs > 0 && fault.kind !== 'timeout') await sleep(fault.delayMs);
    switch (fault.kind) {
      case 'timeout':
        entry.status = 0;
        await holdUntilTimeout(req, fault.delayMs);
        return;
      case 'reset':
        entry.status = 0;
        req.socket.destroy();
        return;
      case 'status':
        entry.status = fault.status;
        sendResponse(res, fault.status, { error: 'server_error', error_description: `Simulated token endpoint failure (${fault.status})` }, { ...headers, 'Cache-Control': 'no-store' });
        return;
      case 'rate_limit':
        entry.status = 429;
        sendResponse(res, 429, { error: 'rate_limit_exceeded', error_description: 'Too many token requests' }, { ...headers, 'Cache-Control': 'no-store' });
        return;
      case 'slow':
        break; // answered normally, late
    }
  }
  const out = company.auth.issueToken(form, req.headers.authorization);
  entry.status = out.ok ? 200 : out.status;
  sendResponse(res, out.ok ? 200 : out.status, out.body, { ...headers, 'Cache-Control': 'no-store' });
}
