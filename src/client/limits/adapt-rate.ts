/**
 * How much of one endpoint's per-second budget this process allows itself (its "share"), adapted
 * from what each response says. Why: the server counts every user of the credential, but each
 * process only sees its own starts; two processes that each take the whole budget collide at
 * every slot that frees. Shares that sum to at most the limit never collide.
 *
 * The server's `X-RateLimit-Remaining` minus our own starts it counted is what others used. The
 * share moves halfway towards what they leave (the budget minus their use) once per window: two
 * sharers doing the same converge on shares that sum to the limit in about one window. A 429 for
 * the rate halves the share at once (multiplicative decrease); budget freeing up (another user
 * stopping) brings it back up, at least one request per window (additive recovery).
 */
export interface RateShare {
  /** Own starts allowed per window, 1 ≤ share ≤ limit. */
  readonly share: number;
  /** When the share last changed (ms, the limiter's clock): it changes at most once per window. */
  readonly changedAt: number;
}

/** What one response said about the endpoint's budget. */
export interface RateObservation {
  readonly at: number;
  readonly status: number;
  /** The endpoint's limit as the server advertises it (or as configured). */
  readonly limit: number;
  /** `X-RateLimit-Remaining`, if sent. */
  readonly remaining: number | undefined;
  /** Our own starts the server counted when it answered (our requests it did not refuse, in its window). */
  readonly ownCounted: number;
  readonly windowMs: number;
}

export type RateReason =
  /** A 429 for the rate (the server had no budget left): halve. */
  | 'rate_limited'
  /** Someone else draws from this endpoint's budget: leave them what they use. */
  | 'shared_budget'
  /** The budget others leave us grew: take more of it. */
  | 'budget_free';

/** A change of share, with why. */
export interface RateDecision {
  readonly from: number;
  readonly to: number;
  readonly reason: RateReason;
  /** What others were seen to use per window when deciding. */
  readonly othersUse?: number;
}

/** The tuning, declared once. */
export const RATE_ADAPTATION = {
  /** Factor on a 429 for the rate. */
  onRateLimited: 0.5,
  /** Share of the gap to the budget others leave that one step closes. */
  gain: 0.5,
  /** The smallest step up, per window (additive recovery). */
  minIncrease: 1,
  /** Starts per window left unclaimed while someone else uses the budget. */
  cushion: 0.5,
} as const;

export function initialShare(limit: number): RateShare {
  return { share: limit, changedAt: Number.NEGATIVE_INFINITY };
}

/** The new share after `obs`, and the decision when it changed (undefined: unchanged). */
export function adaptRate(state: RateShare, obs: RateObservation): { state: RateShare; decision: RateDecision | undefined } {
  const current = Math.min(state.share, obs.limit);
  const keep = { state: { ...state, share: current }, decision: undefined };
  if (obs.at - state.changedAt < obs.windowMs) return keep;
  const clamp = (n: number): number => Math.max(1, Math.min(obs.limit, n));
  const to = (share: number, reason: RateReason, othersUse?: number): { state: RateShare; decision: RateDecision | undefined } => {
    const next = clamp(share);
    if (next === current) return keep;
    return { state: { share: next, changedAt: obs.at }, decision: { from: current, to: next, reason, ...(othersUse !== undefined ? { othersUse } : {}) } };
  };

  if (obs.status === 429) {
    // A 429 with budget remaining was refused for concurrency, not for the rate; one while our own
    // starts already fill the window is our own timing error (the window waits it out), not a
    // competitor. Neither is the share's doing.
    const forRate = obs.remaining === undefined || obs.remaining <= 0;
    return forRate && obs.ownCounted < obs.limit ? to(current * RATE_ADAPTATION.onRateLimited, 'rate_limited') : keep;
  }
  if (obs.remaining === undefined) return keep;
  const othersUse = Math.max(0, obs.limit - obs.remaining - obs.ownCounted);
  // Others' use is seen late and counted low (their starts after our request arrived are not in
  // its count): with a sharer present, one start per window is left unclaimed as a cushion.
  const leftForUs = obs.limit - othersUse - (othersUse > 0 ? RATE_ADAPTATION.cushion : 0);
  if (leftForUs < current) return to(current - (current - leftForUs) * RATE_ADAPTATION.gain, 'shared_budget', othersUse);
  if (leftForUs > current && obs.status < 400) {
    return to(Math.min(leftForUs, current + Math.max(RATE_ADAPTATION.minIncrease, (leftForUs - current) * RATE_ADAPTATION.gain)), 'budget_free', othersUse);
  }
  return keep;
}
