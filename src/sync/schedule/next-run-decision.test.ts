import { describe, expect, it } from 'vitest';
import { nextRunDecision } from './next-run-decision.js';
import { DEFAULT_SYNC_INTERVAL_MS, parseInterval } from './parse-interval.js';

const start = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);

describe('nextRunDecision', () => {
  const six = DEFAULT_SYNC_INTERVAL_MS;
  it('is due for an account that never synced', () => {
    expect(nextRunDecision({ now: start, lastRun: null, interval: six, running: false })).toEqual({ due: true, at: start, reason: 'never synced' });
  });
  it('is not due 1 ms before 6 h and due at 6 h', () => {
    expect(nextRunDecision({ now: at(six - 1), lastRun: start, interval: six, running: false }).due).toBe(false);
    expect(nextRunDecision({ now: at(six), lastRun: start, interval: six, running: false }).due).toBe(true);
  });
  it('gives one run now after downtime, not one per missed interval', () => {
    expect(nextRunDecision({ now: at(10 * six), lastRun: start, interval: six, running: false }).at).toEqual(at(10 * six));
  });
  it('skips with a reason while a run is going', () => {
    const decision = nextRunDecision({ now: at(six), lastRun: start, interval: six, running: true });
    expect(decision).toMatchObject({ due: false, reason: 'a sync of this account is already running' });
  });
});

describe('parseInterval', () => {
  it.each([['6h', six()], ['PT6H', six()], ['P1D', 86_400_000], ['90m', 5_400_000], [21_600_000, six()]])('reads %j', (input, ms) => {
    expect(parseInterval(input)).toBe(ms);
  });
  it.each([['', /empty/], ['0h', /more than 0/], ['-1h', /more than 0/], ['9999d', /maximum/], ['6w', /not understood/], ['P', /not understood/], ['1s', /minimum/]])('refuses %j', (input, message) => {
    expect(() => parseInterval(input)).toThrow(message);
  });
});

function six(): number {
  return DEFAULT_SYNC_INTERVAL_MS;
}
