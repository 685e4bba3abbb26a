import { RATE_LIMITS, MAX_CONCURRENT_PER_CREDENTIAL, type RateLimitClass } from '../../spec/index.js';

export interface RateLimitOptions {
  /** false turns limits off (headers are still sent, with the nominal limits). */
  readonly enabled?: boolean;
  /** `operation` (default, as the docs read: per endpoint) or `credential` (one window for all calls). */
  readonly scope?: 'operation' | 'credential';
  /** Overrides of the documented per-class limits. */
  readonly perSecond?: Partial<Record<RateLimitClass, number>>;
  readonly concurrency?: Partial<Record<RateLimitClass, number>>;
  readonly maxConcurrentPerCredential?: number;
  readonly windowMs?: number;
}

/** The outcome of one admission check, with the four headers every response carries. */
export type Admission =
  | { readonly admitted: true; readonly headers: Record<string, string>; release(): void }
  | { readonly admitted: false; readonly reason: 'rate' | 'concurrency'; readonly headers: Record<string, string> };

/**
 * Strict sliding window (at most N request starts in any window) plus in-flight counting, per
 * credential. Rejected requests do not count as starts.
 */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>();
  private readonly inflightByCredential = new Map<string, number>();
  private readonly inflightByOperation = new Map<string, number>();
  private opts: Required<Omit<RateLimitOptions, 'perSecond' | 'concurrency'>> & RateLimitOptions;
  /** Budgets drained by "another user of the same credential": operation key ('' = all) → until (ms). */
  private readonly drained = new Map<string, number>();
  readonly peak = { overall: 0, byCredential: {} as Record<string, number>, byOperation: {} as Record<string, number> };
  private inflightTotal = 0;

  constructor(options: RateLimitOptions = {}) {
    this.opts = {
      enabled: true,
      scope: 'operation',
      maxConcurrentPerCredential: MAX_CONCURRENT_PER_CREDENTIAL,
      windowMs: 1000,
      ...options,
    };
  }

  /** The options in force (for `GET /__sim/limits`). */
  get options(): Readonly<RateLimitOptions> {
    return this.opts;
  }

  /** Changes limits at run time (`POST /__sim/limits`, `--rate`, `--no-limits`); unset fields keep their value. */
  configure(patch: RateLimitOptions): void {
    this.opts = { ...this.opts, ...patch };
  }

  /**
   * Empties the rate budget of every credential of this company (for one operation, or all) until
   * `until`, as another integration sharing the credential would: requests are answered 429 with
   * `X-RateLimit-Remaining: 0` although this client sent nothing.
   */
  drain(operationKey: string | null, until: number): void {
    this.drained.set(operationKey ?? '', until);
  }

  limitsFor(cls: RateLimitClass): { perSecond: number; concurrency: number } {
    return {
      perSecond: this.opts.perSecond?.[cls] ?? RATE_LIMITS[cls].perSecond,
      concurrency: Math.min(this.opts.concurrency?.[cls] ?? RATE_LIMITS[cls].concurrency, this.opts.maxConcurrentPerCredential),
    };
  }

  /** Headers for a response that never reached admission (401, 404, control errors). */
  nominalHeaders(cls: RateLimitClass = 'standard'): Record<string, string> {
    const l = this.limitsFor(cls);
    return headers(l.perSecond, l.perSecond, l.concurrency, l.concurrency);
  }

  admit(credential: string, opKey: string, cls: RateLimitClass, now: number): Admission {
    const l = this.limitsFor(cls);
    const windowKey = this.opts.scope === 'operation' ? `${credential} ${opKey}` : credential;
    const opInflightKey = `${credential} ${opKey}`;
    const starts = this.pruned(windowKey, now);
    const credInflight = this.inflightByCredential.get(credential) ?? 0;
    const opInflight = this.inflightByOperation.get(opInflightKey) ?? 0;
    // Serial endpoints are limited per endpoint; the account-wide cap still applies to all calls.
    const concurrentUsed = cls === 'serial' ? opInflight : credInflight;
    const concRemaining = Math.max(0, l.concurrency - concurrentUsed);
    const drainedUntil = Math.max(this.drained.get(opKey) ?? 0, this.drained.get('') ?? 0);
    if (this.opts.enabled && (starts.length >= l.perSecond || drainedUntil > now)) {
      return { admitted: false, reason: 'rate', headers: headers(l.perSecond, 0, l.concurrency, concRemaining) };
    }
    if (this.opts.enabled && (concRemaining <= 0 || credInflight >= this.opts.maxConcurrentPerCredential)) {
      return { admitted: false, reason: 'concurrency', headers: headers(l.perSecond, Math.max(0, l.perSecond - starts.length), l.concurrency, 0) };
    }
    starts.push(now);
    this.inflightByCredential.set(credential, credInflight + 1);
    this.inflightByOperation.set(opInflightKey, opInflight + 1);
    this.inflightTotal++;
    this.peak.overall = Math.max(this.peak.overall, this.inflightTotal);
    this.peak.byCredential[credential] = Math.max(this.peak.byCredential[credential] ?? 0, credInflight + 1);
    this.peak.byOperation[opKey] = Math.max(this.peak.byOperation[opKey] ?? 0, opInflight + 1);
    let released = false;
    return {
      admitted: true,
      headers: headers(l.perSecond, Math.max(0, l.perSecond - starts.length), l.concurrency, Math.max(0, concRemaining - 1)),
      release: () => {
        if (released) return;
        released = true;
        this.inflightTotal--;
        this.inflightByCredential.set(credential, (this.inflightByCredential.get(credential) ?? 1) - 1);
        this.inflightByOperation.set(opInflightKey, (this.inflightByOperation.get(opInflightKey) ?? 1) - 1);
      },
    };
  }

  reset(): void {
    this.windows.clear();
    this.drained.clear();
    this.peak.overall = 0;
    this.peak.byCredential = {};
    this.peak.byOperation = {};
  }

  private pruned(key: string, now: number): number[] {
    let starts = this.windows.get(key);
    if (!starts) {
      starts = [];
      this.windows.set(key, starts);
    }
    const cutoff = now - this.opts.windowMs;
    let drop = 0;
    while (drop < starts.length && (starts[drop] as number) <= cutoff) drop++;
    if (drop > 0) starts.splice(0, drop);
    return starts;
  }
}

function headers(limit: number, remaining: number, concLimit: number, concRemaining: number): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Concurrent-Limit': String(concLimit),
    'X-RateLimit-Concurrent-Remaining': String(concRemaining),
  };
}
