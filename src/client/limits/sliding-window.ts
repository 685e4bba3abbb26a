/** One request start counted by a window. */
export interface WindowEntry {
  /** Re-stamped by the caller when the request actually left (after fetch's synchronous part). */
  dispatchedAt: number;
  respondedAt: number | undefined;
  /** False for a start another user of the credential made (learned from `X-RateLimit-Remaining`). */
  readonly own: boolean;
}

/**
 * A strict sliding window: at most `limit` request starts in any `windowMs` span, as the server
 * sees them. Why strict-sliding: a server counting a sliding or a fixed 1 s window accepts any
 * sequence that never has `limit` + 1 arrivals within 1000 ms, while a token bucket with burst
 * `limit` can put 2·limit arrivals around a fixed-window boundary.
 *
 * The server counts *arrival* time, which we cannot observe, so each start is anchored at an
 * estimate of it and expires one full window after that:
 *   anchor = min(respondedAt, dispatchedAt + (rtt − minRtt) + marginMs)
 * A response cannot precede its request's arrival, so `respondedAt` is a hard upper bound. For a
 * request slower than the fastest seen on this endpoint, the excess is assumed to be send delay
 * (a new connection, a TLS handshake). `minRtt` is learned only from requests sent after a first
 * response came back (likely on a warm, kept-alive connection); until then the hard bound
 * `respondedAt` is used, because a cold first burst shares the same send delay and would make
 * `minRtt` itself too large. `marginMs` absorbs the remaining jitter. While a request is in
 * flight it always counts.
 */
export class SlidingWindow {
  private entries: WindowEntry[] = [];
  private minRtt = Number.POSITIVE_INFINITY;
  private firstSettledAt = Number.POSITIVE_INFINITY;

  constructor(
    public limit: number,
    readonly windowMs: number,
    readonly marginMs: number,
  ) {}

  private expiresAt(e: WindowEntry): number {
    if (e.respondedAt === undefined) return Number.POSITIVE_INFINITY;
    if (this.minRtt === Number.POSITIVE_INFINITY) return e.respondedAt + this.windowMs;
    const rtt = e.respondedAt - e.dispatchedAt;
    const sendDelay = Math.max(0, rtt - Math.min(this.minRtt, rtt));
    return Math.min(e.respondedAt, e.dispatchedAt + sendDelay + this.marginMs) + this.windowMs;
  }

  private prune(now: number): void {
    if (this.entries.length > 0) this.entries = this.entries.filter((e) => this.expiresAt(e) > now);
  }

  /** Starts counted at `now`. */
  count(now: number): number {
    this.prune(now);
    return this.entries.length;
  }

  /** Our own starts counted at `now`. */
  ownCount(now: number): number {
    this.prune(now);
    return this.entries.filter((e) => e.own).length;
  }

  /**
   * 0 when a request may start now; otherwise how long until a slot frees (Infinity when the
   * slot is held by a request still in flight: its response will wake the queue). Two bounds:
   * all starts (ours and others') below `limit`, and our own below `ownLimit` (our share, rounded:
   * a fractional share is kept on average by the limiter's pacing).
   */
  waitMs(now: number, ownLimit = Number.POSITIVE_INFINITY): number {
    this.prune(now);
    const own = this.entries.filter((e) => e.own);
    return Math.max(this.waitFor(this.entries, this.limit, now), this.waitFor(own, Math.max(1, Math.round(ownLimit)), now));
  }

  private waitFor(entries: readonly WindowEntry[], limit: number, now: number): number {
    const excess = entries.length - limit;
    if (excess < 0) return 0;
    const expiries = entries.map((e) => this.expiresAt(e)).sort((a, b) => a - b);
    return Math.max(1, (expiries[excess] as number) - now);
  }

  /** Counts a request start. */
  take(now: number): WindowEntry {
    const entry: WindowEntry = { dispatchedAt: now, respondedAt: undefined, own: true };
    this.entries.push(entry);
    return entry;
  }

  /** Records when the response to `entry` (or its failure) arrived. */
  settle(entry: WindowEntry, at: number): void {
    if (entry.respondedAt !== undefined) return;
    entry.respondedAt = at;
    if (entry.dispatchedAt >= this.firstSettledAt) this.minRtt = Math.min(this.minRtt, at - entry.dispatchedAt);
    this.firstSettledAt = Math.min(this.firstSettledAt, at);
  }

  /**
   * Aligns with the server's own count from `X-RateLimit-Remaining` on the response to `entry`.
   * If the server has counted more starts than we have (another process or client using the same
   * credential), phantom starts sharing `entry`'s anchor fill the gap, so we wait for the window.
   */
  reconcile(entry: WindowEntry, serverRemaining: number): void {
    // We may start at most `serverRemaining` more in the server's window: fill ours to match.
    // The header was computed as the response left the server, after any of our requests that
    // arrived meanwhile, so everything we still count is compared (never fewer than the server).
    const target = this.limit - Math.max(0, serverRemaining);
    const localUsed = this.count(entry.respondedAt ?? entry.dispatchedAt);
    for (let i = localUsed; i < target; i++) {
      this.entries.push({ dispatchedAt: entry.dispatchedAt, respondedAt: entry.respondedAt, own: false });
    }
  }
}
