/** Why a failed attempt will be tried again. */
export type RetryReason = 'rate_limited' | 'server_error' | 'server_unavailable' | 'connection_reset' | 'timeout' | 'not_sent';
/** Why a failed attempt ends the request. */
export type NoRetryReason = 'not_retryable_status' | 'non_idempotent_maybe_sent' | 'retries_exhausted' | 'aborted';

/** The retry policy's verdict on one failed attempt, as data. */
export type RetryDecision =
  | { readonly retry: true; readonly reason: RetryReason; readonly waitMs: number }
  | { readonly retry: false; readonly reason: NoRetryReason };

/** How an attempt failed, as the retry policy sees it. */
export type AttemptFailure =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterMs?: number | undefined }
  /** `not_sent`: provably never reached the server (refused, DNS, connect timeout). */
  | { readonly kind: 'network'; readonly failure: 'not_sent' | 'connection_reset' | 'timeout' }
  | { readonly kind: 'aborted' };
