import { performance } from 'node:perf_hooks';
import { AttemptDeadline } from './attempt-deadline.js';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import type { HttpMethod } from '../../spec/index.js';
import { endpointLimits } from '../endpoint-limits.js';
import { errorFromResponse } from '../errors/error-from-response.js';
import { type SmartRecruitersError, SrAbortedError, SrInvalidRequestError } from '../errors/sr-errors.js';
import type { LimiterPermit } from '../limits/credential-limiter.js';
import { requestIdFrom } from '../request-id.js';
import { resolveOperation } from '../resolve-operation.js';
import { abortableSleep } from '../retry/abortable-sleep.js';
import type { AttemptFailure } from '../retry/retry-decision.js';
import { shouldRetry } from '../retry/should-retry.js';
import type { ClientContext } from './client-context.js';
import { connectionError } from './connection-error.js';
import { emitResponse } from './emit-response.js';
import { safeEmit } from './safe-emit.js';

/** One streamed call: the path (with its query) is taken as is, relative to the base URL. */
export interface SrStreamRequest {
  readonly method: HttpMethod | 'HEAD';
  /** Starts with `/`; already validated by the caller (it is not a template: `{` is not substituted). */
  readonly path: string;
  readonly headers?: Record<string, string>;
  /** Sent as it is read; never buffered, so a request with a body is only retried if no byte could have left. */
  readonly body?: ReadableStream<Uint8Array> | Readable;
  readonly signal?: AbortSignal;
}

/** A 1xx-3xx answer whose body is read by the caller; the limiter slot is held until it ends or is cancelled. */
export interface SrStreamResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly requestId: string | undefined;
  readonly body: ReadableStream<Uint8Array> | null;
}

const NO_PERMIT: LimiterPermit = {
  waitedMs: 0,
  blockedBy: undefined,
  sent: () => undefined,
  responded: () => undefined,
  release: () => undefined,
};
const CREDENTIAL_HEADERS = new Set(['authorization', 'x-smarttoken']);
/** An error answer's body is read for its message only up to this much. */
const MAX_ERROR_BODY = 64 * 1024;

/**
 * Resendable-until-read view of a streamed body: each attempt gets a fresh stream over the same
 * source, and `touched` says whether any attempt pulled from it (after which it cannot be resent).
 */
function bodySource(body: SrStreamRequest['body']): { touched: () => boolean; attempt: () => ReadableStream<Uint8Array> } | undefined {
  if (body === undefined) return undefined;
  const web = body instanceof Readable ? (Readable.toWeb(body) as unknown as ReadableStream<Uint8Array>) : body;
  const reader = web.getReader();
  let touched = false;
  return {
    touched: () => touched,
    attempt: () =>
      new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            touched = true;
            const r = await reader.read();
            if (r.done) controller.close();
            else controller.enqueue(r.value);
          },
          cancel(reason) {
            return reader.cancel(reason);
          },
          // No read-ahead: a stream that nobody read from must still count as untouched.
        },
        { highWaterMark: 0 },
      ),
  };
}

/**
 * `SmartRecruitersClient.requestStream`: the same admission as `request` (limiter slot, then the
 * credential), bodies streamed both ways. The per-attempt timeout covers waiting for the response
 * headers only; the body is the caller's to read at its pace. Error statuses (4xx/5xx) are thrown
 * as the same typed errors `request` throws.
 */
