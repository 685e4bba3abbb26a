/** A timer on the simulator's clock; `cancel` is safe to call twice. */
export interface ClockTimer {
  cancel(): void;
}

interface Pending {
  readonly dueAt: number;
  readonly fn: () => void;
  readonly real: NodeJS.Timeout;
}

/**
 * The simulator's one clock: real time plus an offset that `POST /__sim/clock` moves forward.
 * Everything that is about *when* (token expiry, key rotation, retry schedules, timestamps of
 * writes) reads `now()`; timers set with `schedule` fire when either real time or the moved clock
 * reaches them, so moving the clock past a retry sends it at once instead of after the real wait.
 */
export class SimClock {
  private offsetMs = 0;
  private readonly pending = new Set<Pending>();

  constructor(private readonly base: () => number = Date.now) {}

  now(): number {
    return this.base() + this.offsetMs;
  }

  /** The unmoved base clock (real time by default). */
  real(): number {
    return this.base();
  }

  /** How far the clock has been moved ahead of its base, in ms. */
  get offset(): number {
    return this.offsetMs;
  }

  /** Moves the clock forward (never back: expiry already decided must stay decided) and fires due timers. */
  advance(ms: number): void {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError('the clock only moves forward by a finite number of ms');
    this.offsetMs += ms;
    const now = this.now();
    const due = [...this.pending].filter((p) => p.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
    for (const p of due) this.fire(p);
  }

  /** Runs `fn` once `ms` have passed on this clock (moved or real, whichever comes first). */
  schedule(fn: () => void, ms: number): ClockTimer {
    const delay = Math.max(0, ms);
    const entry: Pending = { dueAt: this.now() + delay, fn, real: setTimeout(() => this.fire(entry), delay) };
    this.pending.add(entry);
    return { cancel: () => this.drop(entry) };
  }

  /** Timers still waiting. */
  get waiting(): number {
    return this.pending.size;
  }

  private fire(p: Pending): void {
    if (!this.pending.has(p)) return;
    this.drop(p);
    p.fn();
  }

  private drop(p: Pending): void {
    clearTimeout(p.real);
    this.pending.delete(p);
  }
}
