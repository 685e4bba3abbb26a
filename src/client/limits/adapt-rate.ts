/**
 * How much of one endpoint's per-second budget this process allows itself (its "share"), adapted
 * from what each response says. Why: the server counts every user of the credential, but each
 * process only sees its own starts; two processes that each take the whole budget collide at
 * every slot that frees. AIMD (as TCP) converges such competitors to shares that sum to the limit:
 * multiplicative decrease when the budget is exhausted, additive increase while it is not.
 */
export interface RateShare {
  /** Own starts allowed per window, 1 ≤ share ≤ limit. */
  readonly share: number;
  /** When the share last went down or up (ms, the limiter's clock); each happens at most once per window. */
  readonly decreasedAt: number;
  readonly increasedAt: number;
}

/** What one response said about the endpoint's budget. */
export interface RateObservation {
  readonly at: number;
  readonly status: number;
  /** The endpoint's limit as the server advertises it (or as configured). */
  readonly limit: number;
  /** `X-RateLimit-Remaining`, if sent. */
  readonly remaining: number | undefined;
  /** Our own starts the local window still counts (in flight included). */
  readonly ownInWindow: number;
  readonly windowMs: number;
}

export type RateReason =
  /** A 429 for the rate (the server had no budget left): halve. */
  | 'rate_limited'
  /** The server's window is full and someone else drew from it: back off before a collision. */
  | 'shared_budget_exhausted'
  /** The server has budget to spare: recover by one request per window. */
  | 'budget_free';

/** A change of share, with why. */
export interface RateDecision {
  readonly from: number;
  readonly to: number;
  readonly reason: RateReason;
}

/** The tuning, declared once. */
export const RATE_ADAPTATION = {
  /** Factor on a 429. */
  onRateLimited: 0.5,
  /** Factor when the window is full and shared. Gentle: a full window is not yet a refusal. */
  onSharedExhausted: 0.85,
  /** Added per window while the server reports at least `freeAtLeast` remaining. */
  increase: 1,
  freeAtLeast: 2,
} as const;

export function initialShare(limit: number): RateShare {
  return { share: limit, decreasedAt: Number.NEGATIVE_INFINITY, increasedAt: Number.NEGATIVE_INFINITY };
}

/** The new share after `obs`, and the decision when it changed (undefined: unchanged). */
export function adaptRate(state: RateShare, obs: RateObservation): { state: RateShare; decision: RateDecision | undefined } {
  const share = Math.min(state.share, obs.limit);
  const clamp = (n: number): number => Math.max(1, Math.min(obs.limit, n));
  const canDecrease = obs.at - state.decreasedAt >= obs.windowMs;
  const change = (to: number, reason: RateReason, stamp: 'decreasedAt' | 'increasedAt'): { state: RateShare; decision: RateDecision | undefined } => {
    const next = { ...state, share: to, [stamp]: obs.at };
    return { state: next, decision: to === state.share ? undefined : { from: state.share, to, reason } };
  };

  // A 429 with budget remaining was refused for concurrency, not for the rate: not our share's fault.
  if (obs.status === 429 && (obs.remaining === undefined || obs.remaining <= 0)) {
    return canDecrease ? change(clamp(share * RATE_ADAPTATION.onRateLimited), 'rate_limited', 'decreasedAt') : { state: { ...state, share }, decision: undefined };
  }
  if (obs.remaining === undefined) return { state: { ...state, share }, decision: undefined };
  const foreign = obs.limit - obs.remaining - obs.ownInWindow;
  if (obs.remaining <= 0 && foreign > 0) {
    return canDecrease ? change(clamp(share * RATE_ADAPTATION.onSharedExhausted), 'shared_budget_exhausted', 'decreasedAt') : { state: { ...state, share }, decision: undefined };
  }
  if (obs.remaining >= RATE_ADAPTATION.freeAtLeast && obs.status < 400) {
    if (share >= obs.limit) return { state: { ...state, share }, decision: undefined };
    // Recovery waits a window after the last change either way, so one burst of responses counts once.
    if (obs.at - Math.max(state.increasedAt, state.decreasedAt) < obs.windowMs) return { state: { ...state, share }, decision: undefined };
    return change(clamp(share + RATE_ADAPTATION.increase), 'budget_free', 'increasedAt');
  }
  return { state: { ...state, share }, decision: undefined };
}
