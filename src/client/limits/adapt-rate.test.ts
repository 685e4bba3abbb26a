import { describe, expect, it } from 'vitest';
import { adaptRate, initialShare, type RateObservation } from './adapt-rate.js';

const obs = (o: Partial<RateObservation>): RateObservation => ({ at: 10_000, status: 200, limit: 10, remaining: 5, ownCounted: 5, windowMs: 1000, ...o });

describe('adaptRate', () => {
  it('alone, the share stays at the limit however little remains', () => {
    expect(adaptRate(initialShare(10), obs({ remaining: 0, ownCounted: 10 })).decision).toBeUndefined();
  });

  it('a 429 for the rate halves the share; a 429 with budget left (concurrency) does not', () => {
    expect(adaptRate(initialShare(10), obs({ status: 429, remaining: 0 })).decision).toEqual({ from: 10, to: 5, reason: 'rate_limited' });
    expect(adaptRate(initialShare(10), obs({ status: 429, remaining: 4, ownCounted: 6 })).decision).toBeUndefined();
    // Alone, with our own starts filling the window: our timing, not a competitor.
    expect(adaptRate(initialShare(10), obs({ status: 429, remaining: 0, ownCounted: 10 })).decision).toBeUndefined();
  });

  it('moves halfway towards what another user leaves, keeping a cushion', () => {
    // Server counted 10, 4 of them ours: others use 6, leaving 4 − 0.5 cushion.
    const { decision } = adaptRate(initialShare(10), obs({ remaining: 0, ownCounted: 4 }));
    expect(decision).toEqual({ from: 10, to: 6.75, reason: 'shared_budget', othersUse: 6 });
  });

  it('changes at most once per window', () => {
    const first = adaptRate(initialShare(10), obs({ status: 429, remaining: 0 }));
    expect(adaptRate(first.state, obs({ at: 10_500, status: 429, remaining: 0 })).decision).toBeUndefined();
    expect(adaptRate(first.state, obs({ at: 11_000, status: 429, remaining: 0 })).decision).toEqual({ from: 5, to: 2.5, reason: 'rate_limited' });
  });

  it('recovers to the full limit when the other user stops, at least one per window', () => {
    let state = adaptRate(initialShare(10), obs({ status: 429, remaining: 0 })).state;
    const steps: number[] = [];
    for (let i = 1; i <= 6; i++) {
      state = adaptRate(state, obs({ at: 10_000 + i * 1000, remaining: 10 - Math.round(state.share), ownCounted: Math.round(state.share) })).state;
      steps.push(state.share);
    }
    expect(steps).toEqual([7.5, 8.75, 9.75, 10, 10, 10]);
  });

  it('never below 1, never above the advertised limit', () => {
    let state = initialShare(10);
    for (let i = 0; i < 10; i++) state = adaptRate(state, obs({ at: 10_000 + i * 1000, status: 429, remaining: 0 })).state;
    expect(state.share).toBe(1);
    expect(adaptRate(initialShare(10), obs({ limit: 4, remaining: 4, ownCounted: 0 })).state.share).toBe(4);
  });
});
