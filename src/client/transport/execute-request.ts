import { errorFromResponse } from '../errors/error-from-response.js';
import { type SmartRecruitersError, SrAbortedError } from '../errors/sr-errors.js';
import { requestIdFrom } from '../request-id.js';
import { abortableSleep } from '../retry/abortable-sleep.js';
import type { AttemptFailure, RetryDecision } from '../retry/retry-decision.js';
import { shouldRetry } from '../retry/should-retry.js';
import type { SrResponse } from '../sr-response.js';
import type { PipelineContext } from './client-context.js';
import { parseBody } from './parse-body.js';
import type { PreparedRequest } from './prepared-request.js';
import { safeEmit } from './safe-emit.js';
import { sendAttempt } from './send-attempt.js';

/**
 * Sends a prepared request until it succeeds or the retry policy says stop. A 401 with a
 * refreshable credential gets exactly one extra attempt with a fresh token, outside the retry budget.
 */
export async function executeRequest<T>(ctx: PipelineContext, req: PreparedRequest): Promise<SrResponse<T>> {
  let retries = 0;
  let refreshedAfter401 = false;
  for (let attempt = 1; ; attempt++) {
    const outcome = await sendAttempt(ctx, req, attempt);
    let error: SmartRecruitersError;
    let failure: AttemptFailure;
    if (outcome.kind === 'aborted') {
      decide(ctx, req, attempt, { retry: false, reason: 'aborted' });
      throw abortedError(ctx, req);
    } else if (outcome.kind === 'failure') {
      ({ error, failure } = outcome);
    } else if (outcome.status < 400) {
      const ctxInfo = { status: outcome.status, headers: outcome.headers, method: req.method, path: req.displayPath, redactor: ctx.redactor };
      const data = parseBody(outcome.bytes, req.responseType, ctxInfo) as T;
      return { status: outcome.status, headers: outcome.headers, data, requestId: requestIdFrom(outcome.headers) };
    } else {
      error = errorFromResponse({
        status: outcome.status,
        statusText: outcome.statusText,
        headers: outcome.headers,
        bodyText: new TextDecoder().decode(outcome.bytes),
        method: req.method,
        path: req.displayPath,
        redactor: ctx.redactor,
      });
      if (outcome.status === 401 && ctx.auth?.refreshable && !refreshedAfter401 && outcome.token) {
        refreshedAfter401 = true;
        ctx.auth.invalidate(outcome.token);
        ctx.logger?.info({ method: req.method, path: req.displayPath, attempt }, 'srconnect: 401, refreshing the access token once');
        continue;
      }
      failure = { kind: 'status', status: outcome.status, retryAfterMs: error.retryAfterMs };
    }

    if (!ctx.retry.enabled) throw error;
    const decision = shouldRetry({
      failure,
      retriesSoFar: retries,
      maxRetries: ctx.retry.maxRetries,
      idempotent: req.idempotent,
      baseDelayMs: ctx.retry.baseDelayMs,
      maxDelayMs: ctx.retry.maxDelayMs,
    });
    decide(ctx, req, attempt, decision, error);
    if (!decision.retry) throw error;
    try {
      await abortableSleep(decision.waitMs, req.signal);
    } catch {
      decide(ctx, req, attempt, { retry: false, reason: 'aborted' });
      throw abortedError(ctx, req);
    }
    retries++;
  }
}

function decide(ctx: PipelineContext, req: PreparedRequest, attempt: number, decision: RetryDecision, error?: SmartRecruitersError): void {
  safeEmit(ctx.hooks.onRetry, { ...decision, method: req.method, path: req.displayPath, attempt }, ctx.logger, 'onRetry');
  const log = { ...decision, method: req.method, path: req.displayPath, attempt, status: error?.status, code: error?.code };
  if (decision.retry) ctx.logger?.warn(log, 'srconnect: retrying request');
  else if (decision.reason !== 'not_retryable_status') ctx.logger?.warn(log, 'srconnect: giving up on request');
}

function abortedError(ctx: PipelineContext, req: PreparedRequest): SrAbortedError {
  return new SrAbortedError({
    code: 'aborted',
    message: `SmartRecruiters ${req.method} ${req.displayPath} aborted`,
    method: req.method,
    path: req.displayPath,
    cause: ctx.redactor.redactError(req.signal?.reason),
  });
}
