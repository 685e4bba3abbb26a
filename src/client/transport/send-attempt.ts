import { performance } from 'node:perf_hooks';
import { AttemptDeadline } from './attempt-deadline.js';
import type { SmartRecruitersError } from '../errors/sr-errors.js';
import type { LimiterPermit } from '../limits/credential-limiter.js';
import type { AttemptFailure } from '../retry/retry-decision.js';
import type { PipelineContext } from './client-context.js';
import type { PreparedRequest } from './prepared-request.js';
import { connectionError } from './connection-error.js';
import { emitResponse } from './emit-response.js';
import { safeEmit } from './safe-emit.js';

/** What one attempt produced: a response (any status) with its body, or a transport failure. */
export type AttemptOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly statusText: string; readonly headers: Headers; readonly bytes: Uint8Array; readonly token: string | undefined }
  | { readonly kind: 'failure'; readonly error: SmartRecruitersError; readonly failure: AttemptFailure }
  | { readonly kind: 'aborted' };

const NO_PERMIT: LimiterPermit = { waitedMs: 0, blockedBy: undefined, sent: () => undefined, responded: () => undefined, release: () => undefined };
const MAX_REDIRECTS = 5;

/**
 * One attempt: limiter slot, then credential, then fetch with a per-attempt timeout that also covers
 * reading the body. Redirects are followed by hand so credentials never go to another origin.
 */
export async function sendAttempt(ctx: PipelineContext, req: PreparedRequest, attempt: number): Promise<AttemptOutcome> {
  const { signal } = req;
  let token: string | undefined;
  let authHeaders: Record<string, string> = {};
  let permit = NO_PERMIT;
  try {
    if (ctx.limiter) permit = await ctx.limiter.acquire(req.operationKey, req.limits, signal);
  } catch (err) {
    if (signal?.aborted) return { kind: 'aborted' };
    throw err;
  }
  // The credential is read only once the limiter lets the request go: a request that queued
  // longer than a token lives must leave with a token that is valid now, not when it queued.
  try {
    if (ctx.auth) ({ headers: authHeaders, token } = await ctx.auth.authorize(signal));
  } catch (err) {
    permit.release();
    if (signal?.aborted) return { kind: 'aborted' };
    throw err;
  }
  if (permit.blockedBy) {
    safeEmit(ctx.hooks.onRateLimitWait, { operationKey: req.operationKey, waitedMs: Math.round(permit.waitedMs), reason: permit.blockedBy }, ctx.logger, 'onRateLimitWait');
  }
  const at = { method: req.method, path: req.displayPath, operationKey: req.operationKey, attempt };
  safeEmit(ctx.hooks.onRequest, at, ctx.logger, 'onRequest');

  const deadline = new AttemptDeadline(ctx.timeoutMs, signal);
  const started = performance.now();
  let answer: { status: number; headers: Headers } | undefined;
  try {
    const baseHeaders: Record<string, string> = {
      accept: req.responseType === 'json' ? 'application/json' : '*/*',
      'user-agent': ctx.userAgent,
      ...req.headers,
    };
    let url = req.url;
    let response: Response;
    for (let hop = 0; ; hop++) {
      const sameOrigin = url.origin === req.url.origin;
      const pending = ctx.fetch(url, {
        method: req.method,
        headers: sameOrigin ? { ...baseHeaders, ...authHeaders } : baseHeaders,
        body: req.body,
        signal: deadline.signal,
        redirect: 'manual',
      });
      // fetch's synchronous part can take tens of ms on first use; the request leaves after it.
      if (hop === 0) permit.sent();
      response = await pending;
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || response.status === 304 || !location || hop >= MAX_REDIRECTS) break;
      if (!['GET', 'HEAD'].includes(req.method) && response.status !== 307 && response.status !== 308) break;
      await response.body?.cancel();
      url = new URL(location, url);
    }
    permit.responded();
    answer = { status: response.status, headers: response.headers };
    const bytes = new Uint8Array(await response.arrayBuffer());
    emitResponse(ctx, at, response, started);
    return { kind: 'response', status: response.status, statusText: response.statusText, headers: response.headers, bytes, token };
  } catch (err) {
    if (signal?.aborted) return { kind: 'aborted' };
    return { kind: 'failure', ...connectionError(ctx, err, deadline.timedOut, req.method, req.displayPath) };
  } finally {
    deadline.dispose();
    const lesson = permit.release(answer);
    if (lesson) {
      safeEmit(ctx.hooks.onLimitLearned, lesson, ctx.logger, 'onLimitLearned');
      ctx.logger?.debug({ ...lesson }, 'srconnect: limiter adapted to the server');
    }
  }
}
