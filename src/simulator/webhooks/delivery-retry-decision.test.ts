import { describe, expect, it } from 'vitest';
import { resolveRetryPolicy, retryDecision } from './delivery-retry-decision.js';

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 300 };
const noJitter = (): number => 0;

describe('retryDecision', () => {
  it('ends on any 2xx', () => {
    expect(retryDecision({ kind: 'answered', status: 202 }, 1, policy)).toEqual({ retry: false, reason: 'delivered' });
    expect(retryDecision({ kind: 'answered', status: 200 }, 4, policy)).toEqual({ retry: false, reason: 'delivered' });
  });

  it('backs off exponentially up to the cap', () => {
    const waits = [1, 2, 3].map((n) => retryDecision({ kind: 'answered', status: 500 }, n, policy, noJitter));
    expect(waits).toEqual([
      { retry: true, reason: 'http_error', waitMs: 100 },
      { retry: true, reason: 'http_error', waitMs: 200 },
      { retry: true, reason: 'http_error', waitMs: 300 },
    ]);
  });

  it('jitters downwards by at most half', () => {
    const d = retryDecision({ kind: 'no_answer', reason: 'timeout' }, 2, policy, () => 0.999999);
    expect(d).toMatchObject({ retry: true, reason: 'timeout' });
    expect(d.retry && d.waitMs).toBe(100);
  });

  it('gives up after maxAttempts and when the engine closes', () => {
    expect(retryDecision({ kind: 'answered', status: 404 }, 4, policy)).toEqual({ retry: false, reason: 'attempts_exhausted' });
    expect(retryDecision({ kind: 'no_answer', reason: 'aborted' }, 1, policy)).toEqual({ retry: false, reason: 'engine_closed' });
  });
});

describe('resolveRetryPolicy', () => {
  it('fills defaults and keeps given values', () => {
    expect(resolveRetryPolicy(undefined)).toEqual({ maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60000 });
    expect(resolveRetryPolicy({ maxAttempts: 2, baseDelayMs: undefined })).toEqual({ maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 60000 });
  });

  it('rejects nonsense settings', () => {
    expect(() => resolveRetryPolicy({ maxAttempts: 0 })).toThrow(/maxAttempts/);
    expect(() => resolveRetryPolicy({ baseDelayMs: 10, maxDelayMs: 5 })).toThrow(/maxDelayMs/);
  });
});
