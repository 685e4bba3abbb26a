import { backoffDelay } from './backoff-delay.js';
import type { AttemptFailure, RetryDecision, RetryReason } from './retry-decision.js';

export interface ShouldRetryInput {
  readonly failure: AttemptFailure;
  /** Retries already made for this request (0 after the first attempt failed). */
  readonly retriesSoFar: number;
  readonly maxRetries: number;
  readonly idempotent: boolean;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Retry-After is honoured up to this (a server asking for an hour is not waited on blindly). Default 60 s. */
  readonly maxRetryAfterMs?: number;
  readonly random?: () => number;
}

/**
 * A 500 is usually transient on SmartRecruiters (long walks meet them), so it is retried like
 * 502-504 — but only where repeating is safe: the server may have acted before it failed.
 */
const RETRYABLE_STATUS: Record<number, RetryReason> = {
  429: 'rate_limited',
  500: 'server_error',
  502: 'server_unavailable',
  503: 'server_unavailable',
  504: 'server_unavailable',
};

/**
 * The retry policy. Order matters: an abort wins; then "is this kind of failure retryable at all";
 * then "may this request be repeated" (a non-idempotent request only if it provably never reached
 * the server, or the server refused it with 429 before acting); then the retry budget.
 */
export function shouldRetry(input: ShouldRetryInput): RetryDecision {
  const { failure } = input;
  if (failure.kind === 'aborted') return { retry: false, reason: 'aborted' };

  let reason: RetryReason;
  let safeForAnyMethod: boolean;
  if (failure.kind === 'status') {
    const r = RETRYABLE_STATUS[failure.status];
    if (!r) return { retry: false, reason: 'not_retryable_status' };
    reason = r;
    safeForAnyMethod = failure.status === 429;
  } else {
    reason = failure.failure;
    safeForAnyMethod = failure.failure === 'not_sent';
  }

  if (!input.idempotent && !safeForAnyMethod) return { retry: false, reason: 'non_idempotent_maybe_sent' };
  if (input.retriesSoFar >= input.maxRetries) return { retry: false, reason: 'retries_exhausted' };

  const jitter = backoffDelay(input.retriesSoFar, input.baseDelayMs, input.maxDelayMs, input.random);
  const retryAfter = failure.kind === 'status' ? failure.retryAfterMs : undefined;
  const waitMs = retryAfter === undefined ? jitter : Math.min(Math.max(retryAfter, jitter), input.maxRetryAfterMs ?? 60_000);
  return { retry: true, reason, waitMs };
}
