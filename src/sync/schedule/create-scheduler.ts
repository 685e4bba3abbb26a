import { nextRunDecision, type NextRunDecision } from './next-run-decision.js';
import { DEFAULT_SYNC_INTERVAL_MS } from './parse-interval.js';
import { systemClock, type SchedulerClock } from './scheduler-clock.js';

/** An account the scheduler looks after; `intervalMs` overrides the 6-hour default. */
export interface ScheduledAccount {
  readonly accountId: string;
  readonly intervalMs?: number;
}

export interface SchedulerOptions {
  /** The accounts to sync, read afresh on every tick, so linked and removed accounts need no restart. */
  listAccounts(): Promise<readonly ScheduledAccount[]>;
  /** When the account's last run started (from the recorded runs), or null if it never ran. */
  lastRunOf(accountId: string): Promise<Date | null>;
  /** Starts and awaits one sync of the account; a rejection is reported, never thrown out of a tick. */
  startRun(accountId: string): Promise<unknown>;
  clock?: SchedulerClock;
  /** How often the scheduler looks for due accounts (default one minute). */
  tickMs?: number;
  defaultIntervalMs?: number;
  /** Every decision, due or not, with its reason: what a log line or the dashboard shows. */
  onDecision?(accountId: string, decision: NextRunDecision): void;
  /** A failed run (accountId) or a failed look-up of the accounts (null). */
  onError?(accountId: string | null, error: unknown): void;
}

export interface Scheduler {
  start(): void;
  /** One look at every account now; resolves once the due runs have started (not finished). */
  tick(): Promise<void>;
  /** No further ticks; resolves when the runs in flight have ended. */
  stop(): Promise<void>;
  running(): readonly string[];
}

export const DEFAULT_TICK_MS = 60_000;

/**
 * Runs each account's sync when its interval has passed since its last run. One run per account at
 * a time; a failed run counts as an attempt, so a broken account is retried after its interval
 * rather than on every tick.
 */
export function createScheduler(opts: SchedulerOptions): Scheduler {
  const clock = opts.clock ?? systemClock;
  const tickMs = opts.tickMs ?? DEFAULT_TICK_MS;
  const defaultInterval = opts.defaultIntervalMs ?? DEFAULT_SYNC_INTERVAL_MS;
  const inFlight = new Map<string, Promise<void>>();
  // Start times of runs begun here: a run that fails before the store records it still counts.
  const attempts = new Map<string, Date>();
  let timer: unknown;
  let stopped = false;
  let ticking: Promise<void> | undefined;

  const launch = (accountId: string): void => {
    attempts.set(accountId, clock.now());
    const run = (async () => {
      try {
        await opts.startRun(accountId);
      } catch (err) {
        opts.onError?.(accountId, err);
      } finally {
        inFlight.delete(accountId);
      }
    })();
    inFlight.set(accountId, run);
  };

  const look = async (): Promise<void> => {
    let accounts: readonly ScheduledAccount[];
    try {
      accounts = await opts.listAccounts();
    } catch (err) {
      opts.onError?.(null, err);
      return;
    }
    const present = new Set(accounts.map((a) => a.accountId));
    for (const id of attempts.keys()) if (!present.has(id)) attempts.delete(id);
    for (const account of accounts) {
      if (stopped) return;
      let recorded: Date | null;
      try {
        recorded = await opts.lastRunOf(account.accountId);
      } catch (err) {
        opts.onError?.(account.accountId, err);
        continue;
      }
      const attempted = attempts.get(account.accountId) ?? null;
      const lastRun = recorded && attempted ? (recorded > attempted ? recorded : attempted) : (recorded ?? attempted);
      const decision = nextRunDecision({
        now: clock.now(),
        lastRun,
        interval: account.intervalMs ?? defaultInterval,
        running: inFlight.has(account.accountId),
      });
      opts.onDecision?.(account.accountId, decision);
      if (decision.due) launch(account.accountId);
    }
  };

  const tick = (): Promise<void> => {
    // Ticks never overlap: a slow account list is awaited, not raced.
    // A throwing onDecision must not become an unhandled rejection on the timer: it is reported.
    ticking ??= look()
      .catch((err: unknown) => opts.onError?.(null, err))
      .finally(() => {
        ticking = undefined;
      });
    return ticking;
  };

  const schedule = (): void => {
    if (stopped) return;
    timer = clock.setTimeout(() => {
      void tick().finally(schedule);
    }, tickMs);
  };

  return {
    start() {
      if (stopped) throw new Error('scheduler was stopped; create a new one');
      if (timer !== undefined) return;
      void tick().finally(schedule);
    },
    tick,
    async stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      await ticking;
      await Promise.all(inFlight.values());
    },
    running: () => [...inFlight.keys()],
  };
}
