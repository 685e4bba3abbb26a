import { SeededRandom } from './seeded-random.js';

export interface FaultOptions {
  /** Base latency added to every API response, in ms. */
  latencyMs: number;
  /** Jitter as a share of latencyMs (0.5 → 50%–150%). */
  jitter: number;
  /** Share of requests (0..1) answered with a fault. */
  faultRate: number;
  /** How slow a "slow" fault is, in ms. */
  slowMs: number;
  /** Which kinds random faults (`faultRate`) pick from; default all of RANDOM_FAULT_KINDS. */
  kinds?: readonly RandomFaultKind[];
}

export type Fault =
  | { readonly kind: 'none'; readonly delayMs: number }
  | { readonly kind: 'status'; readonly status: FaultStatus; readonly delayMs: number }
  | { readonly kind: 'reset'; readonly delayMs: number }
  | { readonly kind: 'slow'; readonly delayMs: number }
  /** No answer at all: the connection stays open until the client gives up (or `delayMs` passes, then it is cut). */
  | { readonly kind: 'timeout'; readonly delayMs: number }
  /** A 429 as if the budget were spent, although this client's window has room. */
  | { readonly kind: 'rate_limit'; readonly delayMs: number };

export const FAULT_STATUSES = [500, 502, 503, 504] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];
/** What `faultRate` draws from: the four 5xx answers, a connection reset, a slow answer. */
export const RANDOM_FAULT_KINDS = ['500', '502', '503', '504', 'reset', 'slow'] as const;
export type RandomFaultKind = (typeof RANDOM_FAULT_KINDS)[number];
/** Kinds of a targeted fault (`POST /__sim/faults` with `kind`); `drain_budget` acts on the rate limiter. */
export const RULE_KINDS = ['status', 'reset', 'timeout', 'slow', 'rate_limit', 'drain_budget'] as const;
export type RuleKind = Exclude<(typeof RULE_KINDS)[number], 'drain_budget'>;

/** A targeted fault: the next `remaining` requests to `operation` (any when null) of `company` (any when null). */
export interface FaultRule {
  readonly id: number;
  readonly kind: RuleKind;
  /** Operation key or operationId, or `oauth.token` for the token endpoint; null = every API operation. */
  readonly operation: string | null;
  readonly company: string | null;
  remaining: number;
  readonly status?: FaultStatus;
  /** Extra delay (slow) or how long a timeout holds the connection. */
  readonly delayMs?: number;
}

/** Where a request goes, for matching rules. */
export interface FaultTarget {
  readonly operationKey: string;
  readonly operationId?: string;
  readonly company: string;
}

/**
 * Decides latency and faults per request: first targeted rules (in the order they were added),
 * then the seeded random sequence, so a run can be replayed.
 */
export class FaultInjector {
  private rng: SeededRandom;
  private rules: FaultRule[] = [];
  private nextRuleId = 0;

  constructor(
    readonly options: FaultOptions,
    private readonly seed: number,
  ) {
    this.rng = new SeededRandom(seed ^ 0x5eed);
  }

  reset(): void {
    this.rng = new SeededRandom(this.seed ^ 0x5eed);
    this.rules = [];
  }

  /** Queues a targeted fault; answers it (with its id). */
  addRule(rule: Omit<FaultRule, 'id'>): FaultRule {
    const added = { ...rule, id: ++this.nextRuleId };
    this.rules.push(added);
    return added;
  }

  activeRules(): readonly FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  clearRules(): number {
    const n = this.rules.length;
    this.rules = [];
    return n;
  }

  /** The fault for one API request: a matching rule if any, else the random draw. */
  next(target?: FaultTarget): Fault {
    const ruled = target ? this.takeRule(target) : undefined;
    const delayMs = this.latency();
    if (ruled) return ruled(delayMs);
    const { faultRate, slowMs } = this.options;
    if (faultRate <= 0 || this.rng.next() >= faultRate) return { kind: 'none', delayMs };
    const kinds = this.options.kinds ?? RANDOM_FAULT_KINDS;
    const kind = kinds.length === RANDOM_FAULT_KINDS.length ? (RANDOM_FAULT_KINDS[this.rng.int(6)] as RandomFaultKind) : (kinds[this.rng.int(kinds.length)] ?? 'slow');
    if (kind === 'reset') return { kind: 'reset', delayMs };
    if (kind === 'slow') return { kind: 'slow', delayMs: delayMs + slowMs };
    return { kind: 'status', status: Number(kind) as FaultStatus, delayMs };
  }

  /** A rule-only fault (no latency, no random draw): the OAuth token endpoint uses this. */
  ruleOnly(target: FaultTarget): Fault {
    return this.takeRule(target)?.(0) ?? { kind: 'none', delayMs: 0 };
  }

  private latency(): number {
    const { latencyMs, jitter } = this.options;
    return latencyMs > 0 ? Math.max(0, Math.round(latencyMs * (1 - jitter + 2 * jitter * this.rng.next()))) : 0;
  }

  private takeRule(t: FaultTarget): ((delayMs: number) => Fault) | undefined {
    const i = this.rules.findIndex((r) => (r.company === null || r.company === t.company) && matchesOperation(r.operation, t));
    if (i < 0) return undefined;
    const rule = this.rules[i] as FaultRule;
    if (--rule.remaining <= 0) this.rules.splice(i, 1);
    const slowMs = rule.delayMs ?? this.options.slowMs;
    switch (rule.kind) {
      case 'status':
        return (d) => ({ kind: 'status', status: rule.status ?? 503, delayMs: d });
      case 'reset':
        return (d) => ({ kind: 'reset', delayMs: d });
      case 'slow':
        return (d) => ({ kind: 'slow', delayMs: d + slowMs });
      case 'timeout':
        return () => ({ kind: 'timeout', delayMs: rule.delayMs ?? 120_000 });
      case 'rate_limit':
        return (d) => ({ kind: 'rate_limit', delayMs: d });
    }
  }
}

function matchesOperation(operation: string | null, t: FaultTarget): boolean {
  if (operation === null) return t.operationKey !== 'oauth.token';
  return operation === t.operationKey || operation === t.operationId;
}
