import { describe, expect, it } from 'vitest';
import { createScheduler, type ScheduledAccount } from '../../../src/sync/schedule/create-scheduler.js';
import { DEFAULT_SYNC_INTERVAL_MS as SIX_HOURS } from '../../../src/sync/schedule/parse-interval.js';
import { createFakeClock } from '../../support/fake-clock.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A scheduler over an in-memory run log, the way the sync-runs table will feed it. */
function testbed(accounts: ScheduledAccount[], opts: { lastRuns?: Record<string, Date>; run?: (id: string) => Promise<void> } = {}) {
  const clock = createFakeClock();
  const starts: Array<{ accountId: string; at: number }> = [];
  const errors: Array<{ accountId: string | null; message: string }> = [];
  const reasons: string[] = [];
  const recorded = new Map<string, Date>(Object.entries(opts.lastRuns ?? {}));
  const scheduler = createScheduler({
    clock,
    listAccounts: async () => accounts,
    lastRunOf: async (id) => recorded.get(id) ?? null,
    startRun: async (id) => {
      starts.push({ accountId: id, at: clock.now().getTime() });
      recorded.set(id, clock.now());
      await opts.run?.(id);
    },
    onDecision: (_id, d) => reasons.push(d.reason),
    onError: (accountId, err) => errors.push({ accountId, message: (err as Error).message }),
  });
  const t0 = clock.now().getTime();
  const runsOf = (id: string) => starts.filter((s) => s.accountId === id).map((s) => (s.at - t0) / HOUR);
  return { clock, scheduler, starts, errors, reasons, runsOf, recorded };
}

