/** Retry settings of outbound deliveries. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 60_000 };

/** What the receiver did with one attempt. */
export type AttemptOutcome =
  | { readonly kind: 'answered'; readonly status: number }
  | { readonly kind: 'no_answer'; readonly reason: 'timeout' | 'network_error' | 'auth_failed' | 'aborted' };

export type RetryDecision =
  | { readonly retry: false; readonly reason: 'delivered' | 'attempts_exhausted' | 'engine_closed' }
  | { readonly retry: true; readonly reason: 'http_error' | 'timeout' | 'network_error' | 'auth_failed'; readonly waitMs: number };

/**
 * After attempt number `attempt` (1-based): a 2xx ends the delivery, anything else retries with
 * exponential backoff (base·2^(attempt-1), capped, with up to 50 % jitter downwards so a burst of
 * failed deliveries does not return in lockstep) until `maxAttempts`.
 */
export function retryDecision(outcome: AttemptOutcome, attempt: number, policy: RetryPolicy, random: () => number = Math.random): RetryDecision {
  if (outcome.kind === 'answered' && outcome.status >= 200 && outcome.status <= 299) return { retry: false, reason: 'delivered' };
  const reason = outcome.kind === 'answered' ? 'http_error' : outcome.reason;
  if (reason === 'aborted') return { retry: false, reason: 'engine_closed' };
  if (attempt >= policy.maxAttempts) return { retry: false, reason: 'attempts_exhausted' };
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const waitMs = Math.max(0, Math.round(ceiling * (1 - random() / 2)));
  return { retry: true, reason, waitMs };
}

/** Fills in and checks user-given retry settings. */
export function resolveRetryPolicy(given: Partial<RetryPolicy> | undefined): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...stripUndefined(given ?? {}) };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) throw new RangeError('retry.maxAttempts must be an integer >= 1');
  if (!(policy.baseDelayMs >= 0)) throw new RangeError('retry.baseDelayMs must be >= 0');
  if (!(policy.maxDelayMs >= policy.baseDelayMs)) throw new RangeError('retry.maxDelayMs must be >= retry.baseDelayMs');
  return policy;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
