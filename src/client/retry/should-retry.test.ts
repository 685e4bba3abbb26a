import { describe, expect, it } from 'vitest';
import { shouldRetry, type ShouldRetryInput } from './should-retry.js';

const base: Omit<ShouldRetryInput, 'failure'> = { retriesSoFar: 0, maxRetries: 3, idempotent: true, baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5 };

describe('shouldRetry', () => {
  it.each([
    [{ kind: 'status', status: 429 }, false, { retry: true, reason: 'rate_limited', waitMs: 50 }],
    [{ kind: 'status', status: 503 }, true, { retry: true, reason: 'server_unavailable', waitMs: 50 }],
    [{ kind: 'status', status: 503 }, false, { retry: false, reason: 'non_idempotent_maybe_sent' }],
    [{ kind: 'status', status: 500 }, true, { retry: true, reason: 'server_error', waitMs: 50 }],
    [{ kind: 'status', status: 500 }, false, { retry: false, reason: 'non_idempotent_maybe_sent' }],
    [{ kind: 'status', status: 501 }, true, { retry: false, reason: 'not_retryable_status' }],
    [{ kind: 'status', status: 404 }, true, { retry: false, reason: 'not_retryable_status' }],
    [{ kind: 'network', failure: 'connection_reset' }, true, { retry: true, reason: 'connection_reset', waitMs: 50 }],
    [{ kind: 'network', failure: 'connection_reset' }, false, { retry: false, reason: 'non_idempotent_maybe_sent' }],
    [{ kind: 'network', failure: 'timeout' }, false, { retry: false, reason: 'non_idempotent_maybe_sent' }],
    [{ kind: 'network', failure: 'not_sent' }, false, { retry: true, reason: 'not_sent', waitMs: 50 }],
    [{ kind: 'aborted' }, true, { retry: false, reason: 'aborted' }],
  ] as const)('%o idempotent=%s → %o', (failure, idempotent, expected) => {
    expect(shouldRetry({ ...base, failure, idempotent })).toEqual(expected);
  });

  it('stops when the budget is spent', () => {
    expect(shouldRetry({ ...base, retriesSoFar: 3, failure: { kind: 'status', status: 503 } })).toEqual({ retry: false, reason: 'retries_exhausted' });
  });

  it('grows exponentially with full jitter, capped', () => {
    const waits = [0, 1, 2, 3, 4, 5].map((n) => {
      const d = shouldRetry({ ...base, maxRetries: 10, retriesSoFar: n, random: () => 0.999, failure: { kind: 'status', status: 503 } });
      return d.retry ? d.waitMs : -1;
    });
    expect(waits).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it('honours Retry-After, bounded', () => {
    const d = shouldRetry({ ...base, failure: { kind: 'status', status: 429, retryAfterMs: 5000 } });
    expect(d).toEqual({ retry: true, reason: 'rate_limited', waitMs: 5000 });
    const capped = shouldRetry({ ...base, failure: { kind: 'status', status: 429, retryAfterMs: 3_600_000 } });
    expect(capped).toEqual({ retry: true, reason: 'rate_limited', waitMs: 60_000 });
  });
});
