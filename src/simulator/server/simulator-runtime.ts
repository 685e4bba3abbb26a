import type { Authenticator } from '../core/auth.js';
import type { FaultInjector } from '../core/fault-injector.js';
import type { RateLimiter } from '../core/rate-limiter.js';
import type { RequestLog } from '../core/request-log.js';
import type { Stats } from '../core/stats.js';
import type { SimState } from '../state/sim-state.js';

/** The parts of a running simulator the server and the control API share. */
export interface SimulatorRuntime {
  readonly state: SimState;
  readonly auth: Authenticator;
  readonly limiter: RateLimiter;
  readonly faults: FaultInjector;
  readonly stats: Stats;
  readonly log: RequestLog;
  now(): number;
  advanceClock(ms: number): void;
}
