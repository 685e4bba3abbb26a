import { performance } from 'node:perf_hooks';
import { parseRetryAfter } from '../retry/parse-retry-after.js';
import { adaptRate, initialShare, type RateDecision, type RateShare } from './adapt-rate.js';
import { SlidingWindow, type WindowEntry } from './sliding-window.js';

/** Limits for one endpoint (operation). */
export interface EndpointLimits {
  readonly perSecond: number;
  /** Concurrent requests to this endpoint (1 for serial endpoints); the account cap applies too. */
  readonly concurrency: number;
  /**
   * Whom a `X-RateLimit-Concurrent-*` header on this endpoint's responses describes: the
   * credential (documented 8 concurrent per credential) or only this endpoint (`GET /candidates`,
   * documented 1 concurrent, answers `Concurrent-Limit: 1` about itself).
   */
  readonly concurrencyScope: 'credential' | 'endpoint';
}

/** What the limiter learned from one response, as data for hooks and logs. */
export interface LimiterLesson {
  readonly operationKey: string;
  /** The endpoint's own share of its per-second budget changed (see adaptRate). */
  readonly rate?: RateDecision;
  /** A 429's Retry-After paused this endpoint (not the credential) for this long. */
  readonly pausedMs?: number;
}

/** A granted slot. Call `responded()` when headers arrive and `release()` once the body is read. */
export interface LimiterPermit {
  /** How long the request waited, and what held it back longest. */
  readonly waitedMs: number;
  readonly blockedBy: 'rate_window' | 'concurrency' | undefined;
  /** Marks the moment the request left (call right after starting fetch). */
  sent(): void;
  responded(): void;
  /** Frees the concurrency slot and learns from the response's status and `X-RateLimit-*` headers. */
  release(response?: { status: number; headers: Headers }): LimiterLesson | undefined;
}

interface EndpointState {
  readonly key: string;
  readonly window: SlidingWindow;
  readonly scope: EndpointLimits['concurrencyScope'];
  /** The strictest configuration of any client using this endpoint. */
  configuredRate: number;
  configuredConcurrency: number;
  /** What the server last advertised (undefined until it did). */
  advertisedRate: number | undefined;
  advertisedConcurrency: number | undefined;
  share: RateShare;
  /** Our own recent starts (two windows), to tell how many of the server's count are ours. */
  ownStarts: { readonly entry: WindowEntry; refused: boolean }[];
  /** When a response last showed someone else using this endpoint's budget. */
  sharedSeenAt: number;
  lastGrantAt: number;
  /** True until the first response: only one request goes before the server has said how much budget is left. */
  probing: boolean;
  pausedUntil: number;
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

/** How long (in windows) an endpoint counts as shared after a response last showed another user. */
const SHARED_MEMORY_WINDOWS = 3;

/** A Retry-After longer than this is not honoured blindly (as in the retry policy). */
const MAX_PAUSE_MS = 60_000;

const lower = (a: number, b: number | undefined): number => Math.max(1, b === undefined ? a : Math.min(a, b));

/**
 * Everything one credential may do at once, shared by every client using it in this process:
 * a strict sliding window per endpoint and concurrency caps per endpoint and account-wide.
 * Waiters queue FIFO and hold nothing while they wait, so a request stuck behind one endpoint's
 * window never blocks a concurrency slot another endpoint could use.
 *
 * What a response teaches (limit, remaining, concurrency, Retry-After) applies where the
 * contract says it does: rate headers and Retry-After to that endpoint, a concurrency header to
 * the endpoint when the endpoint has its own cap, otherwise to the credential. Learned values
 * follow the server (they can rise again) but never above what the client was configured with.
 */
export class CredentialLimiter {
  private configuredAccountCap: number;
  private advertisedAccountCap: number | undefined;
  private inFlight = 0;
  private readonly endpoints = new Map<string, EndpointState>();
  private queue: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private readonly windowMs: number;
  private readonly marginMs: number;

  constructor(options: CredentialLimiterOptions) {
    this.configuredAccountCap = Math.max(1, options.concurrency);
    this.windowMs = options.windowMs ?? 1000;
    this.marginMs = options.marginMs;
  }

  /** Lowers the configured account-wide cap (a second client with stricter options). */
  tightenConcurrency(cap: number): void {
    if (cap >= 1 && cap < this.configuredAccountCap) this.configuredAccountCap = cap;
  }

  private get accountCap(): number {
    return lower(this.configuredAccountCap, this.advertisedAccountCap);
  }

  /** Current state, for diagnostics and tests. */
  snapshot(): { inFlight: number; accountCap: number; queued: number; endpoints: Record<string, { concurrency: number; limit: number; share: number }> } {
    const endpoints: Record<string, { concurrency: number; limit: number; share: number }> = {};
    for (const [key, ep] of this.endpoints) endpoints[key] = { concurrency: concurrencyOf(ep), limit: ep.window.limit, share: ep.share.share };
    return { inFlight: this.inFlight, accountCap: this.accountCap, queued: this.queue.length, endpoints };
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
      const rate = Math.max(1, limits.perSecond);
      state = {
        key,
        window: new SlidingWindow(rate, this.windowMs, this.marginMs),
        scope: limits.concurrencyScope,
        configuredRate: rate,
        configuredConcurrency: Math.max(1, limits.concurrency),
        advertisedRate: undefined,
        advertisedConcurrency: undefined,
        share: initialShare(rate),
        ownStarts: [],
        sharedSeenAt: Number.NEGATIVE_INFINITY,
        lastGrantAt: Number.NEGATIVE_INFINITY,
        probing: true,
        pausedUntil: 0,
        inFlight: 0,
      };
      this.endpoints.set(key, state);
    } else {
      // Shared by clients with different options: the strictest wins.
      state.configuredRate = Math.max(1, Math.min(state.configuredRate, limits.perSecond));
      state.configuredConcurrency = Math.max(1, Math.min(state.configuredConcurrency, limits.concurrency));
      state.window.limit = lower(state.configuredRate, state.advertisedRate);
    }
    return state;
  }

