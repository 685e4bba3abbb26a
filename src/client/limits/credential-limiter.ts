import { performance } from 'node:perf_hooks';
import { SlidingWindow, type WindowEntry } from './sliding-window.js';

/** Limits for one endpoint (operation). */
export interface EndpointLimits {
  readonly perSecond: number;
  /** Concurrent requests to this endpoint (1 for serial endpoints); the account cap applies too. */
  readonly concurrency: number;
}

/** A granted slot. Call `responded()` when headers arrive and `release()` once the body is read. */
export interface LimiterPermit {
  /** How long the request waited, and what held it back longest. */
  readonly waitedMs: number;
  readonly blockedBy: 'rate_window' | 'concurrency' | undefined;
  /** Marks the moment the request left (call right after starting fetch). */
  sent(): void;
  responded(): void;
  /** Frees the concurrency slot and learns from the response's `X-RateLimit-*` headers. */
  release(headers?: Headers): void;
}

interface EndpointState {
  readonly window: SlidingWindow;
  concurrency: number;
  inFlight: number;
}

interface Waiter {
  readonly endpoint: EndpointState;
  readonly enqueuedAt: number;
  blockedBy: 'rate_window' | 'concurrency' | undefined;
  resolve(p: LimiterPermit): void;
  reject(reason: unknown): void;
  cleanup(): void;
}

export interface CredentialLimiterOptions {
  readonly concurrency: number;
  readonly windowMs?: number;
  readonly marginMs: number;
}

/**
 * Everything one credential may do at once, shared by every client using it in this process:
 * a strict sliding window per endpoint and concurrency caps per endpoint and account-wide.
 * Waiters queue FIFO and hold nothing while they wait, so a request stuck behind one endpoint's
 * window never blocks a concurrency slot another endpoint could use.
 */
export class CredentialLimiter {
  private accountCap: number;
  private inFlight = 0;
  private readonly endpoints = new Map<string, EndpointState>();
  private queue: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private readonly windowMs: number;
  private readonly marginMs: number;

  constructor(options: CredentialLimiterOptions) {
    this.accountCap = options.concurrency;
    this.windowMs = options.windowMs ?? 1000;
    this.marginMs = options.marginMs;
  }

  /** Lowers the account-wide cap (a second client with stricter options; a server advertising less). */
  tightenConcurrency(cap: number): void {
    if (cap >= 1 && cap < this.accountCap) this.accountCap = cap;
  }

  /** Current state, for diagnostics and tests. */
  snapshot(): { inFlight: number; accountCap: number; queued: number } {
    return { inFlight: this.inFlight, accountCap: this.accountCap, queued: this.queue.length };
  }

  /** Waits for a slot on `key`; rejects with the signal's reason if it aborts first. */
  acquire(key: string, limits: EndpointLimits, signal?: AbortSignal): Promise<LimiterPermit> {
    const endpoint = this.endpoint(key, limits);
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<LimiterPermit>((resolve, reject) => {
      const onAbort = (): void => {
        this.queue = this.queue.filter((w) => w !== waiter);
        reject(signal?.reason);
        this.pump();
      };
      const waiter: Waiter = {
        endpoint,
        enqueuedAt: performance.now(),
        blockedBy: undefined,
        resolve,
        reject,
        cleanup: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }

  private endpoint(key: string, limits: EndpointLimits): EndpointState {
    let state = this.endpoints.get(key);
    if (!state) {
      state = {
        window: new SlidingWindow(Math.max(1, limits.perSecond), this.windowMs, this.marginMs),
        concurrency: Math.max(1, limits.concurrency),
        inFlight: 0,
      };
      this.endpoints.set(key, state);
    } else {
      // Shared by clients with different options: the strictest wins.
      state.window.limit = Math.max(1, Math.min(state.window.limit, limits.perSecond));
      state.concurrency = Math.max(1, Math.min(state.concurrency, limits.concurrency));
    }
    return state;
  }

  private pump(): void {
    const now = performance.now();
    let nextWake = Number.POSITIVE_INFINITY;
    const remaining: Waiter[] = [];
    for (const waiter of this.queue) {
      const ep = waiter.endpoint;
      if (this.inFlight >= this.accountCap || ep.inFlight >= ep.concurrency) {
        waiter.blockedBy = 'concurrency';
        remaining.push(waiter);
        continue;
      }
      const wait = ep.window.waitMs(now);
      if (wait > 0) {
        waiter.blockedBy = 'rate_window';
        // An infinite wait means a slot is held by a request in flight; its release pumps again.
        nextWake = Math.min(nextWake, now + wait);
        remaining.push(waiter);
        continue;
      }
      this.grant(waiter, now);
    }
    this.queue = remaining;
    this.schedule(nextWake);
  }

  private grant(waiter: Waiter, now: number): void {
    const ep = waiter.endpoint;
    ep.inFlight++;
    this.inFlight++;
    const entry = ep.window.take(now);
    waiter.cleanup();
    let released = false;
    const permit: LimiterPermit = {
      waitedMs: now - waiter.enqueuedAt,
      blockedBy: waiter.blockedBy,
      sent: () => {
        if (entry.respondedAt === undefined) entry.dispatchedAt = Math.max(entry.dispatchedAt, performance.now());
      },
      responded: () => ep.window.settle(entry, performance.now()),
      release: (headers) => {
        if (released) return;
        released = true;
        ep.window.settle(entry, performance.now());
        ep.inFlight--;
        this.inFlight--;
        if (headers) this.learn(ep, entry, headers);
        this.pump();
      },
    };
    waiter.resolve(permit);
  }

  /** Adapts to what the server says about its own limits; never loosens ours. */
  private learn(ep: EndpointState, entry: WindowEntry, headers: Headers): void {
    const int = (name: string): number | undefined => {
      const raw = headers.get(name);
      if (raw === null || !/^\s*\d+\s*$/.test(raw)) return undefined;
      return Number(raw);
    };
    const limit = int('x-ratelimit-limit');
    if (limit !== undefined && limit >= 1 && limit < ep.window.limit) ep.window.limit = limit;
    const remaining = int('x-ratelimit-remaining');
    if (remaining !== undefined) ep.window.reconcile(entry, remaining);
    const concurrent = int('x-ratelimit-concurrent-limit');
    if (concurrent !== undefined) this.tightenConcurrency(concurrent);
  }

  private schedule(at: number): void {
    if (at === Number.POSITIVE_INFINITY || this.queue.length === 0) return;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    // A kept-alive timer: while requests wait, the process must not exit under them.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.pump();
    }, Math.max(1, Math.ceil(at - performance.now())));
  }
}