describe('createScheduler', () => {
  it('fires the 6-hour schedule: not at 6 h - 1 min, once at 6 h, twice by 12 h', async () => {
    const t = testbed([{ accountId: 'acc_a' }], { lastRuns: { acc_a: new Date('2026-01-01T00:00:00Z') } });
    t.scheduler.start();
    await t.clock.advance(SIX_HOURS - MINUTE);
    expect(t.runsOf('acc_a')).toEqual([]);
    await t.clock.advance(MINUTE);
    expect(t.runsOf('acc_a')).toEqual([6]);
    await t.clock.advance(SIX_HOURS);
    expect(t.runsOf('acc_a')).toEqual([6, 12]);
    await t.scheduler.stop();
  });

  it('runs an account that never synced at once, and honours a per-account interval', async () => {
    const t = testbed([{ accountId: 'acc_new' }, { accountId: 'acc_hourly', intervalMs: HOUR }]);
    t.scheduler.start();
    await t.clock.advance(6 * HOUR);
    expect(t.runsOf('acc_new')).toEqual([0, 6]);
    expect(t.runsOf('acc_hourly')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    await t.scheduler.stop();
  });

  it('after downtime runs once, not once per missed interval', async () => {
    const t = testbed([{ accountId: 'acc_a' }], { lastRuns: { acc_a: new Date(Date.parse('2026-01-01T00:00:00Z') - 10 * SIX_HOURS) } });
    t.scheduler.start();
    await t.clock.advance(HOUR);
    expect(t.runsOf('acc_a')).toEqual([0]);
    await t.scheduler.stop();
  });

  it('never overlaps two runs of one account, and says why it skipped', async () => {
    let finish!: () => void;
    const slow = new Promise<void>((r) => (finish = r));
    const t = testbed([{ accountId: 'acc_a', intervalMs: HOUR }], { run: () => slow });
    t.scheduler.start();
    await t.clock.advance(3 * HOUR);
    expect(t.runsOf('acc_a')).toEqual([0]);
    expect(t.scheduler.running()).toEqual(['acc_a']);
    expect(t.reasons).toContain('a sync of this account is already running');
    finish();
    await t.clock.advance(MINUTE);
    expect(t.scheduler.running()).toEqual([]);
    expect(t.runsOf('acc_a')).toEqual([0, 3 + 1 / 60]);
    await t.scheduler.stop();
  });

  it('reports a failed run and retries after the interval, not on every tick', async () => {
    const t = testbed([]);
    // The failing run never reaches the run log (lastRunOf stays null): only the scheduler's own
    // attempt time holds it back from retrying every minute.
    const scheduler = createScheduler({
      clock: t.clock,
      listAccounts: async () => [{ accountId: 'acc_bad' }],
      lastRunOf: async () => null,
      startRun: async () => {
        t.starts.push({ accountId: 'acc_bad', at: t.clock.now().getTime() });
        throw new Error('401 from SmartRecruiters');
      },
      onError: (accountId, err) => t.errors.push({ accountId, message: (err as Error).message }),
    });
    scheduler.start();
    await t.clock.advance(SIX_HOURS + MINUTE);
    expect(t.runsOf('acc_bad')).toEqual([0, 6]);
    expect(t.errors).toEqual([
      { accountId: 'acc_bad', message: '401 from SmartRecruiters' },
      { accountId: 'acc_bad', message: '401 from SmartRecruiters' },
    ]);
    await scheduler.stop();
  });

  it('survives an account removed between ticks and a failing account list', async () => {
    const clock = createFakeClock();
    let accounts: ScheduledAccount[] = [{ accountId: 'acc_a', intervalMs: HOUR }, { accountId: 'acc_b', intervalMs: HOUR }];
    let listFails = false;
    const starts: string[] = [];
    const errors: Array<string | null> = [];
    const scheduler = createScheduler({
      clock,
      listAccounts: async () => {
        if (listFails) throw new Error('database unavailable');
        return accounts;
      },
      lastRunOf: async () => null,
      startRun: async (id) => void starts.push(id),
      onError: (id) => errors.push(id),
    });
    scheduler.start();
    await clock.advance(HOUR - MINUTE);
    accounts = [{ accountId: 'acc_a', intervalMs: HOUR }];
    listFails = true;
    await clock.advance(MINUTE);
    listFails = false;
    await clock.advance(MINUTE);
    // Both ran at 0; the 1 h tick's list failed (reported, no crash); at 1 h 1 min only acc_a is left.
    expect(starts).toEqual(['acc_a', 'acc_b', 'acc_a']);
    expect(errors).toEqual([null]);
    await scheduler.stop();
  });

  it('reports a throwing decision hook instead of crashing the timer, and keeps ticking', async () => {
    const clock = createFakeClock();
    const errors: Array<{ accountId: string | null; message: string }> = [];
    let looks = 0;
    const scheduler = createScheduler({
      clock,
      listAccounts: async () => [{ accountId: 'acc_a' }],
      lastRunOf: async () => new Date(clock.now().getTime() - 1000),
      startRun: async () => undefined,
      onDecision: () => {
        looks++;
        throw new Error('log sink closed');
      },
      onError: (accountId, err) => errors.push({ accountId, message: (err as Error).message }),
    });
    scheduler.start();
    await clock.advance(2 * MINUTE);
    expect(looks).toBe(3);
    expect(errors).toEqual(Array.from({ length: 3 }, () => ({ accountId: null, message: 'log sink closed' })));
    await scheduler.stop();
  });

  it('stops cleanly: no timer left, no run after stop, in-flight runs awaited', async () => {
    let finish!: () => void;
    const t = testbed([{ accountId: 'acc_a', intervalMs: HOUR }], { run: () => new Promise<void>((r) => (finish = r)) });
    t.scheduler.start();
    await t.clock.advance(MINUTE);
    let stopped = false;
    const stopping = t.scheduler.stop().then(() => (stopped = true));
    await t.clock.advance(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(t.clock.pending()).toBe(0);
    await t.clock.advance(10 * HOUR);
    expect(t.runsOf('acc_a')).toEqual([0]);
    expect(() => t.scheduler.start()).toThrow(/stopped/);
  });
});
