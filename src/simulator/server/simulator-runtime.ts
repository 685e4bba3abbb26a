import type { Authenticator } from '../core/auth.js';
import type { FaultInjector } from '../core/fault-injector.js';
import type { RateLimiter } from '../core/rate-limiter.js';
import type { RequestLog } from '../core/request-log.js';
import type { SimClock } from '../core/sim-clock.js';
import type { Stats } from '../core/stats.js';
import type { SimState } from '../state/sim-state.js';
import type { CompanyRegistry } from './company-registry.js';

/** The parts of a running simulator the server and the control API share. */
export interface SimulatorRuntime {
  readonly companies: CompanyRegistry;
  /** The default company's parts (the first company), as before companies existed. */
  readonly state: SimState;
  readonly auth: Authenticator;
  readonly limiter: RateLimiter;
  readonly stats: Stats;
  readonly faults: FaultInjector;
  readonly log: RequestLog;
  readonly clock: SimClock;
  readonly startedAt: Date;
  /** The simulated clock (moved by `POST /__sim/clock`). */
  now(): number;
  /** The unmoved base clock: rate windows and drained budgets run on it. */
  realNow(): number;
  advanceClock(ms: number): void;
}
