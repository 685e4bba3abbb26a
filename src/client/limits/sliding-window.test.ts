import { describe, expect, it } from 'vitest';
import { SlidingWindow } from './sliding-window.js';

describe('SlidingWindow', () => {
  it('admits `limit` starts, then waits for the oldest to leave the window', () => {
    const w = new SlidingWindow(2, 1000, 25);
    const a = w.take(0);
    w.take(0);
    expect(w.waitMs(0)).toBe(Number.POSITIVE_INFINITY); // both still in flight
    w.settle(a, 5);
    // No warm sample yet: the hard bound (respondedAt) anchors it.
    expect(w.waitMs(10)).toBe(995);
    expect(w.waitMs(1005)).toBe(0);
  });

  it('after a warm sample, anchors at dispatch + excess latency + margin', () => {
    const w = new SlidingWindow(1, 1000, 25);
    const cold = w.take(0);
    w.settle(cold, 100);
    expect(w.waitMs(1100)).toBe(0);
    const warm = w.take(1100);
    w.settle(warm, 1300); // rtt 200 = minRtt: anchor = min(1300, 1100 + 0 + 25)
    expect(w.waitMs(1400)).toBe(1125 + 1000 - 1400);
    const slow = w.take(2125);
    w.settle(slow, 2725); // rtt 600, 400 over the fastest: assumed send delay
    expect(w.waitMs(2800)).toBe(2125 + 400 + 25 + 1000 - 2800);
  });

  it('reconciles with X-RateLimit-Remaining by filling the window', () => {
    const w = new SlidingWindow(10, 1000, 25);
    const e = w.take(0);
    w.settle(e, 10);
    w.reconcile(e, 0);
    expect(w.count(20)).toBe(10);
    expect(w.waitMs(20)).toBe(990);
    const w2 = new SlidingWindow(10, 1000, 25);
    const f = w2.take(0);
    w2.settle(f, 10);
    w2.reconcile(f, 9); // the server agrees with us: nothing added
    expect(w2.count(20)).toBe(1);
  });
});