export async function requestStream(
  ctx: ClientContext & {
    readonly baseUrl: string;
    readonly limits: { perSecond: number; concurrency: number };
  },
  req: SrStreamRequest,
): Promise<SrStreamResponse> {
  const method = String(req?.method ?? '').toUpperCase();
  const bad = (message: string): never => {
    throw new SrInvalidRequestError({
      code: 'invalid_request',
      message,
      method,
      path: String(req?.path),
    });
  };
  if (!req || typeof req !== 'object') bad('request must be an object');
  if (!/^[A-Z]+$/.test(method)) bad('requestStream needs a method');
  if (typeof req.path !== 'string' || !req.path.startsWith('/') || req.path.startsWith('//')) bad(`${method}: the path must start with a single /`);
  const base = new URL(ctx.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const url = new URL(basePath + req.path, base);
  if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`)) bad(`${method}: the path would leave the base URL`);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    if (typeof value !== 'string') bad(`${method}: header "${name}" must be a string`);
    if (CREDENTIAL_HEADERS.has(name.toLowerCase())) bad(`${method}: header "${name}" is set by the client from its auth options`);
    headers[name.toLowerCase()] = value;
  }
  const relPath = url.pathname.slice(basePath.length);
  const op = resolveOperation({ method: method as HttpMethod, path: relPath });
  const displayPath = ctx.redactor.redact(url.pathname + url.search);
  const limits = endpointLimits(op.rateLimit, ctx.limits);
  const { signal } = req;
  const source = bodySource(req.body);
  const aborted = (): SrAbortedError =>
    new SrAbortedError({
      code: 'aborted',
      message: `SmartRecruiters ${method} ${displayPath} aborted`,
      method,
      path: displayPath,
      cause: ctx.redactor.redactError(signal?.reason),
    });

  let retries = 0;
  let refreshed = false;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw aborted();
    let permit = NO_PERMIT;
    let token: string | undefined;
    let authHeaders: Record<string, string> = {};
    try {
      if (ctx.limiter) permit = await ctx.limiter.acquire(op.limitKey, limits, signal);
      if (signal?.aborted) throw aborted();
    } catch (err) {
      if (signal?.aborted) throw aborted();
      throw err;
    }
    // As in sendAttempt: the credential is read once the limiter lets the request go.
    try {
      ({ headers: authHeaders, token } = await ctx.auth.authorize(signal));
    } catch (err) {
      permit.release();
      if (signal?.aborted) throw aborted();
      throw err;
    }
    if (permit.blockedBy)
      safeEmit(
        ctx.hooks.onRateLimitWait,
        {
          operationKey: op.limitKey,
          waitedMs: Math.round(permit.waitedMs),
          reason: permit.blockedBy,
        },
        ctx.logger,
        'onRateLimitWait',
      );
    const at = { method, path: displayPath, operationKey: op.limitKey, attempt };
    safeEmit(ctx.hooks.onRequest, at, ctx.logger, 'onRequest');

    const deadline = new AttemptDeadline(ctx.timeoutMs, signal);
    let started = performance.now();
    let released = false;
    const release = (answer?: { status: number; headers: Headers }): void => {
      if (released) return;
      released = true;
      deadline.dispose();
      const lesson = permit.release(answer);
      if (lesson) safeEmit(ctx.hooks.onLimitLearned, lesson, ctx.logger, 'onLimitLearned');
    };

    // Both set on every path that reaches the retry decision (a network failure, or an error status).
    let failure!: AttemptFailure;
    let error!: SmartRecruitersError;
    let response: Response | undefined;
    try {
      started = performance.now();
      const pending = ctx.fetch(url, {
        method,
        headers: {
          accept: '*/*',
          'user-agent': ctx.userAgent,
          ...headers,
          ...authHeaders,
        },
        ...(source ? { body: source.attempt(), duplex: 'half' } : {}),
        signal: deadline.signal,
        redirect: 'manual',
      } as RequestInit);
      permit.sent();
      response = await pending;
    } catch (err) {
      release();
      if (signal?.aborted) throw aborted();
      ({ error, failure } = connectionError(ctx, err, deadline.timedOut, method, displayPath));
      // A streamed body that was read even partly is gone: only a request that provably never left is resent.
      if (source && (failure.failure !== 'not_sent' || source.touched())) throw error;
    }

    if (response) {
      // The timeout keeps covering an error body (read below); a streamed body is the caller's to pace.
      if (response.status < 400) deadline.stopTimer();
      permit.responded();
      const answer = { status: response.status, headers: response.headers };
      emitResponse(ctx, at, response, started);
      if (response.status < 400)
        return {
          status: response.status,
          headers: response.headers,
          requestId: requestIdFrom(response.headers),
          body: releasingBody(response, () => release(answer), signal),
        };
      const bodyText = await readCapped(response).catch(() => '');
      release(answer);
      if (signal?.aborted) throw aborted();
      error = errorFromResponse({
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        bodyText,
        method,
        path: displayPath,
        redactor: ctx.redactor,
      });
      if (response.status === 401 && !source && ctx.auth.refreshable && !refreshed && token) {
        refreshed = true;
        ctx.auth.invalidate(token);
        continue;
      }
      // The server answered, so the body (if any) was consumed: never resent.
      if (source) throw error;
      failure = {
        kind: 'status',
        status: response.status,
        retryAfterMs: error.retryAfterMs,
      };
    }

    if (!ctx.retry.enabled) throw error;
    const decision = shouldRetry({
      failure,
      retriesSoFar: retries,
      maxRetries: ctx.retry.maxRetries,
      // Without a body, GET/HEAD/PUT/DELETE repeat safely; with one, only a not_sent failure reaches here.
      idempotent: !source && ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'].includes(method),
      baseDelayMs: ctx.retry.baseDelayMs,
      maxDelayMs: ctx.retry.maxDelayMs,
    });
    safeEmit(ctx.hooks.onRetry, { ...decision, method, path: displayPath, attempt }, ctx.logger, 'onRetry');
    if (!decision.retry) throw error;
    ctx.logger?.warn(
      {
        ...decision,
        method,
        path: displayPath,
        attempt,
        status: error.status,
        code: error.code,
      },
      'srconnect: retrying streamed request',
    );
    try {
      await abortableSleep(decision.waitMs, signal);
    } catch {
      throw aborted();
    }
    retries++;
  }
}

/** The response body, releasing the limiter slot exactly once: at its end, on error, on cancel, or on abort. */
function releasingBody(response: Response, release: () => void, signal: AbortSignal | undefined): ReadableStream<Uint8Array> | null {
  if (!response.body) {
    release();
    return null;
  }
  const reader = response.body.getReader();
  const onAbort = (): void => {
    release();
    reader.cancel(signal?.reason).catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const done = (): void => {
    signal?.removeEventListener('abort', onAbort);
    release();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const r = await reader.read();
        if (r.done) {
          done();
          controller.close();
        } else controller.enqueue(r.value);
      } catch (err) {
        done();
        controller.error(err);
      }
    },
    cancel(reason) {
      done();
      return reader.cancel(reason);
    },
  });
}

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = (response.body as unknown as NodeWebStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    chunks.push(r.value);
    size += r.value.byteLength;
    if (size >= MAX_ERROR_BODY) {
      await reader.cancel();
      break;
    }
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, MAX_ERROR_BODY));
}