  private pump(): void {
    const now = performance.now();
    let nextWake = Number.POSITIVE_INFINITY;
    const remaining: Waiter[] = [];
    for (const waiter of this.queue) {
      const ep = waiter.endpoint;
      if (this.inFlight >= this.accountCap || ep.inFlight >= (ep.probing ? 1 : concurrencyOf(ep))) {
        waiter.blockedBy = 'concurrency';
        remaining.push(waiter);
        continue;
      }
      const wait = Math.max(ep.pausedUntil - now, ep.window.waitMs(now, ep.share.share), this.paceWait(ep, now));
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

  /**
   * While someone else uses the endpoint's budget, our starts are spread evenly over the window:
   * a burst into a budget we last saw a while ago collides with theirs, and evenly spread starts
   * bring a fresh `Remaining` every 1/share of a window. Alone, requests go as a burst.
   */
  private paceWait(ep: EndpointState, now: number): number {
    if (now - ep.sharedSeenAt > SHARED_MEMORY_WINDOWS * this.windowMs) return 0;
    return Math.max(0, ep.lastGrantAt + this.windowMs / Math.max(1, ep.share.share) - now);
  }

  private grant(waiter: Waiter, now: number): void {
    const ep = waiter.endpoint;
    ep.lastGrantAt = now;
    ep.inFlight++;
    this.inFlight++;
    const entry = ep.window.take(now);
    const start = { entry, refused: false };
    ep.ownStarts = ep.ownStarts.filter((s) => s.entry.dispatchedAt > now - 2 * this.windowMs);
    ep.ownStarts.push(start);
    waiter.cleanup();
    let released = false;
    const permit: LimiterPermit = {
      waitedMs: now - waiter.enqueuedAt,
      blockedBy: waiter.blockedBy,
      sent: () => {
        if (entry.respondedAt === undefined) entry.dispatchedAt = Math.max(entry.dispatchedAt, performance.now());
      },
      responded: () => ep.window.settle(entry, performance.now()),
      release: (response) => {
        if (released) return undefined;
        released = true;
        ep.window.settle(entry, performance.now());
        ep.inFlight--;
        this.inFlight--;
        ep.probing = false;
        // SmartRecruiters (and the simulator) do not count a start they refused.
        if (response?.status === 429) start.refused = true;
        const lesson = response ? this.learn(ep, entry, response.status, response.headers) : undefined;
        this.pump();
        return lesson;
      },
    };
    waiter.resolve(permit);
  }

  private learn(ep: EndpointState, entry: WindowEntry, status: number, headers: Headers): LimiterLesson | undefined {
    const int = (name: string): number | undefined => {
      const raw = headers.get(name);
      if (raw === null || !/^\s*\d+\s*$/.test(raw)) return undefined;
      return Number(raw);
    };
    const now = performance.now();
    const limit = int('x-ratelimit-limit');
    if (limit !== undefined && limit >= 1) {
      ep.advertisedRate = limit;
      ep.window.limit = lower(ep.configuredRate, limit);
    }
    const remaining = int('x-ratelimit-remaining');
    const ownCounted = ownCountedFor(ep, entry, this.windowMs);
    if (remaining !== undefined) ep.window.reconcile(entry, remaining);
    const concurrent = int('x-ratelimit-concurrent-limit');
    if (concurrent !== undefined && concurrent >= 1) {
      if (ep.scope === 'endpoint') ep.advertisedConcurrency = concurrent;
      else this.advertisedAccountCap = concurrent;
    }

    const adapted = adaptRate(ep.share, { at: now, status, limit: ep.window.limit, remaining, ownCounted, windowMs: this.windowMs });
    ep.share = adapted.state;
    if (remaining !== undefined && ep.window.limit - remaining - ownCounted > 0) ep.sharedSeenAt = now;
    let pausedMs: number | undefined;
    if (status === 429) {
      const after = parseRetryAfter(headers.get('retry-after'));
      if (after !== undefined && after > 0) {
        pausedMs = Math.min(after, MAX_PAUSE_MS);
        ep.pausedUntil = Math.max(ep.pausedUntil, now + pausedMs);
      }
    }
    if (!adapted.decision && pausedMs === undefined) return undefined;
    return { operationKey: ep.key, ...(adapted.decision ? { rate: adapted.decision } : {}), ...(pausedMs !== undefined ? { pausedMs } : {}) };
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

/**
 * Our starts the server may have counted when it answered `entry`: each not refused that may
 * have arrived within the window before `entry` did. Arrival lies between a start's dispatch and
 * its response, so a start counts if its response came after `entry` left minus a window (a
 * slow send can land late) and it left before `entry`'s response. Counting generously here only
 * makes us underestimate what others use, so a client alone never slows down for a phantom.
 */
function ownCountedFor(ep: EndpointState, entry: WindowEntry, windowMs: number): number {
  const until = entry.respondedAt ?? performance.now();
  const from = entry.dispatchedAt - windowMs;
  return ep.ownStarts.filter((s) => !s.refused && (s.entry.respondedAt ?? Number.POSITIVE_INFINITY) > from && s.entry.dispatchedAt <= until).length;
}

function concurrencyOf(ep: EndpointState): number {
  return lower(ep.configuredConcurrency, ep.advertisedConcurrency);
}
