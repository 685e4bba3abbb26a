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
}

export type Fault =
  | { readonly kind: 'none'; readonly delayMs: number }
  | { readonly kind: 'status'; readonly status: 500 | 502 | 503 | 504; readonly delayMs: number }
  | { readonly kind: 'reset'; readonly delayMs: number }
  | { readonly kind: 'slow'; readonly delayMs: number };

const STATUSES = [500, 502, 503, 504] as const;

/** Decides latency and faults per request from a seeded sequence, so a run can be replayed. */
export class FaultInjector {
  private rng: SeededRandom;

  constructor(
    readonly options: FaultOptions,
    private readonly seed: number,
  ) {
    this.rng = new SeededRandom(seed ^ 0x5eed);
  }

  reset(): void {
    this.rng = new SeededRandom(this.seed ^ 0x5eed);
  }

  next(): Fault {
    const { latencyMs, jitter, faultRate, slowMs } = this.options;
    const delayMs = latencyMs > 0 ? Math.max(0, Math.round(latencyMs * (1 - jitter + 2 * jitter * this.rng.next()))) : 0;
    if (faultRate <= 0 || this.rng.next() >= faultRate) return { kind: 'none', delayMs };
    const pick = this.rng.int(6);
    if (pick < 4) return { kind: 'status', status: STATUSES[pick] as 500, delayMs };
    if (pick === 4) return { kind: 'reset', delayMs };
    return { kind: 'slow', delayMs: delayMs + slowMs };
  }
}
